package dev.bosun.amazon.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a kind of report stopped arriving. A report counts as regular when it brought data for at least two
 * different days; its rhythm is the median gap between those days (1 for a daily download, 7 for a weekly one).
 * It is late when its latest day is more than the rhythm plus the allowed delay before the review date.
 */
public final class Freshness {

    private Freshness() {}

    /**
     * @param lastDay the latest day of data
     * @param ageDays days from the latest day of data to the review date
     * @param rhythmDays the usual number of days between two reports
     */
    public record Late(LocalDate lastDay, long ageDays, long rhythmDays) {}

    /**
     * @param days the distinct days the report brought data for, any order
     * @param reviewDate the review date
     * @param graceDays the delay allowed beyond the rhythm
     * @return the lateness, or empty when the report is on time or not regular
     */
    public static Optional<Late> check(List<LocalDate> days, LocalDate reviewDate, int graceDays) {
        List<LocalDate> sorted = days.stream()
                .filter(d -> !d.isAfter(reviewDate))
                .distinct()
                .sorted()
                .toList();
        if (sorted.size() < 2) {
            return Optional.empty();
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)));
        }
        gaps.sort(null);
        long rhythm = gaps.get((gaps.size() - 1) / 2);
        LocalDate last = sorted.get(sorted.size() - 1);
        long age = ChronoUnit.DAYS.between(last, reviewDate);
        return age > rhythm + graceDays ? Optional.of(new Late(last, age, rhythm)) : Optional.empty();
    }
}
