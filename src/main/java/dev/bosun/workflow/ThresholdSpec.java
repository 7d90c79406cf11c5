package dev.bosun.workflow;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold a rule uses, with its default and where that default comes from. Accounts may set their own value
 * on the Rules settings page; the source stays visible next to it.
 *
 * @param key the threshold's key within its rule, e.g. {@code limit} or {@code warning-share}; its label is the
 *     message {@code review.rule.<rule id>.threshold.<key>}
 * @param defaultValue the default, in {@code unit} (a fraction for {@link Unit#RATE}: 0.01 is 1 %)
 * @param unit how it is measured
 * @param min the smallest value an account may set (inclusive)
 * @param max the largest value an account may set (inclusive)
 * @param source the origin of the default in readable form, e.g. {@code ODR < 1 % (seed: 亚马逊运营助理每日工作)}
 */
public record ThresholdSpec(
        String key, BigDecimal defaultValue, Unit unit, BigDecimal min, BigDecimal max, String source) {

    public ThresholdSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(source, "source");
        if (!key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a threshold key is lower case letters, digits and dashes: " + key);
        }
        if (defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException("the default of " + key + " lies outside " + min + ".." + max);
        }
    }

    public static ThresholdSpec of(String key, String defaultValue, Unit unit, String min, String max, String source) {
        return new ThresholdSpec(
                key, new BigDecimal(defaultValue), unit, new BigDecimal(min), new BigDecimal(max), source);
    }

    /** Whether an account may set {@code value}. */
    public boolean allows(BigDecimal value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
