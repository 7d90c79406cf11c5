package dev.bosun.workflow;

import java.util.List;

/**
 * A checklist template as a supervisor writes it: a name, the time of day, the review areas whose items it shows,
 * whether it is in use, and its lines in order.
 */
public record TemplateDraft(
        String name, ChecklistSlot slot, List<ReviewArea> reviewAreas, boolean active, List<String> lines) {

    public TemplateDraft {
        name = name == null ? "" : name.strip();
        if (slot == null) {
            throw new IllegalArgumentException("say when in the day the checklist is done");
        }
        reviewAreas = reviewAreas == null ? List.of() : List.copyOf(reviewAreas);
        lines = lines == null
                ? List.of()
                : lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (name.length() > 120) {
            throw new IllegalArgumentException("a checklist name has at most 120 characters");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one line");
        }
        if (lines.size() > 40) {
            throw new IllegalArgumentException("a checklist has at most 40 lines, not " + lines.size());
        }
        for (String line : lines) {
            if (line.length() > 300) {
                throw new IllegalArgumentException("a line has at most 300 characters: " + line.substring(0, 40) + "…");
            }
        }
    }
}
