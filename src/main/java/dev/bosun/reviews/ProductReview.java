package dev.bosun.reviews;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * A buyer's review of a product on one marketplace. Title, text and reviewer are the buyer's own words, stored as
 * given (escape when displaying).
 *
 * @param stars the star rating, 1 to 5
 * @param verifiedPurchase whether Amazon marks the review as a verified purchase; null when not recorded
 * @param variant the variant or SKU reviewed, when recorded
 */
public record ProductReview(
        Marketplace marketplace,
        String reviewId,
        String asin,
        LocalDate reviewedOn,
        int stars,
        String title,
        String text,
        String reviewer,
        Boolean verifiedPurchase,
        String variant) {

    public ProductReview {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("a review has 1 to 5 stars, not " + stars);
        }
    }
}
