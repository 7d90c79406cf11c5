package dev.bosun.workflow;

import java.util.List;

/**
 * An action item rendered in one language, for pages, the CLI, digests and webhooks.
 *
 * @param title the problem in one line
 * @param action the suggested action
 * @param evidence the evidence as lines: the figures with their window and comparison, the threshold with its
 *     source, the causes checked
 * @param ruleName the rule's display name
 */
public record ItemText(String title, String action, List<String> evidence, String ruleName) {

    public ItemText {
        evidence = List.copyOf(evidence);
    }
}
