package dev.bosun.workflow.review.domain;

import dev.bosun.workflow.Finding;

/**
 * A rule's finding with the stable key that makes tomorrow's finding of the same problem the same item.
 *
 * @param ruleId the rule
 * @param key {@code <rule id>/<subject key>} plus {@code /<variant>} when the finding has one
 * @param finding the finding
 */
public record KeyedFinding(String ruleId, String key, Finding finding) {

    public static KeyedFinding of(String ruleId, Finding finding) {
        String key =
                ruleId + "/" + finding.subject().key() + (finding.variant().isEmpty() ? "" : "/" + finding.variant());
        return new KeyedFinding(ruleId, key, finding);
    }
}
