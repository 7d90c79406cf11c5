package dev.bosun.workflow;

import dev.bosun.accounts.Role;

/**
 * Published (as a Spring application event, inside the submitting transaction) when a change waits for approval, so
 * that people of {@code approverRole} or above on the account can be told. Read the request with
 * {@link Approvals#request}.
 */
public record ApprovalRequested(
        long accountId, long requestId, String operationType, long requestedBy, Role approverRole) {}
