package dev.bosun.workflow.notify.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who wants to hear what on one channel: on or off, the least urgency, the review areas (empty = all), and
 * per-rule choices that win over both ({@link RuleChoice#FOLLOW} = always, {@link RuleChoice#MUTE} = never).
 */
public record Subscription(boolean enabled, Urgency minimum, Set<String> areas, Map<String, RuleChoice> rules) {

    /** What a user gets before choosing anything: warnings and worse, every area. */
    public static final Subscription DEFAULT = new Subscription(true, Urgency.WARNING, Set.of(), Map.of());

    /** Off: nothing at all, whatever the rules say. */
    public static final Subscription OFF = new Subscription(false, Urgency.CRITICAL, Set.of(), Map.of());

    public Subscription {
        areas = areas.stream().map(a -> a.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        rules = Map.copyOf(rules);
    }

    /** Whether this notice is one the subscriber wants. */
    public boolean wants(Notice notice) {
        if (!enabled) {
            return false;
        }
        RuleChoice choice = notice.ruleId() == null ? null : rules.get(notice.ruleId());
        if (choice == RuleChoice.MUTE) {
            return false;
        }
        if (choice == RuleChoice.FOLLOW) {
            return true;
        }
        return notice.urgency().atLeast(minimum)
                && (areas.isEmpty()
                        || (notice.area() != null
                                && areas.contains(notice.area().toUpperCase(Locale.ROOT))));
    }

    public Subscription withRules(Map<String, RuleChoice> choices) {
        return new Subscription(enabled, minimum, areas, choices);
    }

    /** Areas as stored: upper case, comma-separated. */
    public String areasText() {
        return areas.stream().sorted().collect(Collectors.joining(","));
    }

    public static Set<String> parseAreas(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A user's or a group chat's choice for one rule. */
    public enum RuleChoice {
        FOLLOW,
        MUTE
    }
}
