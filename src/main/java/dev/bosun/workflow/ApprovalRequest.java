package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A proposed change waiting for (or past) a second person's decision. Its content never changes once submitted: a
 * revised change is a new request that {@code replaces} the old one.
 *
 * @param approverRole the least role that may approve, as the policy said when the request was made
 * @param decidedBy who approved, rejected (or, for a withdrawn request, withdrew) it; null while pending
 * @param decisionNote the approver's comment, or the reason of a rejection
 * @param executedAt when the owning module applied an approved change
 * @param executionError why the owning module could not apply it ({@link ApprovalStatus#FAILED})
 * @param replacesId the request this one revises, or null
 */
public record ApprovalRequest(
        long id,
        long accountId,
        String operationType,
        String subjectType,
        String subjectId,
        String subjectLabel,
        Map<String, String> before,
        Map<String, String> after,
        BigDecimal beforeAmount,
        BigDecimal afterAmount,
        String reason,
        String evidenceUrl,
        Role approverRole,
        long requestedBy,
        String requestedByName,
        Instant requestedAt,
        ApprovalStatus status,
        Long decidedBy,
        String decidedByName,
        Instant decidedAt,
        String decisionNote,
        Instant executedAt,
        String executionError,
        Long replacesId) {

    public ApprovalRequest {
        before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }

    /** The subject as people read it. */
    public String subjectShown() {
        return subjectLabel == null ? subjectId : subjectLabel;
    }

    /** The names of the values before and after, in order, for a side-by-side table. */
    public java.util.List<String> valueNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        return java.util.List.copyOf(names);
    }
}
