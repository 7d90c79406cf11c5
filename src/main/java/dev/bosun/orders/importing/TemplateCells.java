package dev.bosun.orders.importing;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ReportRow;
import dev.bosun.shared.Marketplace;
import java.util.Optional;

/**
 * Checks for the cells of Bosun's own templates, which people fill in by hand: text must fit its column, and
 * every row needs a marketplace (its own, else the one given on import, else the account's only one).
 */
final class TemplateCells {

    private TemplateCells() {}

    /** The text of a cell, recording a problem when it is longer than {@code max} characters. */
    static String text(ReportRow row, String column, int max) {
        String text = row.text(column);
        if (text != null && text.length() > max) {
            row.reject(column, "at most " + max + " characters", text.length() + " characters");
            return null;
        }
        return text;
    }

    /** {@link #text}, recording a problem when the cell is empty. */
    static String requireText(ReportRow row, String column, int max) {
        String text = text(row, column, max);
        if (text == null && row.text(column) == null) {
            row.reject(column, "a value", "an empty cell");
        }
        return text;
    }

    /** The row's marketplace, recording a problem when it is unknown or cannot be told. */
    static Marketplace marketplace(ReportRow row, String column, ImportContext context) {
        String named = row.text(column);
        if (named != null) {
            Optional<Marketplace> marketplace = context.marketplaceNamed(named);
            if (marketplace.isEmpty()) {
                row.reject(column, "a marketplace such as DE, Amazon.de or A1PA6795UKMFR9", "\"" + named + "\"");
            }
            return marketplace.orElse(null);
        }
        Optional<Marketplace> fallback = context.defaultMarketplace();
        if (fallback.isEmpty()) {
            row.reject(
                    column,
                    "a marketplace (the account sells in several: fill in the column or import with --marketplace)",
                    "an empty cell");
        }
        return fallback.orElse(null);
    }
}
