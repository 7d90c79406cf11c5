package dev.bosun.workflow.review.domain;

import dev.bosun.workflow.ItemStatus;
import java.time.LocalDate;

/**
 * What the planner needs to know of an item already stored.
 *
 * @param id the item's id
 * @param key its stable key
 * @param ruleId the rule that found it
 * @param status where it stands
 * @param firstSeen the first review date that found it
 * @param lastSeen the latest review date that found it
 * @param snoozedUntil the date a snoozed item comes back, else null
 * @param resolvedOn the review date a resolved item no longer fired, else null
 */
public record KnownItem(
        long id,
        String key,
        String ruleId,
        ItemStatus status,
        LocalDate firstSeen,
        LocalDate lastSeen,
        LocalDate snoozedUntil,
        LocalDate resolvedOn) {}
