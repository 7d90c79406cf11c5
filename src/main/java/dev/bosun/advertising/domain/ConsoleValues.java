package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values the Ads console writes in forms the general report reader does not know:
 *
 * <ul>
 *   <li>Indian rupee amounts written {@code Rs.1000.0} or {@code Rs.1,496.50} (Amazon.in campaign report CSV,
 *       although its headers say {@code (₹)});
 *   <li>bulk sheet dates written {@code 20230115} (yyyymmdd), which a number reader would take for an Excel serial;
 *   <li>the 2026 export's period, {@code Aug 18, 2026 - Aug 24, 2026};
 *   <li>ids wrapped as Excel text formulas, {@code ="171234567890123"}, so that Excel keeps all their digits.
 * </ul>
 */
public final class ConsoleValues {

    private static final Pattern RUPEES =
            Pattern.compile("(?i)^(?:rs\\.?|inr|₹)\\s*([+-]?)((?:\\d{1,3}(?:,\\d{2,3})+|\\d+)(?:\\.\\d+)?)$");
    private static final Pattern RUPEE_PREFIX = Pattern.compile("(?i)^rs\\.?\\s*[+-]?\\d.*");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s+(?:[-\u2013\u2014]|to)\\s+");
    private static final Pattern EXCEL_TEXT = Pattern.compile("^=\"(.*)\"$");
    private static final DateTimeFormatter MONTH_NAME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM d, uuuu")
            .toFormatter(Locale.ENGLISH);

    private ConsoleValues() {}

    /** A period of days, both inclusive. */
    public record DateRange(LocalDate from, LocalDate to) {}

    /** Whether the text is written the rupee way ({@code Rs.12.50}), which the general money reader refuses. */
    public static boolean looksLikeRupees(String text) {
        return text != null && RUPEE_PREFIX.matcher(text.strip()).matches();
    }

    /** {@code Rs.1,496.50} → 1496.50; empty when the text is not such an amount. */
    public static Optional<BigDecimal> rupees(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RUPEES.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        return Optional.of(m.group(1).equals("-") ? value.negate() : value);
    }

    /** {@code 20230115} → 2023-01-15; empty when the text is not eight digits forming a date. */
    public static Optional<LocalDate> compactDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMPACT_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code Aug 18, 2026 - Aug 24, 2026} or {@code 2026-08-18 - 2026-08-24}; a single date is a one-day range.
     * Empty when the text is neither, or the range ends before it starts.
     */
    public static Optional<DateRange> dateRange(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = RANGE_SEPARATOR.split(text.strip());
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<LocalDate> from = date(parts[0]);
        Optional<LocalDate> to = parts.length == 2 ? date(parts[1]) : from;
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(from.get(), to.get()));
    }

    private static Optional<LocalDate> date(String text) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s));
            }
            return Optional.of(LocalDate.parse(s, MONTH_NAME));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code ="171234567890123"} → {@code 171234567890123}; other text unchanged; null stays null. */
    public static String unwrapText(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EXCEL_TEXT.matcher(text.strip());
        String value = m.matches() ? m.group(1).strip() : text.strip();
        return value.isEmpty() ? null : value;
    }
}
