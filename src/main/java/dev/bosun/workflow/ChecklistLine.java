package dev.bosun.workflow;

import java.time.Instant;

/**
 * One line of a day's checklist and who ticked it when.
 *
 * @param text the team's own text, or null for a built-in line named by {@code textKey}
 * @param doneBy the user who ticked it, or null while it is open
 * @param doneByName their display name at the time
 */
public record ChecklistLine(
        long id,
        long checklistId,
        int position,
        String text,
        String textKey,
        Long doneBy,
        String doneByName,
        Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
