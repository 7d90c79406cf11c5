package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_REIMBURSEMENTS;

import dev.bosun.finance.Reimbursement;
import dev.bosun.jooq.tables.records.FinanceReimbursementsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** FBA reimbursement rows by account, reimbursement id and row within it. */
@Repository
public class FbaReimbursements {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "reimbursement_id",
            "line_no",
            "approved_at",
            "case_id",
            "amazon_order_id",
            "reason",
            "sku",
            "fnsku",
            "asin",
            "product_name",
            "item_condition",
            "currency",
            "amount_per_unit",
            "amount_total",
            "quantity_cash",
            "quantity_inventory",
            "quantity_total",
            "original_reimbursement_id",
            "original_reimbursement_type",
            "marketplace",
            "batch_id");

    private final DSLContext db;

    public FbaReimbursements(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(
                        db, "finance_reimbursements", COLUMNS, List.of("account_id", "reimbursement_id", "line_no")),
                accountId,
                batchId);
    }

    public List<Reimbursement> ofReimbursement(long accountId, String reimbursementId) {
        return db.selectFrom(FINANCE_REIMBURSEMENTS)
                .where(FINANCE_REIMBURSEMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_REIMBURSEMENTS.REIMBURSEMENT_ID.eq(reimbursementId))
                .orderBy(FINANCE_REIMBURSEMENTS.LINE_NO)
                .fetch(FbaReimbursements::reimbursement);
    }

    public List<Reimbursement> approvedBetween(long accountId, Instant from, Instant to) {
        return db.selectFrom(FINANCE_REIMBURSEMENTS)
                .where(FINANCE_REIMBURSEMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_REIMBURSEMENTS.APPROVED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(FINANCE_REIMBURSEMENTS.APPROVED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(
                        FINANCE_REIMBURSEMENTS.APPROVED_AT,
                        FINANCE_REIMBURSEMENTS.REIMBURSEMENT_ID,
                        FINANCE_REIMBURSEMENTS.LINE_NO)
                .fetch(FbaReimbursements::reimbursement);
    }

    private static Reimbursement reimbursement(FinanceReimbursementsRecord r) {
        return new Reimbursement(
                r.getReimbursementId(),
                r.getLineNo(),
                r.getApprovedAt().toInstant(),
                r.getCaseId(),
                r.getAmazonOrderId(),
                r.getReason(),
                r.getSku(),
                r.getFnsku(),
                r.getAsin(),
                r.getProductName(),
                r.getItemCondition(),
                r.getCurrency(),
                r.getAmountPerUnit(),
                r.getAmountTotal(),
                r.getQuantityCash(),
                r.getQuantityInventory(),
                r.getQuantityTotal(),
                r.getOriginalReimbursementId(),
                r.getOriginalReimbursementType(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElseThrow());
    }

    /** Buffers reimbursement rows and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(Reimbursement r) {
            upsert.add(
                    accountId,
                    r.reimbursementId(),
                    r.lineNo(),
                    r.approvedAt(),
                    r.caseId(),
                    r.amazonOrderId(),
                    r.reason(),
                    r.sku(),
                    r.fnsku(),
                    r.asin(),
                    r.productName(),
                    r.condition(),
                    r.currency(),
                    r.amountPerUnit(),
                    r.amountTotal(),
                    r.quantityCash(),
                    r.quantityInventory(),
                    r.quantityTotal(),
                    r.originalReimbursementId(),
                    r.originalReimbursementType(),
                    r.marketplace() == null ? null : r.marketplace().code(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
