package dev.bosun.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision to put a review item aside (or to take it back), with the reason.
 *
 * @param decision {@code DISMISSED}, {@code SNOOZED} or {@code REOPENED}
 * @param snoozedUntil the day a snoozed item comes back
 */
public record ItemDecision(
        long id,
        long accountId,
        long itemId,
        String itemKey,
        String ruleId,
        String decision,
        String reason,
        LocalDate snoozedUntil,
        long decidedBy,
        String decidedByName,
        Instant decidedAt) {}
