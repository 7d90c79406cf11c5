package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the caller knows about demand that the history alone cannot tell: yearly seasonality as one factor per
 * calendar month (1.0 = an ordinary month) and known events ({@link DemandEvent}). A day's factor is its month's
 * factor times the factors of the events covering it; a week's or month's factor is the mean of its days' factors.
 *
 * <p>The forecaster divides the history by these factors before it fits (so last Prime Day's spike does not
 * raise the level) and multiplies the forecast by them (so next Prime Day is planned for).
 *
 * @param monthFactors twelve factors, January first, each above 0
 * @param events known events
 */
public record DemandUplifts(double[] monthFactors, List<DemandEvent> events) {

    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    public DemandUplifts {
        Objects.requireNonNull(monthFactors, "monthFactors");
        if (monthFactors.length != 12) {
            throw new IllegalArgumentException("expected 12 month factors, got " + monthFactors.length);
        }
        for (int m = 0; m < 12; m++) {
            if (!(monthFactors[m] > 0) || Double.isInfinite(monthFactors[m])) {
                throw new IllegalArgumentException(
                        "month factor " + (m + 1) + " must be above 0, got " + monthFactors[m]);
            }
        }
        monthFactors = monthFactors.clone();
        events = List.copyOf(events);
    }

    /** No seasonality, no events: every factor is 1. */
    public static DemandUplifts none() {
        return new DemandUplifts(FLAT, List.of());
    }

    /** These uplifts with {@code event} added. */
    public DemandUplifts with(DemandEvent event) {
        List<DemandEvent> more = new ArrayList<>(events);
        more.add(event);
        return new DemandUplifts(monthFactors, more);
    }

    /** These uplifts with yearly seasonality as twelve month factors, January first. */
    public DemandUplifts withMonthFactors(double... factors) {
        return new DemandUplifts(factors, events);
    }

    /** Whether every factor is 1. */
    public boolean isNeutral() {
        return events.isEmpty() && Arrays.equals(monthFactors, FLAT);
    }

    /** The factor of one day. */
    public double dayFactor(LocalDate day) {
        double factor = monthFactors[day.getMonthValue() - 1];
        for (DemandEvent event : events) {
            if (event.covers(day)) {
                factor *= event.factor();
            }
        }
        return factor;
    }

    /** The factor of the period of {@code frequency} starting on {@code start}: the mean of its days' factors. */
    public double factor(Frequency frequency, LocalDate start) {
        int days = frequency.days(start);
        if (days == 1) {
            return dayFactor(start);
        }
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += dayFactor(start.plusDays(d));
        }
        return sum / days;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemandUplifts that
                && Arrays.equals(monthFactors, that.monthFactors)
                && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(monthFactors) + events.hashCode();
    }

    @Override
    public String toString() {
        return "DemandUplifts" + Arrays.toString(monthFactors) + events;
    }
}
