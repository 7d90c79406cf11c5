package dev.bosun.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why an action item fired, in figures: what was measured over which window, what it is compared with, the
 * threshold it crossed (with the source of its default) and, for diagnoses, which likely causes were checked.
 * Stored as JSON with the item and rendered as text in the reader's language ({@link DailyReview#text}).
 *
 * @param from first day of the window the figures cover (marketplace days), or null when the figure is a snapshot
 * @param to last day of the window (or the snapshot day)
 * @param comparedFrom first day of the window the {@link Figure#previous()} values cover, or null
 * @param comparedTo last day of that comparison window, or null
 * @param figures the measured values, headline figure first
 * @param threshold the line the headline figure is held against, or null for rules without one
 * @param checks likely causes checked, each found or not (sales-drop diagnosis); empty for most rules
 * @param series the headline figure over time for the item's chart, oldest first; may be empty
 */
public record Evidence(
        LocalDate from,
        LocalDate to,
        LocalDate comparedFrom,
        LocalDate comparedTo,
        List<Figure> figures,
        Threshold threshold,
        List<Check> checks,
        Series series) {

    public Evidence {
        figures = figures == null ? List.of() : List.copyOf(figures);
        checks = checks == null ? List.of() : List.copyOf(checks);
        series = series == null ? Series.NONE : series;
    }

    /** Evidence over a window with figures and a threshold, no comparison, checks or series. */
    public static Evidence of(LocalDate from, LocalDate to, List<Figure> figures, Threshold threshold) {
        return new Evidence(from, to, null, null, figures, threshold, List.of(), Series.NONE);
    }

    /** The same evidence compared with an earlier window. */
    public Evidence comparedWith(LocalDate comparedFrom, LocalDate comparedTo) {
        return new Evidence(from, to, comparedFrom, comparedTo, figures, threshold, checks, series);
    }

    /** The same evidence with the causes checked. */
    public Evidence withChecks(List<Check> checks) {
        return new Evidence(from, to, comparedFrom, comparedTo, figures, threshold, checks, series);
    }

    /** The same evidence with the headline figure's history. */
    public Evidence withSeries(Series series) {
        return new Evidence(from, to, comparedFrom, comparedTo, figures, threshold, checks, series);
    }

    /** The first figure, the one the item is about; null when there is none. */
    public Figure headline() {
        return figures.isEmpty() ? null : figures.get(0);
    }

    /**
     * One measured value.
     *
     * @param key names the figure; its label is the message {@code review.figure.<key>} (e.g. {@code odr},
     *     {@code units}, {@code days-of-cover})
     * @param value the value over the evidence window (or on the snapshot day)
     * @param previous the value over the comparison window, or null
     * @param unit how the value is measured
     * @param currency the ISO currency code for {@link Unit#MONEY}, else null
     */
    public record Figure(String key, BigDecimal value, BigDecimal previous, Unit unit, String currency) {

        public Figure {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(unit, "unit");
        }

        public static Figure of(String key, BigDecimal value, Unit unit) {
            return new Figure(key, value, null, unit, null);
        }

        public static Figure of(String key, long value, Unit unit) {
            return new Figure(key, BigDecimal.valueOf(value), null, unit, null);
        }

        /** A value with the one it is compared with. */
        public static Figure compared(String key, BigDecimal value, BigDecimal previous, Unit unit) {
            return new Figure(key, value, previous, unit, null);
        }

        public static Figure money(String key, BigDecimal value, String currency) {
            return new Figure(key, value, null, Unit.MONEY, currency);
        }

        /** The relative change from {@code previous} to {@code value} as a fraction, or null when not defined. */
        public BigDecimal change() {
            if (value == null || previous == null || previous.signum() == 0) {
                return null;
            }
            return value.subtract(previous).divide(previous, 4, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * The line a figure is held against.
     *
     * @param key the threshold's key in its rule ({@link ThresholdSpec#key()}); its label is the message
     *     {@code review.rule.<rule>.threshold.<key>}
     * @param relation how a good value relates to the line: {@code <}, {@code <=}, {@code >} or {@code >=} (ODR
     *     {@code <} 1 %)
     * @param value the threshold in force for the account (the default or the account's own)
     * @param unit how it is measured
     * @param source where the default comes from, e.g. {@code ODR < 1 % (seed: 运营助理每日工作)}; for an
     *     account's own value, {@code account setting} followed by the default's source
     */
    public record Threshold(String key, String relation, BigDecimal value, Unit unit, String source) {

        public Threshold {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(relation, "relation");
            if (!java.util.Set.of("<", "<=", ">", ">=").contains(relation)) {
                throw new IllegalArgumentException("relation must be <, <=, > or >=, not " + relation);
            }
        }
    }

    /**
     * One likely cause a diagnosis looked at.
     *
     * @param key names the cause; its label is the message {@code review.check.<key>} (e.g. {@code stock-out})
     * @param found whether the cause was found in the data
     * @param detail the figures behind the answer, as neutral text (e.g. {@code 0 units on 2026-11-20}); may be
     *     null
     * @param known false when the data to decide was missing (then {@code found} is false and means "unknown")
     */
    public record Check(String key, boolean found, String detail, boolean known) {

        public static Check found(String key, String detail) {
            return new Check(key, true, detail, true);
        }

        public static Check notFound(String key, String detail) {
            return new Check(key, false, detail, true);
        }

        public static Check unknown(String key, String detail) {
            return new Check(key, false, detail, false);
        }
    }

    /**
     * A figure over time, for the item's chart.
     *
     * @param key the figure's key (label {@code review.figure.<key>})
     * @param unit how the values are measured
     * @param points the values by day, oldest first
     */
    public record Series(String key, Unit unit, List<Point> points) {

        /** No series. */
        public static final Series NONE = new Series("none", Unit.NUMBER, List.of());

        public Series {
            points = points == null ? List.of() : List.copyOf(points);
        }

        public boolean isEmpty() {
            return points.isEmpty();
        }
    }

    /** One value of a series. */
    public record Point(LocalDate date, BigDecimal value) {}
}
