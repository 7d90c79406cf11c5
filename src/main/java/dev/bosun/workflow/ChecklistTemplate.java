package dev.bosun.workflow;

import java.time.Instant;
import java.util.List;

/**
 * An organisation's checklist template: a named list of lines for one time of day, and the review areas whose items
 * the day's checklist shows next to the lines.
 *
 * @param name the team's own name, or null for a built-in template named by {@code nameKey}
 * @param nameKey the message key of a built-in template's name, or null
 * @param active whether a checklist is made from it each day
 */
public record ChecklistTemplate(
        long id,
        ChecklistSlot slot,
        String name,
        String nameKey,
        int position,
        List<ReviewArea> reviewAreas,
        boolean active,
        List<Line> lines,
        String updatedBy,
        Instant updatedAt) {

    public ChecklistTemplate {
        reviewAreas = List.copyOf(reviewAreas);
        lines = List.copyOf(lines);
    }

    /**
     * One line: the team's own text, or the message key of one of Bosun's built-in lines (shown in each reader's
     * language).
     */
    public record Line(String text, String textKey) {

        public Line {
            if ((text == null || text.isBlank()) && textKey == null) {
                throw new IllegalArgumentException("a checklist line needs a text");
            }
        }
    }
}
