package dev.bosun.workflow.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values typed into a text box, one per line as {@code name: value} (or with the full-width colon); a line without a name is the value of
 * {@code value}. Used where a user records before/after values by hand.
 */
public final class ValueLines {

    /** The name given to a line without one. */
    public static final String DEFAULT_NAME = "value";

    private ValueLines() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = separator(trimmed);
            if (colon > 0 && colon < trimmed.length() - 1) {
                values.put(
                        trimmed.substring(0, colon).strip(),
                        trimmed.substring(colon + 1).strip());
            } else {
                values.put(
                        values.containsKey(DEFAULT_NAME) ? DEFAULT_NAME + (values.size() + 1) : DEFAULT_NAME, trimmed);
            }
        }
        return values;
    }

    /** The first {@code ": "} or full-width {@code "："}, so that {@code https://…} stays one value. */
    private static int separator(String line) {
        int ascii = line.indexOf(": ");
        int wide = line.indexOf('\uFF1A');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
