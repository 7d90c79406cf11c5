package dev.bosun.workflow;

import dev.bosun.accounts.CurrentUser;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What an {@link ApprovedChangeExecutor} receives once a request is approved: exactly the content that was approved.
 *
 * @param requestId the approval request, for the module's own records
 * @param approver the approving user as the database knows them at the moment of approval
 */
public record ApprovedChange(
        long requestId,
        long organisationId,
        long accountId,
        String operationType,
        String subjectType,
        String subjectId,
        Map<String, String> before,
        Map<String, String> after,
        BigDecimal beforeAmount,
        BigDecimal afterAmount,
        long requestedBy,
        String requestedByName,
        CurrentUser approver) {}
