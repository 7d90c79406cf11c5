package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_SKU_COSTS;

import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each SKU's COGS per unit by the date it takes effect. */
@Repository
public class SkuCosts {

    static final List<String> COLUMNS = List.of(
            "account_id", "sku", "effective_from", "amount", "currency", "batch_id", "entered_by", "entered_at");

    private final DSLContext db;

    SkuCosts(DSLContext db) {
        this.db = db;
    }

    /** Costs of the SKUs (all of the account's when {@code skus} is null), by SKU and date. */
    public List<CostStart> of(long accountId, Collection<String> skus) {
        Condition which = skus == null
                ? FINANCE_SKU_COSTS.ACCOUNT_ID.eq(accountId)
                : FINANCE_SKU_COSTS.ACCOUNT_ID.eq(accountId).and(FINANCE_SKU_COSTS.SKU.in(skus));
        return db.selectFrom(FINANCE_SKU_COSTS)
                .where(which)
                .orderBy(FINANCE_SKU_COSTS.SKU, FINANCE_SKU_COSTS.EFFECTIVE_FROM)
                .fetch(r -> new CostStart(
                        r.getSku(),
                        r.getEffectiveFrom(),
                        Money.of(r.getAmount().stripTrailingZeros(), java.util.Currency.getInstance(r.getCurrency())),
                        r.getBatchId(),
                        r.getEnteredBy(),
                        r.getEnteredAt().toInstant()));
    }

    /** The cost set from exactly that date, if any. */
    public Optional<Money> from(long accountId, String sku, LocalDate from) {
        return db.selectFrom(FINANCE_SKU_COSTS)
                .where(FINANCE_SKU_COSTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SKU_COSTS.SKU.eq(sku))
                .and(FINANCE_SKU_COSTS.EFFECTIVE_FROM.eq(from))
                .fetchOptional(r ->
                        Money.of(r.getAmount().stripTrailingZeros(), java.util.Currency.getInstance(r.getCurrency())));
    }

    /** Sets the cost from a date, replacing the one of the same date. */
    public void put(long accountId, String sku, LocalDate from, Money cost, String by, Instant at) {
        db.insertInto(FINANCE_SKU_COSTS)
                .set(FINANCE_SKU_COSTS.ACCOUNT_ID, accountId)
                .set(FINANCE_SKU_COSTS.SKU, sku)
                .set(FINANCE_SKU_COSTS.EFFECTIVE_FROM, from)
                .set(FINANCE_SKU_COSTS.AMOUNT, cost.amount())
                .set(FINANCE_SKU_COSTS.CURRENCY, cost.currency().getCurrencyCode())
                .set(FINANCE_SKU_COSTS.ENTERED_BY, by)
                .set(FINANCE_SKU_COSTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(FINANCE_SKU_COSTS.ACCOUNT_ID, FINANCE_SKU_COSTS.SKU, FINANCE_SKU_COSTS.EFFECTIVE_FROM)
                .doUpdate()
                .set(FINANCE_SKU_COSTS.AMOUNT, cost.amount())
                .set(FINANCE_SKU_COSTS.CURRENCY, cost.currency().getCurrencyCode())
                .set(FINANCE_SKU_COSTS.BATCH_ID, (Long) null)
                .set(FINANCE_SKU_COSTS.ENTERED_BY, by)
                .set(FINANCE_SKU_COSTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Writes imported costs in bulk within the caller's transaction. */
    public BulkUpsert writer() {
        return BulkUpsert.into(db, "finance_sku_costs", COLUMNS, List.of("account_id", "sku", "effective_from"))
                .provenance("entered_by", "entered_at");
    }

    public long forget(long accountId, long batchId) {
        return db.deleteFrom(FINANCE_SKU_COSTS)
                .where(FINANCE_SKU_COSTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SKU_COSTS.BATCH_ID.eq(batchId))
                .execute();
    }

    /**
     * A cost from a date as stored.
     *
     * @param batchId the import that wrote it, or null when a person entered it
     */
    public record CostStart(
            String sku, LocalDate from, Money cost, Long batchId, String enteredBy, Instant enteredAt) {}
}
