package dev.bosun.inventory.importing;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads inventory report cells within the bounds of Bosun's columns, so that a freak value becomes a problem on
 * its line instead of a database error that aborts the whole import.
 */
final class RowValues {

    private static final long MAX_UNITS = 1_000_000_000L;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");
    private static final BigDecimal MAX_MEASURE = new BigDecimal("10000000000000");

    private RowValues() {}

    /** A count of units (signed), or null when empty. */
    static Integer units(ReportRow row, String column) {
        Long value = row.integer(column);
        if (value == null) {
            return null;
        }
        if (Math.abs(value) >= MAX_UNITS) {
            row.reject(column, "a number of units below 1,000,000,000", value.toString());
            return null;
        }
        return value.intValue();
    }

    /** A count of units that must be there. */
    static Integer requireUnits(ReportRow row, String column) {
        Integer value = units(row, column);
        if (value == null && row.text(column) == null) {
            row.reject(column, "a number of units", "an empty cell");
        }
        return value;
    }

    /** An amount of money, or null when empty. */
    static BigDecimal amount(ReportRow row, String column) {
        BigDecimal value = row.money(column);
        if (value != null && value.abs().compareTo(MAX_AMOUNT) >= 0) {
            row.reject(column, "an amount below 100,000,000,000", value.toPlainString());
            return null;
        }
        return value;
    }

    /** A decimal measure (days of supply, volume, ratio), or null when empty. */
    static BigDecimal measure(ReportRow row, String column) {
        BigDecimal value = row.decimal(column);
        if (value != null && value.abs().compareTo(MAX_MEASURE) >= 0) {
            row.reject(column, "a number below 10,000,000,000,000", value.toPlainString());
            return null;
        }
        return value;
    }

    /** Text of at most {@code max} characters, or null when empty. */
    static String text(ReportRow row, String column, int max) {
        String value = row.text(column);
        if (value != null && value.length() > max) {
            row.reject(column, "at most " + max + " characters", value.length() + " characters");
            return null;
        }
        return value;
    }

    /** Text that must be there, of at most {@code max} characters. */
    static String requireText(ReportRow row, String column, int max) {
        String value = row.requireText(column);
        if (value != null && value.length() > max) {
            row.reject(column, "at most " + max + " characters", value.length() + " characters");
            return null;
        }
        return value;
    }

    /** A date, or null when empty or a word such as "none" or "N/A" (Amazon's way of saying no date). */
    static LocalDate dateOrNone(ReportRow row, String column) {
        String value = row.text(column);
        if (value == null || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        return row.date(column);
    }

    /** A three-letter currency code, or null when empty. */
    static String currency(ReportRow row, String column) {
        String value = row.text(column);
        if (value != null && !value.matches("[A-Z]{3}")) {
            row.reject(column, "an ISO currency code such as EUR", "\"" + value + "\"");
            return null;
        }
        return value;
    }

    /**
     * The marketplace of a report that names none: the one the user gave, else the account's only one. When the
     * account sells in several and none was given, records the problem on the file.
     */
    static Optional<Marketplace> marketplaceOf(ImportContext context, ReportContent content, String report) {
        Optional<Marketplace> marketplace = context.defaultMarketplace();
        if (marketplace.isEmpty()) {
            content.reject(
                    "marketplace",
                    "the marketplace this " + report + " belongs to (the account sells in "
                            + context.accountMarketplaces().stream()
                                    .map(Marketplace::code)
                                    .collect(Collectors.joining(", "))
                            + "; give it with --marketplace)",
                    "none given");
        }
        return marketplace;
    }

    /**
     * The marketplace a row names in {@code column} (a code such as US, an SP-API id or a domain), else the
     * import's marketplace; records a problem when the column names something else or nothing is known.
     */
    static Marketplace rowMarketplace(ImportContext context, ReportRow row, String column) {
        String named = row.text(column);
        if (named != null) {
            Optional<Marketplace> marketplace = context.marketplaceNamed(named);
            if (marketplace.isEmpty()) {
                row.reject(column, "an Amazon marketplace such as US or DE", "\"" + named + "\"");
                return null;
            }
            return marketplace.get();
        }
        Optional<Marketplace> marketplace = context.defaultMarketplace();
        if (marketplace.isEmpty()) {
            row.reject(
                    column,
                    "the marketplace (the account sells in "
                            + context.accountMarketplaces().stream()
                                    .map(Marketplace::code)
                                    .collect(Collectors.joining(", "))
                            + "; give it with --marketplace)",
                    "none");
            return null;
        }
        return marketplace.get();
    }
}
