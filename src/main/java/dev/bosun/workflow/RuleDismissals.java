package dev.bosun.workflow;

import java.time.Instant;

/**
 * How often the items of one rule were dismissed on an account: a rule whose items are mostly dismissed cries wolf
 * and wants other thresholds.
 *
 * @param items how many different items of the rule were dismissed
 * @param dismissals how many dismissals (an item may come back and be dismissed again)
 * @param tasks how many tasks were made from the rule's items in the same time
 * @param lastReason the reason of the latest dismissal
 */
public record RuleDismissals(
        String ruleId, long items, long dismissals, long tasks, String lastReason, String lastBy, Instant lastAt) {}
