package dev.bosun.reviews.db;

import static dev.bosun.jooq.Tables.PRODUCT_REVIEWS;

import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.reviews.ProductReview;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Product reviews by account, marketplace and review id. */
@Repository
public class ProductReviews {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "review_id",
            "asin",
            "reviewed_on",
            "stars",
            "title",
            "review_text",
            "reviewer",
            "verified_purchase",
            "variant",
            "batch_id");

    private final DSLContext db;

    public ProductReviews(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "product_reviews", COLUMNS, List.of("account_id", "marketplace", "review_id")),
                accountId,
                batchId);
    }

    public Optional<ProductReview> find(long accountId, Marketplace marketplace, String reviewId) {
        return db.selectFrom(PRODUCT_REVIEWS)
                .where(PRODUCT_REVIEWS
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(PRODUCT_REVIEWS.MARKETPLACE.eq(marketplace.code()))
                        .and(PRODUCT_REVIEWS.REVIEW_ID.eq(reviewId)))
                .fetchOptional(ProductReviews::toReview);
    }

    public List<ProductReview> ofAsin(long accountId, String asin) {
        return db.selectFrom(PRODUCT_REVIEWS)
                .where(PRODUCT_REVIEWS.ACCOUNT_ID.eq(accountId).and(PRODUCT_REVIEWS.ASIN.eq(asin)))
                .orderBy(PRODUCT_REVIEWS.REVIEWED_ON.desc(), PRODUCT_REVIEWS.MARKETPLACE, PRODUCT_REVIEWS.REVIEW_ID)
                .fetch(ProductReviews::toReview);
    }

    /**
     * Per marketplace and ASIN, the reviews dated from..to inclusive: how many, how many with 1 or 2 stars, and the
     * sum of their stars.
     */
    public List<RatingCount> ratingCounts(long accountId, LocalDate from, LocalDate to) {
        var negative = DSL.count().filterWhere(PRODUCT_REVIEWS.STARS.le((short) 2));
        var stars = DSL.sum(PRODUCT_REVIEWS.STARS);
        return db.select(PRODUCT_REVIEWS.MARKETPLACE, PRODUCT_REVIEWS.ASIN, DSL.count(), negative, stars)
                .from(PRODUCT_REVIEWS)
                .where(PRODUCT_REVIEWS.ACCOUNT_ID.eq(accountId).and(PRODUCT_REVIEWS.REVIEWED_ON.between(from, to)))
                .groupBy(PRODUCT_REVIEWS.MARKETPLACE, PRODUCT_REVIEWS.ASIN)
                .orderBy(PRODUCT_REVIEWS.MARKETPLACE, PRODUCT_REVIEWS.ASIN)
                .fetch(r -> new RatingCount(
                        Marketplace.valueOf(r.value1()),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5().longValue()));
    }

    /** The reviews of 1 or 2 stars dated from..to inclusive, newest first. */
    public List<ProductReview> negative(long accountId, LocalDate from, LocalDate to) {
        return db.selectFrom(PRODUCT_REVIEWS)
                .where(PRODUCT_REVIEWS
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(PRODUCT_REVIEWS.REVIEWED_ON.between(from, to))
                        .and(PRODUCT_REVIEWS.STARS.le((short) 2)))
                .orderBy(PRODUCT_REVIEWS.REVIEWED_ON.desc(), PRODUCT_REVIEWS.MARKETPLACE, PRODUCT_REVIEWS.REVIEW_ID)
                .fetch(ProductReviews::toReview);
    }

    /** Reviews of one ASIN on one marketplace in a window. */
    public record RatingCount(Marketplace marketplace, String asin, int reviews, int negative, long stars) {}

    private static ProductReview toReview(Record r) {
        return new ProductReview(
                Marketplace.valueOf(r.get(PRODUCT_REVIEWS.MARKETPLACE)),
                r.get(PRODUCT_REVIEWS.REVIEW_ID),
                r.get(PRODUCT_REVIEWS.ASIN),
                r.get(PRODUCT_REVIEWS.REVIEWED_ON),
                r.get(PRODUCT_REVIEWS.STARS),
                r.get(PRODUCT_REVIEWS.TITLE),
                r.get(PRODUCT_REVIEWS.REVIEW_TEXT),
                r.get(PRODUCT_REVIEWS.REVIEWER),
                r.get(PRODUCT_REVIEWS.VERIFIED_PURCHASE),
                r.get(PRODUCT_REVIEWS.VARIANT));
    }

    /** Buffers reviews and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(ProductReview r) {
            upsert.add(
                    accountId,
                    r.marketplace().code(),
                    r.reviewId(),
                    r.asin(),
                    r.reviewedOn(),
                    r.stars(),
                    r.title(),
                    r.text(),
                    r.reviewer(),
                    r.verifiedPurchase(),
                    r.variant(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
