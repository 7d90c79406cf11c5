package dev.bosun.amazon.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, as its file name states it: {@code …2026-11-24.csv} for one day,
 * {@code …2026-11-01_2026-11-24.csv} for a range (the forms Bosun documents for Business Report downloads). For
 * reports that are a snapshot of the day they were downloaded, {@link #daysInFileName} finds the dates anywhere in
 * the name, in the forms downloads and saved copies carry.
 */
public record FilePeriod(LocalDate from, LocalDate to) {

    private static final Pattern RANGE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:_(\\d{4}-\\d{2}-\\d{2}))?(?:\\.[A-Za-z0-9]+)*$");

    /** {@code 2026-11-24}, {@code 2026_11_24} or {@code 2026.11.24}, not inside a longer number. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\d)");
    /** {@code 11-24-2026}: Seller Central names its report downloads {@code Inventory+Report+11-24-2026.txt}. */
    private static final Pattern YEAR_LAST = Pattern.compile("(?<!\\d)(\\d{2})-(\\d{2})-(\\d{4})(?!\\d)");
    /** {@code 20261124}, a stamp of exactly eight digits (longer numbers are report ids, not dates). */
    private static final Pattern STAMP = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

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

    /**
     * The calendar days a file name holds anywhere in it, in the order they appear, each once: {@code 2026-11-24}
     * (also with {@code _} or {@code .}), {@code 11-24-2026} (month first, as Seller Central names downloads; day
     * first only when the first number cannot be a month) and eight-digit stamps such as {@code 20261124}. Only
     * years 2000 to 2099 count, so numbers such as report ids are not taken for dates. For an entry of an archive
     * ({@code archive.zip!/entry.txt}) the entry's name is searched first, then the archive's.
     */
    public static List<LocalDate> daysInFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        int entry = name.lastIndexOf("!/");
        if (entry >= 0) {
            List<LocalDate> inEntry = daysIn(baseName(name.substring(entry + 2)));
            return inEntry.isEmpty() ? daysIn(baseName(name.substring(0, entry))) : inEntry;
        }
        return daysIn(baseName(name));
    }

    private static List<LocalDate> daysIn(String base) {
        record Found(int at, LocalDate day) {}
        List<Found> found = new ArrayList<>();
        Matcher m = YEAR_FIRST.matcher(base);
        while (m.find()) {
            day(m.group(1), m.group(3), m.group(4)).ifPresent(d -> found.add(new Found(m.start(), d)));
        }
        Matcher us = YEAR_LAST.matcher(base);
        while (us.find()) {
            Optional<LocalDate> monthFirst = day(us.group(3), us.group(1), us.group(2));
            Optional<LocalDate> day = monthFirst.isPresent() || Integer.parseInt(us.group(1)) <= 12
                    ? monthFirst
                    : day(us.group(3), us.group(2), us.group(1));
            day.ifPresent(d -> found.add(new Found(us.start(), d)));
        }
        Matcher stamp = STAMP.matcher(base);
        while (stamp.find()) {
            day(stamp.group(1), stamp.group(2), stamp.group(3)).ifPresent(d -> found.add(new Found(stamp.start(), d)));
        }
        found.sort(java.util.Comparator.comparingInt(Found::at));
        Set<LocalDate> days = new LinkedHashSet<>();
        found.forEach(f -> days.add(f.day()));
        return List.copyOf(days);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 2000 || y > 2099) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
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
