package dev.bosun.workflow;

import java.util.List;
import java.util.Locale;

/**
 * The three daily checks of 每日三查: morning account health before the team meeting, ad performance before noon,
 * pending buyer messages before the end of the day. Each attaches the day's review items of its areas by default.
 */
public enum ChecklistSlot {
    MORNING(List.of(ReviewArea.HEALTH, ReviewArea.INVENTORY, ReviewArea.DATA)),
    NOON(List.of(ReviewArea.ADVERTISING, ReviewArea.LISTINGS)),
    EVENING(List.of(ReviewArea.MESSAGES, ReviewArea.ORDERS, ReviewArea.REVIEWS));

    private final List<ReviewArea> defaultAreas;

    ChecklistSlot(List<ReviewArea> defaultAreas) {
        this.defaultAreas = defaultAreas;
    }

    /** The review areas a new checklist of this slot attaches items of. */
    public List<ReviewArea> defaultAreas() {
        return defaultAreas;
    }

    /** The message key of the slot's name, {@code checklist.slot.morning} … */
    public String messageKey() {
        return "checklist.slot." + name().toLowerCase(Locale.ROOT);
    }
}
