package dev.bosun.reviews.domain;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a star rating as people and Amazon write it: {@code 4}, {@code 4.0}, {@code 4 stars}, {@code 4.0 out of 5
 * stars} (the review page's wording), {@code 4星}. Only whole ratings from 1 to 5 exist; anything else is not a
 * rating.
 */
public final class StarRating {

    private static final Pattern RATING =
            Pattern.compile("(\\d+)(?:[.,]0+)?\\s*(?:(?:out\\s+of\\s+5\\s*)?stars?|out\\s+of\\s+5|/\\s*5|星|颗星)?");

    private StarRating() {}

    /** The rating 1 to 5 that {@code text} gives; empty for anything else. */
    public static OptionalInt read(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = RATING.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1).length() > 1) {
            return OptionalInt.empty();
        }
        int stars = Integer.parseInt(m.group(1));
        return stars >= 1 && stars <= 5 ? OptionalInt.of(stars) : OptionalInt.empty();
    }
}
