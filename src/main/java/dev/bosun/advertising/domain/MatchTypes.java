package dev.bosun.advertising.domain;

import java.util.Locale;
import java.util.Set;

/**
 * One spelling for every match type, whichever file it comes from: the console writes {@code BROAD} and "-" for
 * product targets, the Ads API {@code BROAD} and {@code TARGETING_EXPRESSION(_PREDEFINED)}, bulk sheets
 * {@code broad}, {@code negativeExact} or {@code Negative Exact}. Product and automatic targets all become
 * {@code TARGETING_EXPRESSION}, so a console row and an API row about the same target share one key.
 */
public final class MatchTypes {

    public static final String TARGETING_EXPRESSION = "TARGETING_EXPRESSION";
    private static final Set<String> KEYWORD = Set.of("EXACT", "PHRASE", "BROAD");
    private static final Set<String> NEGATIVE = Set.of("NEGATIVE_EXACT", "NEGATIVE_PHRASE");

    private MatchTypes() {}

    /** The canonical match type, or null for an empty value. Unknown values come back upper-cased. */
    public static String canonical(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.equals("-") || s.equals("--")) {
            return TARGETING_EXPRESSION;
        }
        s = s.replaceAll("([a-z])([A-Z])", "$1_$2").replaceAll("[\\s\\-]+", "_").toUpperCase(Locale.ROOT);
        return s.startsWith(TARGETING_EXPRESSION) ? TARGETING_EXPRESSION : s;
    }

    /** EXACT, PHRASE or BROAD. */
    public static boolean isKeyword(String canonical) {
        return KEYWORD.contains(canonical);
    }

    /** NEGATIVE_EXACT or NEGATIVE_PHRASE. */
    public static boolean isNegative(String canonical) {
        return NEGATIVE.contains(canonical);
    }
}
