package dev.bosun.advertising.web;

import java.math.BigDecimal;

/** The target ACoS form's checks: a percentage between 0 and 500 (exclusive), a key for categories and ASINs. */
final class TargetInput {

    private TargetInput() {}

    /** A bad value: {@code code} names the message {@code ads.targets.error.<code>}; the text is for the API. */
    static final class Invalid extends IllegalArgumentException {
        final String code;

        Invalid(String code, String text) {
            super(text);
            this.code = code;
        }
    }

    /** The percentage typed ("25", "25 %", "25,5") as a fraction; null for an empty field (no own target). */
    static BigDecimal fraction(String percent) {
        if (percent == null || percent.isBlank()) {
            return null;
        }
        String text = percent.replace("%", "").replace(',', '.').strip();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Invalid("number", "a target ACoS is a percentage, e.g. 25");
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(500)) >= 0) {
            throw new Invalid("range", "a target ACoS lies above 0 % and below 500 %");
        }
        return value.movePointLeft(2);
    }

    static void check(String scope, String key) {
        String s = scope == null ? "" : scope.strip().toUpperCase(java.util.Locale.ROOT);
        if (!dev.bosun.advertising.AdAnalysis.TARGET_SCOPES.contains(s)) {
            throw new Invalid("scope", "the scope is ACCOUNT, CATEGORY or ASIN");
        }
        if (!s.equals("ACCOUNT") && (key == null || key.isBlank())) {
            throw new Invalid("key", "a category or ASIN target names its category or ASIN");
        }
        if (s.equals("ASIN") && !key.strip().matches("[A-Za-z0-9]{10}")) {
            throw new Invalid("asin", "an ASIN has 10 letters and digits");
        }
        if (key != null && key.strip().length() > 100) {
            throw new Invalid("long", "the key is at most 100 characters");
        }
    }
}
