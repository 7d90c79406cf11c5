package dev.bosun.workflow;

/**
 * Published (as a Spring application event, inside the transaction) when a task gets an assignee other than the
 * person who made the change, so that the assignee can be told.
 */
public record TaskAssigned(long accountId, long taskId, long assigneeId, long assignedBy) {}
