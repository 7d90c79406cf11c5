package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENTS;

import dev.bosun.finance.Settlement;
import dev.bosun.jooq.tables.records.FinanceSettlementsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Settlements by account and settlement id: the summary row of each settlement file. */
@Repository
public class SettlementSummaries {

    private static final String NAME_SEPARATOR = "|";
    private static final List<String> COLUMNS = List.of(
            "account_id",
            "settlement_id",
            "starts_at",
            "ends_at",
            "deposit_at",
            "total_amount",
            "currency",
            "marketplaces",
            "marketplace_names",
            "line_count",
            "layout_id",
            "batch_id");

    private final DSLContext db;

    public SettlementSummaries(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "finance_settlements", COLUMNS, List.of("account_id", "settlement_id")),
                accountId,
                batchId);
    }

    /** The layout a stored settlement was read from. */
    public Optional<String> layoutOf(long accountId, String settlementId) {
        return db.select(FINANCE_SETTLEMENTS.LAYOUT_ID)
                .from(FINANCE_SETTLEMENTS)
                .where(FINANCE_SETTLEMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENTS.SETTLEMENT_ID.eq(settlementId))
                .fetchOptional(FINANCE_SETTLEMENTS.LAYOUT_ID);
    }

    public Optional<Settlement> find(long accountId, String settlementId) {
        return db.selectFrom(FINANCE_SETTLEMENTS)
                .where(FINANCE_SETTLEMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENTS.SETTLEMENT_ID.eq(settlementId))
                .fetchOptional()
                .map(SettlementSummaries::settlement);
    }

    /** Settlements whose deposit date falls in [from, to), by deposit date. */
    public List<Settlement> depositedBetween(long accountId, Instant from, Instant to) {
        return db.selectFrom(FINANCE_SETTLEMENTS)
                .where(FINANCE_SETTLEMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENTS.DEPOSIT_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(FINANCE_SETTLEMENTS.DEPOSIT_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(FINANCE_SETTLEMENTS.DEPOSIT_AT, FINANCE_SETTLEMENTS.SETTLEMENT_ID)
                .fetch(SettlementSummaries::settlement);
    }

    /** Every settlement of the account, oldest period first. */
    public List<Settlement> all(long accountId) {
        return db.selectFrom(FINANCE_SETTLEMENTS)
                .where(FINANCE_SETTLEMENTS.ACCOUNT_ID.eq(accountId))
                .orderBy(
                        FINANCE_SETTLEMENTS.STARTS_AT.asc().nullsFirst(),
                        FINANCE_SETTLEMENTS.DEPOSIT_AT,
                        FINANCE_SETTLEMENTS.SETTLEMENT_ID)
                .fetch(SettlementSummaries::settlement);
    }

    private static Settlement settlement(FinanceSettlementsRecord r) {
        return new Settlement(
                r.getSettlementId(),
                instant(r.getStartsAt()),
                instant(r.getEndsAt()),
                instant(r.getDepositAt()),
                r.getTotalAmount(),
                r.getCurrency(),
                split(r.getMarketplaces(), ",").stream()
                        .map(code -> Marketplace.find(code).orElseThrow())
                        .toList(),
                split(r.getMarketplaceNames(), NAME_SEPARATOR),
                r.getLineCount(),
                r.getLayoutId());
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
                .toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Buffers settlements and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(Settlement s) {
            upsert.add(
                    accountId,
                    s.settlementId(),
                    s.startsAt(),
                    s.endsAt(),
                    s.depositAt(),
                    s.totalAmount(),
                    s.currency(),
                    s.marketplaces().isEmpty()
                            ? null
                            : s.marketplaces().stream().map(Marketplace::code).collect(Collectors.joining(",")),
                    s.marketplaceNames().isEmpty() ? null : String.join(NAME_SEPARATOR, s.marketplaceNames()),
                    s.lineCount(),
                    s.layoutId(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
