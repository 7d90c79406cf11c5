package dev.bosun.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule as an account has it: on or off, and the thresholds in force.
 *
 * @param ruleId the rule
 * @param area its area
 * @param severity its usual severity
 * @param role the role its items go to
 * @param enabled whether it runs for the account
 * @param thresholds the rule's declared thresholds with defaults and sources
 * @param own the account's own values by threshold key (empty when it uses the defaults)
 */
public record RuleSetting(
        String ruleId,
        ReviewArea area,
        Severity severity,
        dev.bosun.accounts.Role role,
        boolean enabled,
        List<ThresholdSpec> thresholds,
        Map<String, BigDecimal> own) {

    public RuleSetting {
        thresholds = List.copyOf(thresholds);
        own = Map.copyOf(own);
    }

    /** The value in force for a threshold. */
    public BigDecimal value(String key) {
        return new Thresholds(thresholds, own).value(key);
    }
}
