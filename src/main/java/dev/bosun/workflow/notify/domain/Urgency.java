package dev.bosun.workflow.notify.domain;

import java.util.Locale;

/** How urgent a notice is, from least to most; subscriptions name the least urgency they want to hear of. */
public enum Urgency {
    INFO,
    WARNING,
    CRITICAL;

    /** Whether this urgency is {@code other} or more urgent. */
    public boolean atLeast(Urgency other) {
        return ordinal() >= other.ordinal();
    }

    /** Parses {@code critical}, {@code WARNING}...; unknown text is {@link #INFO}. */
    public static Urgency parse(String text) {
        if (text == null) {
            return INFO;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return INFO;
        }
    }

    public String messageKey() {
        return "notify.urgency." + name().toLowerCase(Locale.ROOT);
    }
}
