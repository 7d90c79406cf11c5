package dev.bosun.workflow.tasks.domain;

import dev.bosun.accounts.Role;
import java.time.LocalDate;

/** Who may change what about tasks and review items, and which dates make sense. */
public final class TaskRules {

    /** How far ahead an item may be snoozed. */
    public static final int LONGEST_SNOOZE_DAYS = 90;

    private TaskRules() {}

    /**
     * Whether a user may change a task's status, assignee or due date: whoever made it, whoever does it, and
     * supervisors and above.
     */
    public static boolean mayChange(long userId, Role role, long createdBy, Long assigneeId) {
        return userId == createdBy || (assigneeId != null && userId == assigneeId) || role.atLeast(Role.SUPERVISOR);
    }

    /** Whether a user may dismiss an item for good: specialists and above (an assistant snoozes or asks). */
    public static boolean mayDismiss(Role role) {
        return role.atLeast(Role.SPECIALIST);
    }

    /**
     * Checks a snooze date: after today and at most {@link #LONGEST_SNOOZE_DAYS} ahead.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static LocalDate snoozeUntil(LocalDate until, LocalDate today) {
        if (until == null || !until.isAfter(today)) {
            throw new IllegalArgumentException("an item is snoozed until a day after today (" + today + ")");
        }
        if (until.isAfter(today.plusDays(LONGEST_SNOOZE_DAYS))) {
            throw new IllegalArgumentException(
                    "an item is snoozed for at most " + LONGEST_SNOOZE_DAYS + " days, not until " + until);
        }
        return until;
    }

    /**
     * Checks a due date: not before {@code today} when set (a task is not made overdue on purpose).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static LocalDate due(LocalDate due, LocalDate today) {
        if (due != null && due.isBefore(today)) {
            throw new IllegalArgumentException("a task cannot be due before today (" + today + "): " + due);
        }
        return due;
    }
}
