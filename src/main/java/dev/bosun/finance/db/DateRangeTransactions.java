package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_TRANSACTIONS;

import dev.bosun.finance.PaymentTransaction;
import dev.bosun.jooq.tables.records.FinanceTransactionsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Date Range report transactions by account, transaction key and occurrence. */
@Repository
public class DateRangeTransactions {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "transaction_key",
            "occurrence",
            "posted_at",
            "settlement_id",
            "transaction_type",
            "order_id",
            "sku",
            "description",
            "quantity",
            "marketplace",
            "marketplace_name",
            "account_type",
            "fulfillment",
            "order_city",
            "order_state",
            "order_postal",
            "tax_collection_model",
            "currency",
            "product_sales",
            "product_sales_tax",
            "shipping_credits",
            "shipping_credits_tax",
            "gift_wrap_credits",
            "gift_wrap_credits_tax",
            "regulatory_fee",
            "regulatory_fee_tax",
            "promotional_rebates",
            "promotional_rebates_tax",
            "marketplace_withheld_tax",
            "selling_fees",
            "fba_fees",
            "other_transaction_fees",
            "other",
            "total",
            "batch_id");

    private final DSLContext db;

    public DateRangeTransactions(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(
                        db, "finance_transactions", COLUMNS, List.of("account_id", "transaction_key", "occurrence")),
                accountId,
                batchId);
    }

    public List<PaymentTransaction> postedBetween(long accountId, Instant from, Instant to) {
        return db.selectFrom(FINANCE_TRANSACTIONS)
                .where(FINANCE_TRANSACTIONS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_TRANSACTIONS.POSTED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(FINANCE_TRANSACTIONS.POSTED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(
                        FINANCE_TRANSACTIONS.POSTED_AT,
                        FINANCE_TRANSACTIONS.TRANSACTION_KEY,
                        FINANCE_TRANSACTIONS.OCCURRENCE)
                .fetch(DateRangeTransactions::transaction);
    }

    private static PaymentTransaction transaction(FinanceTransactionsRecord r) {
        return new PaymentTransaction(
                r.getTransactionKey(),
                r.getOccurrence(),
                r.getPostedAt().toInstant(),
                r.getSettlementId(),
                r.getTransactionType(),
                r.getOrderId(),
                r.getSku(),
                r.getDescription(),
                r.getQuantity(),
                r.getMarketplace() == null
                        ? null
                        : Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getMarketplaceName(),
                r.getAccountType(),
                r.getFulfillment(),
                r.getOrderCity(),
                r.getOrderState(),
                r.getOrderPostal(),
                r.getTaxCollectionModel(),
                r.getCurrency(),
                new PaymentTransaction.Amounts(
                        r.getProductSales(),
                        r.getProductSalesTax(),
                        r.getShippingCredits(),
                        r.getShippingCreditsTax(),
                        r.getGiftWrapCredits(),
                        r.getGiftWrapCreditsTax(),
                        r.getRegulatoryFee(),
                        r.getRegulatoryFeeTax(),
                        r.getPromotionalRebates(),
                        r.getPromotionalRebatesTax(),
                        r.getMarketplaceWithheldTax(),
                        r.getSellingFees(),
                        r.getFbaFees(),
                        r.getOtherTransactionFees(),
                        r.getOther()),
                r.getTotal());
    }

    /** Buffers transactions and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(PaymentTransaction t) {
            PaymentTransaction.Amounts a = t.amounts();
            upsert.add(
                    accountId,
                    t.key(),
                    t.occurrence(),
                    t.postedAt(),
                    t.settlementId(),
                    t.type(),
                    t.orderId(),
                    t.sku(),
                    t.description(),
                    t.quantity(),
                    t.marketplace() == null ? null : t.marketplace().code(),
                    t.marketplaceName(),
                    t.accountType(),
                    t.fulfillment(),
                    t.orderCity(),
                    t.orderState(),
                    t.orderPostal(),
                    t.taxCollectionModel(),
                    t.currency(),
                    a.productSales(),
                    a.productSalesTax(),
                    a.shippingCredits(),
                    a.shippingCreditsTax(),
                    a.giftWrapCredits(),
                    a.giftWrapCreditsTax(),
                    a.regulatoryFee(),
                    a.regulatoryFeeTax(),
                    a.promotionalRebates(),
                    a.promotionalRebatesTax(),
                    a.marketplaceWithheldTax(),
                    a.sellingFees(),
                    a.fbaFees(),
                    a.otherTransactionFees(),
                    a.other(),
                    t.total(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
