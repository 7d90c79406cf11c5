package dev.bosun.workflow.notify.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed words of a chat message in the reader's language, looked up by the caller (the domain knows no
 * message source).
 *
 * @param urgencies the label of each urgency, e.g. {@code 紧急} for critical
 * @param openInBosun the text of the link to Bosun
 * @param morePattern a {@link MessageFormat} pattern with the number of notices left out as {0}
 * @param partPattern a pattern with the part number {0} and the number of parts {1}, for split messages
 */
public record Wording(
        Locale locale, Map<Urgency, String> urgencies, String openInBosun, String morePattern, String partPattern) {

    public Wording {
        urgencies = Map.copyOf(urgencies);
    }

    public String urgency(Urgency urgency) {
        return urgencies.getOrDefault(urgency, urgency.name());
    }

    public String more(int count) {
        return new MessageFormat(morePattern, locale).format(new Object[] {count});
    }

    public String part(int number, int of) {
        return new MessageFormat(partPattern, locale).format(new Object[] {number, of});
    }

    /** English wording, for tests and as the fallback. */
    public static Wording english() {
        return new Wording(
                Locale.ENGLISH,
                Map.of(Urgency.CRITICAL, "Critical", Urgency.WARNING, "Warning", Urgency.INFO, "Info"),
                "Open in Bosun",
                "{0} more in Bosun",
                "part {0} of {1}");
    }
}
