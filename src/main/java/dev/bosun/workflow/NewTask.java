package dev.bosun.workflow;

import java.time.LocalDate;

/**
 * A task as someone adds it by hand.
 *
 * @param assigneeId who does it, or null for the one who adds it
 * @param dueOn the day it is due, or null
 */
public record NewTask(String title, String description, Long assigneeId, LocalDate dueOn) {

    public NewTask {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a task needs a title");
        }
        if (title.length() > 300) {
            throw new IllegalArgumentException("a task title has at most 300 characters");
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > 4000) {
            throw new IllegalArgumentException("a task description has at most 4000 characters");
        }
    }
}
