package dev.bosun.health.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Reads an account health rate against its line: beyond it, close to it (past the warning level), heading for it
 * (the trend of recent reports reaches the line within the horizon), or clear. Amazon acts when the line is
 * crossed; the point of watching the trend is to act before.
 *
 * <p>The trend is the least-squares line through the reports of the last {@value #TREND_DAYS} days (at least
 * {@value #MIN_POINTS} reports spanning at least {@value #MIN_SPAN_DAYS} days), projected {@code horizonDays}
 * past the latest report.
 */
public final class RateWatch {

    static final int TREND_DAYS = 60;
    static final int MIN_POINTS = 3;
    static final int MIN_SPAN_DAYS = 7;

    private RateWatch() {}

    /** Which side of the line is good. */
    public enum Direction {
        /** A defect rate: good below the line (ODR &lt; 1 %). */
        LOWER_IS_BETTER,
        /** A success rate: good above the line (valid tracking &gt; 95 %). */
        HIGHER_IS_BETTER;

        /** The relation a good value has to the line: {@code <} or {@code >}. */
        public String relation() {
            return this == LOWER_IS_BETTER ? "<" : ">";
        }
    }

    /** What the reading says, most serious first. */
    public enum Verdict {
        BEYOND,
        APPROACHING,
        TRENDING,
        CLEAR
    }

    /** One report of the rate: the last day of its window and the rate as a fraction. */
    public record Point(LocalDate day, BigDecimal rate) {
        public Point {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * @param latest the latest report
     * @param projected the trend's value at {@code projectedOn}; null when there is no usable trend
     * @param projectedOn the latest report's day plus the horizon; null without a trend
     * @param daysToLine days from the latest report until the trend reaches the line; null when it does not head
     *     for the line
     */
    public record Reading(
            Verdict verdict, Point latest, BigDecimal projected, LocalDate projectedOn, Integer daysToLine) {}

    /**
     * Reads the history of a rate.
     *
     * @param history the reports, any order; must not be empty
     * @param line the line Amazon holds the rate against
     * @param warnAt the level from which the rate counts as close to the line
     * @param horizonDays how far ahead the trend is projected
     */
    public static Reading read(
            List<Point> history, Direction direction, BigDecimal line, BigDecimal warnAt, int horizonDays) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no reports to read");
        }
        List<Point> sorted = history.stream()
                .sorted(java.util.Comparator.comparing(Point::day))
                .toList();
        Point latest = sorted.get(sorted.size() - 1);
        LocalDate since = latest.day().minusDays(TREND_DAYS);
        List<Point> recent = sorted.stream().filter(p -> p.day().isAfter(since)).toList();

        BigDecimal projected = null;
        LocalDate projectedOn = null;
        Integer daysToLine = null;
        double slope = Double.NaN;
        if (recent.size() >= MIN_POINTS
                && ChronoUnit.DAYS.between(recent.get(0).day(), latest.day()) >= MIN_SPAN_DAYS) {
            slope = slope(recent, latest.day());
            projectedOn = latest.day().plusDays(horizonDays);
            projected = BigDecimal.valueOf(latest.rate().doubleValue() + slope * horizonDays)
                    .setScale(4, RoundingMode.HALF_UP);
            double towards = direction == Direction.LOWER_IS_BETTER ? slope : -slope;
            double gap = Math.abs(line.doubleValue() - latest.rate().doubleValue());
            if (towards > 0 && !worse(latest.rate(), line, direction)) {
                daysToLine = (int) Math.ceil(gap / towards);
            }
        }

        Verdict verdict;
        if (!better(latest.rate(), line, direction)) {
            verdict = Verdict.BEYOND;
        } else if (!better(latest.rate(), warnAt, direction)) {
            verdict = Verdict.APPROACHING;
        } else if (daysToLine != null && daysToLine <= horizonDays) {
            verdict = Verdict.TRENDING;
        } else {
            verdict = Verdict.CLEAR;
        }
        return new Reading(verdict, latest, projected, projectedOn, daysToLine);
    }

    /** Whether {@code rate} is on the good side of {@code level} (strictly). */
    static boolean better(BigDecimal rate, BigDecimal level, Direction direction) {
        int c = rate.compareTo(level);
        return direction == Direction.LOWER_IS_BETTER ? c < 0 : c > 0;
    }

    private static boolean worse(BigDecimal rate, BigDecimal line, Direction direction) {
        return !better(rate, line, direction);
    }

    /** Least-squares slope per day. */
    private static double slope(List<Point> points, LocalDate origin) {
        int n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double x = ChronoUnit.DAYS.between(origin, p.day());
            double y = p.rate().doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double denominator = n * sxx - sx * sx;
        return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
    }
}
