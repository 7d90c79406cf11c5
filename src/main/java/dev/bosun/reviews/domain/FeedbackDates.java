package dev.bosun.reviews.domain;

import dev.bosun.shared.Marketplace;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of Amazon's seller feedback report, written in each marketplace's own order with a two-digit year:
 * {@code 10/20/23} in the US, {@code 20/10/23} in the UK, Canada, Mexico, Brazil and most others,
 * {@code 20.10.23} in Germany, {@code 23/10/20} in Japan, {@code 2023-10-20} in Sweden (as mapped by the
 * Airbyte Amazon Seller Partner connector, which was built against real reports). ISO dates are accepted
 * everywhere; a date that does not fit the marketplace's order is refused rather than guessed.
 */
public final class FeedbackDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})");

    private FeedbackDates() {}

    /** How the marketplace writes the date of 20 October 2023, for messages. */
    public static String example(Marketplace marketplace) {
        return switch (order(marketplace)) {
            case MONTH_DAY_YEAR -> "10/20/23";
            case YEAR_MONTH_DAY -> marketplace == Marketplace.SE ? "2023-10-20" : "23/10/20";
            case DAY_MONTH_YEAR -> marketplace == Marketplace.DE ? "20.10.23" : "20/10/23";
        };
    }

    /** The date {@code text} gives in the marketplace's order; empty if it is not such a date. */
    public static Optional<LocalDate> read(String text, Marketplace marketplace) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return Optional.of(date(iso.group(1), iso.group(2), iso.group(3)));
            }
            Matcher m = NUMERIC.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(
                    switch (order(marketplace)) {
                        case MONTH_DAY_YEAR -> date(m.group(3), m.group(1), m.group(2));
                        case DAY_MONTH_YEAR -> date(m.group(3), m.group(2), m.group(1));
                        case YEAR_MONTH_DAY -> date(m.group(1), m.group(2), m.group(3));
                    });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String year, String month, String day) {
        if (year.length() != 2 && year.length() != 4 || day.length() > 2) {
            throw new DateTimeException("not a year: " + year);
        }
        int y = Integer.parseInt(year) + (year.length() == 2 ? 2000 : 0);
        return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Order order(Marketplace marketplace) {
        return switch (marketplace) {
            case US -> Order.MONTH_DAY_YEAR;
            case JP, SE -> Order.YEAR_MONTH_DAY;
            default -> Order.DAY_MONTH_YEAR;
        };
    }

    private enum Order {
        MONTH_DAY_YEAR,
        DAY_MONTH_YEAR,
        YEAR_MONTH_DAY
    }
}
