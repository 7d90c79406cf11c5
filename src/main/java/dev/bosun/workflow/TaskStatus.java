package dev.bosun.workflow;

import java.util.Locale;

/** Where a task stands: open → in progress → done (and back, when it turns out not to be done). */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    public String messageKey() {
        return "task.status." + name().toLowerCase(Locale.ROOT);
    }
}
