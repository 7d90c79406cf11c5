package dev.bosun.orders.domain;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day-month-name-year dates of the merchant returns flat file ({@code 20-Sep-2026}, optionally followed by a
 * time), which the shared report reader does not know. Other forms (ISO) are left to the reader.
 */
public final class ReturnReportDates {

    private static final Pattern DATE =
            Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4}|\\d{2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));

    private ReturnReportDates() {}

    /** Whether {@code text} has the day-month-name-year form (valid or not). */
    public static boolean looksLikeDayMonthNameYear(String text) {
        return text != null && DATE.matcher(text.strip()).matches();
    }

    /** The date and time of {@code 20-Sep-2026} (midnight) or {@code 20-Sep-2026 14:05:00}; empty otherwise. */
    public static Optional<LocalDateTime> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000;
        }
        try {
            return Optional.of(LocalDateTime.of(
                    year,
                    month,
                    Integer.parseInt(m.group(1)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
