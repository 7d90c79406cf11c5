package dev.bosun.reviews;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The reviews an ASIN received on one marketplace in a window.
 *
 * @param negative the reviews of 1 or 2 stars
 * @param stars the sum of the stars of all of them
 */
public record AsinRatings(Marketplace marketplace, String asin, int reviews, int negative, long stars) {

    /** The average stars, two decimals; null without reviews. */
    public BigDecimal averageStars() {
        return reviews == 0
                ? null
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(reviews), 2, RoundingMode.HALF_UP);
    }
}
