package dev.bosun.amazon.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, as its file name states it: {@code …2026-11-24.csv} for one day,
 * {@code …2026-11-01_2026-11-24.csv} for a range (the forms Bosun documents for Business Report downloads).
 */
public record FilePeriod(LocalDate from, LocalDate to) {

    private static final Pattern RANGE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:_(\\d{4}-\\d{2}-\\d{2}))?(?:\\.[A-Za-z0-9]+)*$");

    public FilePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + ".." + to);
        }
    }

    /** The period in the file name, if it ends with one. */
    public static Optional<FilePeriod> fromFileName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        Matcher m = RANGE.matcher(base);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(m.group(1));
            LocalDate to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
            return to.isBefore(from) ? Optional.empty() : Optional.of(new FilePeriod(from, to));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Parses {@code FROM..TO} or a single day, as given on the command line. */
    public static FilePeriod parse(String text) {
        String[] parts = text.strip().split("\\.\\.", -1);
        try {
            LocalDate from = LocalDate.parse(parts[0].strip());
            LocalDate to = parts.length > 1 ? LocalDate.parse(parts[1].strip()) : from;
            return new FilePeriod(from, to);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "a period is YYYY-MM-DD..YYYY-MM-DD or one day YYYY-MM-DD, got '" + text + "'");
        }
    }
}
