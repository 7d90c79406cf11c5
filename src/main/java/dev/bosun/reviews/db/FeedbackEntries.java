package dev.bosun.reviews.db;

import static dev.bosun.jooq.Tables.SELLER_FEEDBACK;

import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.reviews.BuyerFeedback;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Seller feedback by account, order and date. */
@Repository
public class FeedbackEntries {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "order_id",
            "feedback_date",
            "marketplace",
            "rating",
            "comments",
            "response",
            "rater_email",
            "batch_id");

    private final DSLContext db;

    public FeedbackEntries(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "seller_feedback", COLUMNS, List.of("account_id", "order_id", "feedback_date")),
                accountId,
                batchId);
    }

    public List<BuyerFeedback> ofOrder(long accountId, String orderId) {
        return db.selectFrom(SELLER_FEEDBACK)
                .where(SELLER_FEEDBACK.ACCOUNT_ID.eq(accountId).and(SELLER_FEEDBACK.ORDER_ID.eq(orderId)))
                .orderBy(SELLER_FEEDBACK.FEEDBACK_DATE)
                .fetch(FeedbackEntries::toFeedback);
    }

    public List<BuyerFeedback> between(long accountId, LocalDate from, LocalDate to) {
        return db.selectFrom(SELLER_FEEDBACK)
                .where(SELLER_FEEDBACK.ACCOUNT_ID.eq(accountId).and(SELLER_FEEDBACK.FEEDBACK_DATE.between(from, to)))
                .orderBy(SELLER_FEEDBACK.FEEDBACK_DATE, SELLER_FEEDBACK.ORDER_ID)
                .fetch(FeedbackEntries::toFeedback);
    }

    private static BuyerFeedback toFeedback(Record r) {
        String marketplace = r.get(SELLER_FEEDBACK.MARKETPLACE);
        return new BuyerFeedback(
                r.get(SELLER_FEEDBACK.ORDER_ID),
                r.get(SELLER_FEEDBACK.FEEDBACK_DATE),
                marketplace == null ? null : Marketplace.valueOf(marketplace),
                r.get(SELLER_FEEDBACK.RATING),
                r.get(SELLER_FEEDBACK.COMMENTS),
                r.get(SELLER_FEEDBACK.RESPONSE),
                r.get(SELLER_FEEDBACK.RATER_EMAIL));
    }

    /** Buffers feedback and merges it into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(BuyerFeedback f) {
            upsert.add(
                    accountId,
                    f.orderId(),
                    f.date(),
                    f.marketplace() == null ? null : f.marketplace().code(),
                    f.rating(),
                    f.comments(),
                    f.response(),
                    f.raterEmail(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
