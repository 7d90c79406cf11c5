package dev.bosun.finance.importing;

import dev.bosun.amazon.ReportRow;
import java.util.Locale;

/** Reads a currency code column: three letters, as Amazon writes them (USD, EUR, CAD). */
final class Currencies {

    private Currencies() {}

    /** The code, upper-cased; records a problem when empty or not three letters. */
    static String require(ReportRow row, String column) {
        String text = row.requireText(column);
        return text == null ? null : checked(row, column, text);
    }

    /** The code or null when empty; records a problem when not three letters. */
    static String read(ReportRow row, String column) {
        String text = row.text(column);
        return text == null ? null : checked(row, column, text);
    }

    private static String checked(ReportRow row, String column, String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            row.reject(column, "a currency code such as USD or EUR", "\"" + text + "\"");
            return null;
        }
        return code;
    }
}
