package dev.bosun.workflow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds in force for one rule and account: the rule's defaults with the account's own values laid over
 * them.
 */
public final class Thresholds {

    private final Map<String, ThresholdSpec> specs = new LinkedHashMap<>();
    private final Map<String, BigDecimal> own;

    /**
     * @param specs the rule's thresholds
     * @param own the account's own values by key (keys the rule does not know are ignored)
     */
    public Thresholds(List<ThresholdSpec> specs, Map<String, BigDecimal> own) {
        specs.forEach(s -> this.specs.put(s.key(), s));
        this.own = Map.copyOf(own);
    }

    /** The rule's defaults only. */
    public static Thresholds defaults(List<ThresholdSpec> specs) {
        return new Thresholds(specs, Map.of());
    }

    /** The value in force; throws IllegalArgumentException for a key the rule does not declare. */
    public BigDecimal value(String key) {
        ThresholdSpec spec = spec(key);
        BigDecimal value = own.get(key);
        return value != null ? value : spec.defaultValue();
    }

    /** The value in force as a whole number (days, counts). */
    public int intValue(String key) {
        return value(key).intValue();
    }

    /** Whether the account set its own value for {@code key}. */
    public boolean isOwn(String key) {
        spec(key);
        return own.containsKey(key);
    }

    /** The declared threshold. */
    public ThresholdSpec spec(String key) {
        ThresholdSpec spec = specs.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("the rule declares no threshold '" + key + "' (it has " + keys() + ")");
        }
        return spec;
    }

    public Set<String> keys() {
        return specs.keySet();
    }

    /**
     * The threshold as evidence shows it: the value in force, and the source of the default, marked when the account
     * set its own value.
     *
     * @param relation how a good value relates to the line ({@code <}, {@code <=}, {@code >}, {@code >=})
     */
    public Evidence.Threshold evidence(String key, String relation) {
        ThresholdSpec spec = spec(key);
        String source = isOwn(key)
                ? "account setting; default " + spec.defaultValue().toPlainString() + ": " + spec.source()
                : spec.source();
        return new Evidence.Threshold(key, relation, value(key), spec.unit(), source);
    }
}
