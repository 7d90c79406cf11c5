package dev.bosun.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of work of a seller account: who does it, by when, where it stands, and the review item it came from.
 *
 * @param description what to do and why; for a task made from an item, the suggested action and the evidence as
 *     they read then
 * @param itemId the action item it was made from, or null for a task added by hand
 * @param itemKey the item's stable key (the same problem on a later day has the same key)
 * @param assigneeId who does it, or null while nobody was chosen
 * @param dueOn the day it is due, in the account's days, or null
 * @param doneAt when it was done, for {@link TaskStatus#DONE}
 */
public record Task(
        long id,
        long accountId,
        String title,
        String description,
        Long itemId,
        String itemKey,
        String ruleId,
        String subjectType,
        String subjectId,
        Long assigneeId,
        String assigneeName,
        LocalDate dueOn,
        TaskStatus status,
        long createdBy,
        String createdByName,
        Instant createdAt,
        Instant updatedAt,
        Instant doneAt) {

    /** Whether the task is not done and its due day is before {@code today}. */
    public boolean overdue(LocalDate today) {
        return status != TaskStatus.DONE && dueOn != null && dueOn.isBefore(today);
    }
}
