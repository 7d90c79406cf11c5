package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENT_LINES;

import dev.bosun.finance.SettlementLine;
import dev.bosun.jooq.tables.records.FinanceSettlementLinesRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The lines of settlements, by account, settlement, row and amount within the row. */
@Repository
public class SettlementEntries {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "settlement_id",
            "line_no",
            "part",
            "transaction_type",
            "order_id",
            "merchant_order_id",
            "adjustment_id",
            "shipment_id",
            "marketplace_name",
            "marketplace",
            "amount_type",
            "amount_description",
            "amount",
            "currency",
            "fulfillment_id",
            "posted_date",
            "posted_at",
            "order_item_code",
            "merchant_order_item_id",
            "merchant_adjustment_item_id",
            "sku",
            "quantity_purchased",
            "promotion_id",
            "batch_id");

    private final DSLContext db;

    public SettlementEntries(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(
                        db,
                        "finance_settlement_lines",
                        COLUMNS,
                        List.of("account_id", "settlement_id", "line_no", "part")),
                accountId,
                batchId);
    }

    /** Removes every line of a settlement (before it is read again from a file of another layout). */
    public int deleteSettlement(long accountId, String settlementId) {
        return db.deleteFrom(FINANCE_SETTLEMENT_LINES)
                .where(FINANCE_SETTLEMENT_LINES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENT_LINES.SETTLEMENT_ID.eq(settlementId))
                .execute();
    }

    public List<SettlementLine> lines(long accountId, String settlementId) {
        return db.selectFrom(FINANCE_SETTLEMENT_LINES)
                .where(FINANCE_SETTLEMENT_LINES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENT_LINES.SETTLEMENT_ID.eq(settlementId))
                .orderBy(FINANCE_SETTLEMENT_LINES.LINE_NO, FINANCE_SETTLEMENT_LINES.PART)
                .fetch(SettlementEntries::line);
    }

    /** The sum of the amounts of a settlement's lines; zero when it has none. */
    public BigDecimal total(long accountId, String settlementId) {
        BigDecimal sum = db.select(DSL.sum(FINANCE_SETTLEMENT_LINES.AMOUNT))
                .from(FINANCE_SETTLEMENT_LINES)
                .where(FINANCE_SETTLEMENT_LINES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_SETTLEMENT_LINES.SETTLEMENT_ID.eq(settlementId))
                .fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static SettlementLine line(FinanceSettlementLinesRecord r) {
        return new SettlementLine(
                r.getSettlementId(),
                r.getLineNo(),
                r.getPart(),
                r.getTransactionType(),
                r.getOrderId(),
                r.getMerchantOrderId(),
                r.getAdjustmentId(),
                r.getShipmentId(),
                r.getMarketplaceName(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getAmountType(),
                r.getAmountDescription(),
                r.getAmount(),
                r.getCurrency(),
                r.getFulfillmentId(),
                r.getPostedDate(),
                r.getPostedAt() == null ? null : r.getPostedAt().toInstant(),
                r.getOrderItemCode(),
                r.getMerchantOrderItemId(),
                r.getMerchantAdjustmentItemId(),
                r.getSku(),
                r.getQuantityPurchased(),
                r.getPromotionId());
    }

    /** Buffers settlement lines and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(SettlementLine l) {
            upsert.add(
                    accountId,
                    l.settlementId(),
                    l.lineNo(),
                    l.part(),
                    l.transactionType(),
                    l.orderId(),
                    l.merchantOrderId(),
                    l.adjustmentId(),
                    l.shipmentId(),
                    l.marketplaceName(),
                    l.marketplace() == null ? null : l.marketplace().code(),
                    l.amountType(),
                    l.amountDescription(),
                    l.amount(),
                    l.currency(),
                    l.fulfillmentId(),
                    l.postedDate(),
                    l.postedAt(),
                    l.orderItemCode(),
                    l.merchantOrderItemId(),
                    l.merchantAdjustmentItemId(),
                    l.sku(),
                    l.quantityPurchased(),
                    l.promotionId(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
