package dev.bosun.advertising.domain;

import java.util.Locale;

/**
 * One spelling for the states and targeting types reports write in different ways: {@code enabled},
 * {@code ENABLED} and {@code Enabled} are ENABLED; "Manual targeting", {@code Manual} and {@code MANUAL} are
 * MANUAL; "Automatic targeting" and {@code Auto} are AUTO.
 */
public final class AdSettings {

    private AdSettings() {}

    /** ENABLED, PAUSED, ARCHIVED (or another state upper-cased); null for an empty value. */
    public static String state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("[\\s\\-]+", "_").toUpperCase(Locale.ROOT);
    }

    /** AUTO or MANUAL; other values upper-cased; null for an empty value. */
    public static String targetingType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("auto")) {
            return "AUTO";
        }
        if (s.startsWith("manual")) {
            return "MANUAL";
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
