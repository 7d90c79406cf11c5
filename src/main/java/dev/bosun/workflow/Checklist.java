package dev.bosun.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * One checklist of one seller account and day, made from a template when the day was first opened.
 *
 * @param name the team's own name, or null for a built-in checklist named by {@code nameKey}
 * @param reviewAreas the areas whose review items are shown with it
 */
public record Checklist(
        long id,
        long accountId,
        LocalDate day,
        long templateId,
        ChecklistSlot slot,
        String name,
        String nameKey,
        List<ReviewArea> reviewAreas,
        List<ChecklistLine> lines) {

    public Checklist {
        reviewAreas = List.copyOf(reviewAreas);
        lines = List.copyOf(lines);
    }

    public long done() {
        return lines.stream().filter(ChecklistLine::done).count();
    }

    public int total() {
        return lines.size();
    }

    public boolean complete() {
        return !lines.isEmpty() && done() == lines.size();
    }
}
