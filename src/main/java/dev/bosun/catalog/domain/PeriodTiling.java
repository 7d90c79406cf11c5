package dev.bosun.catalog.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which report periods add up to a window of days without gaps or overlaps. Business reports are downloaded for any
 * period (a day, a week, the last 30 days), and the same days may come in two files; adding figures is only right
 * when the chosen periods tile the window exactly. Longer periods are preferred (fewer files, fewer rounding
 * differences).
 */
public final class PeriodTiling {

    private PeriodTiling() {}

    /** A report period, first to last day inclusive. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
            }
        }

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /**
     * Periods from {@code available} that tile {@code from..to} exactly, in order; empty when no choice does.
     */
    public static Optional<List<Period>> tile(Collection<Period> available, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<Period> inside = available.stream()
                .filter(p -> !p.from().isBefore(from) && !p.to().isAfter(to))
                .distinct()
                .sorted(Comparator.comparing(Period::days).reversed())
                .toList();
        // best[i]: the fewest periods tiling the first i days, as the last period used; filled from the end
        Period[] last = new Period[days + 1];
        int[] count = new int[days + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int i = 0; i < days; i++) {
            if (count[i] == Integer.MAX_VALUE) {
                continue;
            }
            LocalDate start = from.plusDays(i);
            for (Period p : inside) {
                if (!p.from().equals(start)) {
                    continue;
                }
                int end = i + (int) p.days();
                if (count[i] + 1 < count[end]) {
                    count[end] = count[i] + 1;
                    last[end] = p;
                }
            }
        }
        if (count[days] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Period> chosen = new ArrayList<>();
        int at = days;
        while (at > 0) {
            Period p = last[at];
            chosen.add(0, p);
            at -= (int) p.days();
        }
        return Optional.of(List.copyOf(chosen));
    }
}
