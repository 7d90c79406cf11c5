package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_PICK_PACK_COSTS;

import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Merchant-fulfilled pick-and-pack costs per unit by date: per SKU, or the account's ({@link #ACCOUNT}). */
@Repository
public class PickPackCosts {

    /** The SKU value of the account's own cost. */
    public static final String ACCOUNT = "";

    private final DSLContext db;

    PickPackCosts(DSLContext db) {
        this.db = db;
    }

    public List<SkuCosts.CostStart> of(long accountId) {
        return db.selectFrom(FINANCE_PICK_PACK_COSTS)
                .where(FINANCE_PICK_PACK_COSTS.ACCOUNT_ID.eq(accountId))
                .orderBy(FINANCE_PICK_PACK_COSTS.SKU, FINANCE_PICK_PACK_COSTS.EFFECTIVE_FROM)
                .fetch(r -> new SkuCosts.CostStart(
                        r.getSku(),
                        r.getEffectiveFrom(),
                        Money.of(r.getAmount().stripTrailingZeros(), Currency.getInstance(r.getCurrency())),
                        null,
                        r.getEnteredBy(),
                        r.getEnteredAt().toInstant()));
    }

    public Optional<Money> from(long accountId, String sku, LocalDate from) {
        return db.selectFrom(FINANCE_PICK_PACK_COSTS)
                .where(FINANCE_PICK_PACK_COSTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_PICK_PACK_COSTS.SKU.eq(sku))
                .and(FINANCE_PICK_PACK_COSTS.EFFECTIVE_FROM.eq(from))
                .fetchOptional(
                        r -> Money.of(r.getAmount().stripTrailingZeros(), Currency.getInstance(r.getCurrency())));
    }

    public void put(long accountId, String sku, LocalDate from, Money cost, String by, Instant at) {
        db.insertInto(FINANCE_PICK_PACK_COSTS)
                .set(FINANCE_PICK_PACK_COSTS.ACCOUNT_ID, accountId)
                .set(FINANCE_PICK_PACK_COSTS.SKU, sku)
                .set(FINANCE_PICK_PACK_COSTS.EFFECTIVE_FROM, from)
                .set(FINANCE_PICK_PACK_COSTS.AMOUNT, cost.amount())
                .set(FINANCE_PICK_PACK_COSTS.CURRENCY, cost.currency().getCurrencyCode())
                .set(FINANCE_PICK_PACK_COSTS.ENTERED_BY, by)
                .set(FINANCE_PICK_PACK_COSTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(
                        FINANCE_PICK_PACK_COSTS.ACCOUNT_ID,
                        FINANCE_PICK_PACK_COSTS.SKU,
                        FINANCE_PICK_PACK_COSTS.EFFECTIVE_FROM)
                .doUpdate()
                .set(FINANCE_PICK_PACK_COSTS.AMOUNT, cost.amount())
                .set(FINANCE_PICK_PACK_COSTS.CURRENCY, cost.currency().getCurrencyCode())
                .set(FINANCE_PICK_PACK_COSTS.ENTERED_BY, by)
                .set(FINANCE_PICK_PACK_COSTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
