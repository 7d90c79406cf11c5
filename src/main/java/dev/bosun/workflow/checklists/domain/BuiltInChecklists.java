package dev.bosun.workflow.checklists.domain;

import dev.bosun.workflow.ChecklistSlot;
import java.util.List;

/**
 * The checklists every organisation starts with, after the routine of an operations assistant (运营助理): account
 * health before the morning meeting, the previous day's ads before noon, pending buyer messages before leaving (每日三查),
 * with the thresholds Bosun's product brief quotes. Lines are message keys ({@code checklist.line.<slot>.<n>}), so
 * each reader sees them in their language until the team rewrites them.
 */
public final class BuiltInChecklists {

    /** One built-in checklist: its slot, the key of its name and the keys of its lines in order. */
    public record Definition(ChecklistSlot slot, String nameKey, List<String> lineKeys) {}

    public static final List<Definition> ALL = List.of(
            definition(ChecklistSlot.MORNING, 6),
            definition(ChecklistSlot.NOON, 6),
            definition(ChecklistSlot.EVENING, 5));

    private BuiltInChecklists() {}

    private static Definition definition(ChecklistSlot slot, int lines) {
        String prefix = "checklist.line." + slot.name().toLowerCase(java.util.Locale.ROOT) + ".";
        return new Definition(
                slot,
                "checklist.builtin." + slot.name().toLowerCase(java.util.Locale.ROOT),
                java.util.stream.IntStream.rangeClosed(1, lines)
                        .mapToObj(n -> prefix + n)
                        .toList());
    }
}
