package dev.bosun.advertising.importing;

import dev.bosun.advertising.domain.ConsoleValues;
import dev.bosun.amazon.ReportRow;
import java.math.BigDecimal;
import java.util.Optional;

/** Reading the cells of ads reports that need more than the report reader's getters: lengths, ids, rupees. */
final class Cells {

    static final int ID_LIMIT = 40;

    private Cells() {}

    /**
     * An amount of money. Amazon.in campaign reports write {@code Rs.1000.0}, which the report reader's money
     * values do not know, so such cells are read here.
     */
    static BigDecimal amount(ReportRow row, String column) {
        String text = row.text(column);
        if (text != null && ConsoleValues.looksLikeRupees(text)) {
            Optional<BigDecimal> rupees = ConsoleValues.rupees(text);
            if (rupees.isEmpty()) {
                row.reject(column, "an amount such as 12.99 or Rs.1,299.00", quoted(text));
                return null;
            }
            return rupees.get();
        }
        return row.money(column);
    }

    /** The text of a cell, at most {@code limit} characters (the column's size in the database). */
    static String text(ReportRow row, String column, int limit, boolean required) {
        String value = required ? row.requireText(column) : row.text(column);
        if (value != null && value.length() > limit) {
            row.reject(column, "at most " + limit + " characters", value.length() + " characters");
            return null;
        }
        return value;
    }

    /** An Amazon id; Excel text wrapping ({@code ="123"}) removed. */
    static String id(ReportRow row, String column) {
        String value = ConsoleValues.unwrapText(row.text(column));
        if (value != null && value.length() > ID_LIMIT) {
            row.reject(column, "an id of at most " + ID_LIMIT + " characters", quoted(value));
            return null;
        }
        return value;
    }

    static String requireId(ReportRow row, String column) {
        String value = id(row, column);
        if (value == null && row.text(column) == null) {
            row.reject(column, "an id", "an empty cell");
        }
        return value;
    }

    static String quoted(String text) {
        return "\"" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "\"";
    }
}
