package dev.bosun.workflow;

import java.time.Instant;

/** A comment on a task. */
public record TaskComment(long id, long taskId, long authorId, String authorName, Instant writtenAt, String text) {}
