package dev.bosun.orders.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times people type into Bosun's templates: ISO 8601 with an offset ({@code 2026-11-25T14:30:00+01:00},
 * {@code …Z}) or a wall-clock time without one ({@code 2026-11-25 14:30}, {@code 2026/11/25 14:30:05}, as Excel
 * writes it), which is taken in the time zone of the marketplace the row belongs to. A date without a time is
 * not a time: answer timers need the minute.
 */
public final class WallClockTime {

    private static final Pattern TIME = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:T|\\s+)"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private WallClockTime() {}

    /** The instant {@code text} names, a wall-clock time taken in {@code zone}; empty if it is no such time. */
    public static Optional<Instant> read(String text, ZoneId zone) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    nanos);
            ZoneId effective = m.group(8) == null ? zone : offset(m.group(8));
            return Optional.of(local.atZone(effective).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return text.startsWith("-")
                ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
}
