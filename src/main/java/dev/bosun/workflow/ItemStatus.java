package dev.bosun.workflow;

import java.util.Locale;

/**
 * Where an action item stands.
 * <ul>
 *   <li>{@link #OPEN}: fired in the latest review and nobody has put it aside.</li>
 *   <li>{@link #SNOOZED}: put aside until a date ({@link ActionItem#snoozedUntil()}); the first review on or after
 *       that date opens it again if it still fires.</li>
 *   <li>{@link #DISMISSED}: put aside for good; it stays dismissed while it keeps firing (times seen still
 *       counts), and a later review opens a fresh occurrence only after it stopped firing in between.</li>
 *   <li>{@link #RESOLVED}: did not fire in a later review ({@link ActionItem#resolvedOn()}); it opens again, with
 *       its history, if the problem comes back.</li>
 * </ul>
 */
public enum ItemStatus {
    OPEN,
    SNOOZED,
    DISMISSED,
    RESOLVED;

    /** {@code open}, {@code snoozed} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the display name, {@code review.status.<code>}. */
    public String messageKey() {
        return "review.status." + code();
    }

    /** Parses {@code open}, {@code RESOLVED} …; throws IllegalArgumentException naming the valid values. */
    public static ItemStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + text + "' (open, snoozed, dismissed or resolved)");
        }
    }
}
