package dev.bosun.workflow;

import java.util.Locale;

/**
 * How urgent an action item is, most urgent first; items are ranked by severity, then by money at stake.
 * <ul>
 *   <li>{@link #CRITICAL}: a line has been crossed or money is being lost now (an account health target missed, a
 *       SKU that runs out before new stock can arrive).</li>
 *   <li>{@link #WARNING}: heading for a line (a rate approaching its target, cover below lead time plus the
 *       warning days, a sales drop).</li>
 *   <li>{@link #INFO}: worth a look when there is time (a zombie listing to review).</li>
 * </ul>
 */
public enum Severity {
    CRITICAL,
    WARNING,
    INFO;

    /** Lower case, as in the JSON output and message keys: {@code critical}, {@code warning}, {@code info}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the display name, {@code review.severity.<code>}. */
    public String messageKey() {
        return "review.severity." + code();
    }

    /** Whether this severity is at least as urgent as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code critical}, {@code WARNING} …; throws IllegalArgumentException naming the valid values. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (critical, warning or info)");
        }
    }
}
