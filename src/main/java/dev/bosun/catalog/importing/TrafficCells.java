package dev.bosun.catalog.importing;

import dev.bosun.amazon.ReportRow;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the figures of Business Report rows: counts, percentages (as fractions) and amounts. */
final class TrafficCells {

    /**
     * A whole number with thousands separators. Counts are whole, so {@code 12,796} is twelve thousand even in a
     * file of a decimal-comma marketplace: EU downloads made in an English Seller Central write {@code 12,796}
     * and {@code €41,139.02}, German ones {@code 12.796} and {@code 41.139,02 €}.
     */
    private static final Pattern GROUPED =
            Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+");

    private TrafficCells() {}

    /** A whole number of sessions, page views, units or items: {@code 1,250} or {@code 1.250}; never negative. */
    static Long count(ReportRow row, String column) {
        String text = row.text(column);
        if (text != null && GROUPED.matcher(text).matches()) {
            return Long.parseLong(text.replaceAll("\\D", ""));
        }
        Long value = row.integer(column);
        if (value != null && value < 0) {
            row.reject(column, "a count of 0 or more", value.toString());
            return null;
        }
        return value;
    }

    /** A percentage as a fraction: {@code 95.5%}, {@code 95,5 %} and a bare {@code 95.5} give 0.955. */
    static BigDecimal share(ReportRow row, String column) {
        BigDecimal value = row.percent(column);
        if (value != null && value.signum() < 0) {
            row.reject(
                    column, "a percentage of 0 or more", value.movePointRight(2).toPlainString() + "%");
            return null;
        }
        return value;
    }

    /** An amount in the marketplace's currency: {@code $1,234.56}, {@code 1.234,56 €}. */
    static BigDecimal money(ReportRow row, String column) {
        return row.money(column);
    }

    /** The fields whose columns the file has. */
    static <F extends Enum<F>> Set<F> reported(ReportRow row, Map<F, String> columns, Class<F> type) {
        Set<F> fields = EnumSet.noneOf(type);
        columns.forEach((field, column) -> {
            if (row.has(column)) {
                fields.add(field);
            }
        });
        return fields;
    }
}
