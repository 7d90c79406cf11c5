package dev.bosun.workflow;

import java.time.LocalDate;

/**
 * Which entries of the operations log to show; every part is optional.
 *
 * @param from the first day, in the reader's time zone, or null for no lower bound
 * @param to the last day (inclusive), or null for no upper bound
 * @param userId only changes by this user
 * @param type only this type of change (exact), or a type prefix ending in a dot ({@code task.})
 * @param subject text looked for in the subject id and the summary (case-insensitive)
 */
public record OperationFilter(LocalDate from, LocalDate to, Long userId, String type, String subject) {

    public OperationFilter {
        type = type == null || type.isBlank() ? null : type.strip();
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Everything. */
    public static OperationFilter all() {
        return new OperationFilter(null, null, null, null, null);
    }
}
