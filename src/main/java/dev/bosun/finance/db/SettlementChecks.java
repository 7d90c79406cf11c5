package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_FEE_ESTIMATES;
import static dev.bosun.jooq.Tables.FINANCE_REIMBURSEMENTS;
import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENTS;
import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENT_CHECKS;
import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENT_LINES;
import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENT_LINE_CHECKS;
import static dev.bosun.jooq.Tables.FINANCE_STORAGE_FEES;

import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.ReconciliationStatus;
import dev.bosun.finance.Settlement;
import dev.bosun.finance.SettlementCheck;
import dev.bosun.jooq.tables.records.FinanceSettlementChecksRecord;
import dev.bosun.jooq.tables.records.FinanceSettlementLineChecksRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The stored reconciliation of each settlement and of its fee lines. */
@Repository
public class SettlementChecks {

    private static final List<String> CHECK_COLUMNS = List.of(
            "account_id",
            "settlement_id",
            "status",
            "reason",
            "currency",
            "stated_total",
            "lines_total",
            "reserve_released",
            "reserve_held",
            "reserve_expected",
            "fee_lines",
            "checked_lines",
            "discrepant_lines",
            "unchecked_lines",
            "overcharged",
            "undercharged",
            "fingerprint",
            "checked_at");

    private static final List<String> LINE_COLUMNS = List.of(
            "account_id",
            "settlement_id",
            "line_no",
            "part",
            "kind",
            "status",
            "reason",
            "marketplace",
            "order_id",
            "sku",
            "fnsku",
            "asin",
            "quantity",
            "posted_date",
            "order_date",
            "charge_month",
            "currency",
            "charged",
            "expected",
            "difference",
            "unit_price",
            "category",
            "size_tier",
            "charged_tier",
            "charged_weight",
            "rate_card",
            "package");

    private final DSLContext db;

    public SettlementChecks(DSLContext db) {
        this.db = db;
    }

    /**
     * Replaces the account's stored reconciliation with these checks, within the caller's transaction.
     *
     * @param fingerprint what the checks were computed from (see {@link #signals})
     */
    public void replace(long accountId, List<SettlementCheck> checks, List<FeeLineCheck> lines, String fingerprint) {
        db.deleteFrom(FINANCE_SETTLEMENT_LINE_CHECKS)
                .where(FINANCE_SETTLEMENT_LINE_CHECKS.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(FINANCE_SETTLEMENT_CHECKS)
                .where(FINANCE_SETTLEMENT_CHECKS.ACCOUNT_ID.eq(accountId))
                .execute();
        BulkUpsert settlements =
                BulkUpsert.into(db, "finance_settlement_checks", CHECK_COLUMNS, List.of("account_id", "settlement_id"));
        for (SettlementCheck c : checks) {
            settlements.add(
                    accountId,
                    c.settlementId(),
                    c.status().name(),
                    c.reason(),
                    c.currency(),
                    c.statedTotal(),
                    c.linesTotal(),
                    c.reserveReleased(),
                    c.reserveHeld(),
                    c.reserveExpected(),
                    c.feeLines(),
                    c.checkedLines(),
                    c.discrepantLines(),
                    c.uncheckedLines(),
                    c.overcharged(),
                    c.undercharged(),
                    fingerprint,
                    c.checkedAt());
        }
        settlements.finish();
        BulkUpsert rows = BulkUpsert.into(
                db,
                "finance_settlement_line_checks",
                LINE_COLUMNS,
                List.of("account_id", "settlement_id", "line_no", "part"));
        for (FeeLineCheck l : lines) {
            rows.add(
                    accountId,
                    l.settlementId(),
                    l.lineNo(),
                    l.part(),
                    l.kind().name(),
                    l.status().name(),
                    l.reason(),
                    l.marketplace() == null ? null : l.marketplace().code(),
                    l.orderId(),
                    l.sku(),
                    l.fnsku(),
                    l.asin(),
                    l.quantity(),
                    l.postedDate(),
                    l.orderDate(),
                    l.chargeMonth() == null ? null : l.chargeMonth().atDay(1),
                    l.currency(),
                    l.charged(),
                    l.expected(),
                    l.difference(),
                    l.unitPrice(),
                    l.category(),
                    l.sizeTier(),
                    l.chargedTier(),
                    l.chargedWeight(),
                    l.rateCard(),
                    l.packageText());
        }
        rows.finish();
    }

    /** Holds the account's reconciliation for the rest of the transaction, so two refreshes never interleave. */
    public void lock(long accountId) {
        db.execute("select pg_advisory_xact_lock(7170, ?)", (int) (accountId % Integer.MAX_VALUE));
    }

    /** The fingerprint the stored checks were computed from; empty when there are none. */
    public Optional<String> storedFingerprint(long accountId) {
        return db.select(DSL.max(FINANCE_SETTLEMENT_CHECKS.FINGERPRINT))
                .from(FINANCE_SETTLEMENT_CHECKS)
                .where(FINANCE_SETTLEMENT_CHECKS.ACCOUNT_ID.eq(accountId))
                .fetchOptional(0, String.class);
    }

    /**
     * Figures of the finance tables that change whenever their rows do (counts and newest batch of settlements,
     * fee estimates, storage fees and reimbursements), for the fingerprint of a reconciliation.
     */
    public String signals(long accountId) {
        return String.join(
                ",",
                signal(FINANCE_SETTLEMENTS, FINANCE_SETTLEMENTS.ACCOUNT_ID, FINANCE_SETTLEMENTS.BATCH_ID, accountId),
                signal(
                        FINANCE_SETTLEMENT_LINES,
                        FINANCE_SETTLEMENT_LINES.ACCOUNT_ID,
                        FINANCE_SETTLEMENT_LINES.BATCH_ID,
                        accountId),
                signal(
                        FINANCE_FEE_ESTIMATES,
                        FINANCE_FEE_ESTIMATES.ACCOUNT_ID,
                        FINANCE_FEE_ESTIMATES.BATCH_ID,
                        accountId),
                signal(FINANCE_STORAGE_FEES, FINANCE_STORAGE_FEES.ACCOUNT_ID, FINANCE_STORAGE_FEES.BATCH_ID, accountId),
                signal(
                        FINANCE_REIMBURSEMENTS,
                        FINANCE_REIMBURSEMENTS.ACCOUNT_ID,
                        FINANCE_REIMBURSEMENTS.BATCH_ID,
                        accountId));
    }

    private String signal(
            org.jooq.Table<?> table, org.jooq.Field<Long> account, org.jooq.Field<Long> batch, long accountId) {
        var row = db.select(DSL.count(), DSL.max(batch))
                .from(table)
                .where(account.eq(accountId))
                .fetchOne();
        return row.value1() + ":" + (row.value2() == null ? 0 : row.value2());
    }

    /** The stored checks of the given settlements, by settlement id. */
    public Map<String, SettlementCheck> checks(long accountId, List<Settlement> settlements) {
        Map<String, Settlement> byId =
                settlements.stream().collect(Collectors.toMap(Settlement::settlementId, Function.identity()));
        return db
                .selectFrom(FINANCE_SETTLEMENT_CHECKS)
                .where(FINANCE_SETTLEMENT_CHECKS.ACCOUNT_ID.eq(accountId))
                .fetch()
                .stream()
                .filter(r -> byId.containsKey(r.getSettlementId()))
                .collect(Collectors.toMap(
                        FinanceSettlementChecksRecord::getSettlementId, r -> check(r, byId.get(r.getSettlementId()))));
    }

    /**
     * The stored line checks of a settlement (all settlements when {@code settlementId} is null), in line order.
     *
     * @param discrepanciesOnly only overcharged and undercharged lines
     */
    public List<FeeLineCheck> lines(long accountId, String settlementId, boolean discrepanciesOnly) {
        var t = FINANCE_SETTLEMENT_LINE_CHECKS;
        Condition where = t.ACCOUNT_ID.eq(accountId);
        if (settlementId != null) {
            where = where.and(t.SETTLEMENT_ID.eq(settlementId));
        }
        if (discrepanciesOnly) {
            where = where.and(t.STATUS.in("OVERCHARGED", "UNDERCHARGED"));
        }
        return db.selectFrom(t)
                .where(where)
                .orderBy(t.SETTLEMENT_ID, t.LINE_NO, t.PART)
                .fetch(SettlementChecks::line);
    }

    /** The stored line checks of one status across the account's settlements, in line order. */
    public List<FeeLineCheck> lines(long accountId, FeeLineCheck.Status status) {
        var t = FINANCE_SETTLEMENT_LINE_CHECKS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.STATUS.eq(status.name()))
                .orderBy(t.SETTLEMENT_ID, t.LINE_NO, t.PART)
                .fetch(SettlementChecks::line);
    }

    private static SettlementCheck check(FinanceSettlementChecksRecord r, Settlement settlement) {
        return new SettlementCheck(
                settlement,
                ReconciliationStatus.valueOf(r.getStatus()),
                r.getReason(),
                r.getStatedTotal(),
                r.getLinesTotal(),
                r.getReserveReleased(),
                r.getReserveHeld(),
                r.getReserveExpected(),
                r.getFeeLines(),
                r.getCheckedLines(),
                r.getDiscrepantLines(),
                r.getUncheckedLines(),
                r.getOvercharged(),
                r.getUndercharged(),
                r.getCheckedAt().toInstant());
    }

    private static FeeLineCheck line(FinanceSettlementLineChecksRecord r) {
        LocalDate month = r.getChargeMonth();
        return new FeeLineCheck(
                r.getSettlementId(),
                r.getLineNo(),
                r.getPart(),
                FeeLineCheck.Kind.valueOf(r.getKind()),
                FeeLineCheck.Status.valueOf(r.getStatus()),
                r.getReason(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElse(null),
                r.getOrderId(),
                r.getSku(),
                r.getFnsku(),
                r.getAsin(),
                r.getQuantity(),
                r.getPostedDate(),
                r.getOrderDate(),
                month == null ? null : YearMonth.from(month),
                r.getCurrency(),
                r.getCharged(),
                r.getExpected(),
                r.getDifference(),
                r.getUnitPrice(),
                r.getCategory(),
                r.getSizeTier(),
                r.getChargedTier(),
                r.getChargedWeight(),
                r.getRateCard(),
                r.getPackage());
    }
}
