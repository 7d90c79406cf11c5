package dev.bosun.finance.domain;

import java.time.DateTimeException;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the month a storage fee is charged for ({@code month_of_charge}). The report's own form is not documented;
 * accepted are {@code 2026-03}, {@code 2026-03-01} (and with {@code /}), {@code 03/2026}, {@code Mar-2026},
 * {@code March 2026} and {@code 2026-Mar}.
 */
public final class ChargeMonth {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.]\\d{1,2})?");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern NAME_FIRST = Pattern.compile("([A-Za-z]{3,9})[-/ .]+(\\d{4})");
    private static final Pattern NAME_LAST = Pattern.compile("(\\d{4})[-/ .]+([A-Za-z]{3,9})");

    private ChargeMonth() {}

    public static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            Matcher first = NAME_FIRST.matcher(s);
            if (first.matches()) {
                return month(first.group(1)).map(month -> YearMonth.of(Integer.parseInt(first.group(2)), month));
            }
            Matcher last = NAME_LAST.matcher(s);
            if (last.matches()) {
                return month(last.group(2)).map(month -> YearMonth.of(Integer.parseInt(last.group(1)), month));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (lower.equals(full) || lower.equals(full.substring(0, 3))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
