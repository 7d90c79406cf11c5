package dev.bosun.reviews;

import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.reviews.db.ProductReviews;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The product reviews of each seller account, recorded from Bosun's product-reviews template. */
@Service
public class Reviews {

    private final ProductReviews reviews;

    Reviews(ProductReviews reviews) {
        this.reviews = reviews;
    }

    /** Streams reviews in; a review replaces the stored one with the same marketplace and id (an edit). */
    public Recorder recorder(long accountId, long batchId) {
        ProductReviews.Writer writer = reviews.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(ProductReview review) {
                writer.add(review);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    public Optional<ProductReview> review(long accountId, Marketplace marketplace, String reviewId) {
        return reviews.find(accountId, marketplace, reviewId);
    }

    /** The reviews of an ASIN on every marketplace, newest first. */
    public List<ProductReview> reviewsOf(long accountId, String asin) {
        return reviews.ofAsin(accountId, asin);
    }

    /** Per marketplace and ASIN, the reviews dated from..to inclusive: count, 1–2 star count, average stars. */
    public List<AsinRatings> ratings(long accountId, LocalDate from, LocalDate to) {
        return reviews.ratingCounts(accountId, from, to).stream()
                .map(c -> new AsinRatings(c.marketplace(), c.asin(), c.reviews(), c.negative(), c.stars()))
                .toList();
    }

    /** The 1 and 2 star reviews dated from..to inclusive, newest first. */
    public List<ProductReview> negativeReviews(long accountId, LocalDate from, LocalDate to) {
        return reviews.negative(accountId, from, to);
    }

    /** Writes reviews in bulk within the caller's transaction. */
    public interface Recorder {
        void add(ProductReview review);

        /** Writes what is buffered; the counts of everything added. */
        UpsertCounts finish();
    }
}
