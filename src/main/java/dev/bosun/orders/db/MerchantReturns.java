package dev.bosun.orders.db;

import static dev.bosun.jooq.Tables.MERCHANT_RETURNS;

import dev.bosun.orders.MerchantReturn;
import dev.bosun.orders.domain.ReturnReasons;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Merchant-fulfilled return requests by account, order, Amazon RMA id and SKU. */
@Repository
public class MerchantReturns {

    /** Stored for a request without RMA id, so that the key has no null in it. */
    private static final String NO_RMA = "";

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "order_id",
            "amazon_rma_id",
            "merchant_sku",
            "marketplace",
            "order_date",
            "return_requested_on",
            "return_request_status",
            "merchant_rma_id",
            "label_type",
            "label_cost",
            "currency",
            "return_carrier",
            "tracking_id",
            "label_paid_by",
            "a_to_z_claim",
            "prime",
            "asin",
            "item_name",
            "return_quantity",
            "return_reason",
            "in_policy",
            "return_type",
            "resolution",
            "invoice_number",
            "return_delivered_on",
            "order_amount",
            "order_quantity",
            "safet_action_reason",
            "safet_claim_id",
            "safet_claim_state",
            "safet_claim_created_at",
            "safet_reimbursement_amount",
            "refunded_amount",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "order_id", "amazon_rma_id", "merchant_sku");

    private final DSLContext db;

    public MerchantReturns(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(BulkUpsert.into(db, "merchant_returns", COLUMNS, KEY), accountId, batchId);
    }

    public List<MerchantReturn> ofOrder(long accountId, String orderId) {
        return db.selectFrom(MERCHANT_RETURNS)
                .where(MERCHANT_RETURNS.ACCOUNT_ID.eq(accountId).and(MERCHANT_RETURNS.ORDER_ID.eq(orderId)))
                .orderBy(
                        MERCHANT_RETURNS.RETURN_REQUESTED_ON,
                        MERCHANT_RETURNS.AMAZON_RMA_ID,
                        MERCHANT_RETURNS.MERCHANT_SKU)
                .fetch(MerchantReturns::toReturn);
    }

    private static MerchantReturn toReturn(Record r) {
        String rma = r.get(MERCHANT_RETURNS.AMAZON_RMA_ID);
        String marketplace = r.get(MERCHANT_RETURNS.MARKETPLACE);
        var claimCreated = r.get(MERCHANT_RETURNS.SAFET_CLAIM_CREATED_AT);
        return new MerchantReturn(
                r.get(MERCHANT_RETURNS.ORDER_ID),
                NO_RMA.equals(rma) ? null : rma,
                r.get(MERCHANT_RETURNS.MERCHANT_SKU),
                marketplace == null ? null : Marketplace.valueOf(marketplace),
                r.get(MERCHANT_RETURNS.ORDER_DATE),
                r.get(MERCHANT_RETURNS.RETURN_REQUESTED_ON),
                r.get(MERCHANT_RETURNS.RETURN_REQUEST_STATUS),
                r.get(MERCHANT_RETURNS.MERCHANT_RMA_ID),
                r.get(MERCHANT_RETURNS.LABEL_TYPE),
                r.get(MERCHANT_RETURNS.LABEL_COST),
                r.get(MERCHANT_RETURNS.CURRENCY),
                r.get(MERCHANT_RETURNS.RETURN_CARRIER),
                r.get(MERCHANT_RETURNS.TRACKING_ID),
                r.get(MERCHANT_RETURNS.LABEL_PAID_BY),
                r.get(MERCHANT_RETURNS.A_TO_Z_CLAIM),
                r.get(MERCHANT_RETURNS.PRIME),
                r.get(MERCHANT_RETURNS.ASIN),
                r.get(MERCHANT_RETURNS.ITEM_NAME),
                r.get(MERCHANT_RETURNS.RETURN_QUANTITY),
                ReturnReasons.of(r.get(MERCHANT_RETURNS.RETURN_REASON)),
                r.get(MERCHANT_RETURNS.IN_POLICY),
                r.get(MERCHANT_RETURNS.RETURN_TYPE),
                r.get(MERCHANT_RETURNS.RESOLUTION),
                r.get(MERCHANT_RETURNS.INVOICE_NUMBER),
                r.get(MERCHANT_RETURNS.RETURN_DELIVERED_ON),
                r.get(MERCHANT_RETURNS.ORDER_AMOUNT),
                r.get(MERCHANT_RETURNS.ORDER_QUANTITY),
                r.get(MERCHANT_RETURNS.SAFET_ACTION_REASON),
                r.get(MERCHANT_RETURNS.SAFET_CLAIM_ID),
                r.get(MERCHANT_RETURNS.SAFET_CLAIM_STATE),
                claimCreated == null ? null : claimCreated.toInstant(),
                r.get(MERCHANT_RETURNS.SAFET_REIMBURSEMENT_AMOUNT),
                r.get(MERCHANT_RETURNS.REFUNDED_AMOUNT));
    }

    /** Buffers return requests and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(MerchantReturn r) {
            upsert.add(
                    accountId,
                    r.orderId(),
                    r.amazonRmaId() == null ? NO_RMA : r.amazonRmaId(),
                    r.merchantSku(),
                    r.marketplace() == null ? null : r.marketplace().code(),
                    r.orderDate(),
                    r.returnRequestedOn(),
                    r.returnRequestStatus(),
                    r.merchantRmaId(),
                    r.labelType(),
                    r.labelCost(),
                    r.currency(),
                    r.returnCarrier(),
                    r.trackingId(),
                    r.labelPaidBy(),
                    r.aToZClaim(),
                    r.prime(),
                    r.asin(),
                    r.itemName(),
                    r.returnQuantity(),
                    r.reason() == null ? null : r.reason().code(),
                    r.inPolicy(),
                    r.returnType(),
                    r.resolution(),
                    r.invoiceNumber(),
                    r.returnDeliveredOn(),
                    r.orderAmount(),
                    r.orderQuantity(),
                    r.safetActionReason(),
                    r.safetClaimId(),
                    r.safetClaimState(),
                    r.safetClaimCreatedAt(),
                    r.safetReimbursementAmount(),
                    r.refundedAmount(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
