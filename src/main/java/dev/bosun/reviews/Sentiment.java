package dev.bosun.reviews;

/**
 * How Amazon counts a seller feedback rating: 4 and 5 stars are positive, 3 neutral, 1 and 2 negative (the
 * negative share is what buyers and Amazon's account health look at).
 */
public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** The sentiment of a rating from 1 to 5. */
    public static Sentiment of(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + rating);
        }
        return rating >= 4 ? POSITIVE : rating == 3 ? NEUTRAL : NEGATIVE;
    }
}
