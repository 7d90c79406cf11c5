package dev.bosun.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the operations log as pages and exports show it.
 *
 * @param accountId the seller account, or null for a change of the whole organisation
 * @param userId who made or recorded the change, or null for Bosun itself
 * @param userName their display name at the time
 * @param byHand whether a user recorded a change made outside Bosun (e.g. in Seller Central)
 * @param occurredAt when the change happened
 * @param recordedAt when it was written into the log (later than {@code occurredAt} for changes recorded by hand)
 */
public record LoggedOperation(
        long id,
        Long accountId,
        Instant occurredAt,
        Instant recordedAt,
        Long userId,
        String userName,
        String type,
        boolean byHand,
        String channel,
        String subjectType,
        String subjectId,
        String summary,
        Map<String, String> before,
        Map<String, String> after,
        String note,
        Long taskId,
        Long approvalId) {

    public LoggedOperation {
        before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
