package dev.bosun.workflow;

/**
 * Published (as a Spring application event, inside the deciding transaction) when a request was approved (and
 * applied or failed), rejected or withdrawn, so that the requester can be told.
 */
public record ApprovalDecided(
        long accountId, long requestId, long requestedBy, long decidedBy, ApprovalStatus status) {}
