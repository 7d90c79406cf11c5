package dev.bosun.workflow.checklists.domain;

import dev.bosun.accounts.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Who may tick and untick which lines, and how an edited template keeps Bosun's own lines translatable. */
public final class TickRules {

    private TickRules() {}

    /**
     * Whether a checklist of {@code day} can still be ticked: today's, and yesterday's for the evening check done
     * after midnight. Older days are the record of what was done and stay as they are.
     */
    public static boolean open(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && !day.isBefore(today.minusDays(1));
    }

    /** Whether a user may take back a tick: their own, or anyone's for a supervisor and above. */
    public static boolean mayUntick(Long doneBy, long userId, Role role) {
        return doneBy == null || doneBy == userId || role.atLeast(Role.SUPERVISOR);
    }

    /**
     * The lines of an edited template: each typed line that reads exactly like one of the template's built-in lines
     * in the editor's language keeps that line's key (so colleagues still read it in their language); anything else
     * is the team's own text. Blank lines are dropped.
     *
     * @param builtIn the keys of the template's built-in lines
     * @param shown how a key reads in the editor's language
     * @return per line, either {@code Map.entry("key", key)} or {@code Map.entry("text", text)}
     */
    public static List<Map.Entry<String, String>> lines(
            List<String> typed, List<String> builtIn, Function<String, String> shown) {
        Map<String, String> keyOf = new java.util.HashMap<>();
        for (String key : builtIn) {
            keyOf.putIfAbsent(normal(shown.apply(key)), key);
        }
        return typed.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> keyOf.containsKey(normal(t)) ? Map.entry("key", keyOf.get(normal(t))) : Map.entry("text", t))
                .toList();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
