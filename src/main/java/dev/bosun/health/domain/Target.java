package dev.bosun.health.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A target Amazon sets for a performance metric: a value and a condition the metric must satisfy to stay in good
 * standing ("rate LESS_THAN 0.01"). Amazon returns the target with each metric; Bosun uses the one reported rather
 * than a fixed threshold, since targets differ by marketplace and change over time.
 *
 * @param value the target value (a fraction for rates, a count for violations)
 * @param condition GREATER_THAN, LESS_THAN or EQUALS (the report schema), or LESS_THAN_OR_EQUAL /
 *     GREATER_THAN_OR_EQUAL as seen in some reports
 */
public record Target(BigDecimal value, String condition) {

    /** Whether {@code actual} meets the target; empty when the target or the value is missing or unknown. */
    public Optional<Boolean> metBy(BigDecimal actual) {
        if (actual == null || value == null || condition == null) {
            return Optional.empty();
        }
        int comparison = actual.compareTo(value);
        return switch (condition.strip().toUpperCase(Locale.ROOT)) {
            case "LESS_THAN" -> Optional.of(comparison < 0);
            case "LESS_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL_TO" -> Optional.of(comparison <= 0);
            case "GREATER_THAN" -> Optional.of(comparison > 0);
            case "GREATER_THAN_OR_EQUAL", "GREATER_THAN_OR_EQUAL_TO" -> Optional.of(comparison >= 0);
            case "EQUALS", "EQUAL" -> Optional.of(comparison == 0);
            default -> Optional.empty();
        };
    }
}
