package dev.bosun.simulator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day an incident starts: a date, or a number of days before the last simulated day (0 is the last day itself),
 * which suits stores whose dates move, like the demo store that ends yesterday.
 */
public final class IncidentDay {

    private final LocalDate date;
    private final int daysBeforeEnd;

    private IncidentDay(LocalDate date, int daysBeforeEnd) {
        this.date = date;
        this.daysBeforeEnd = daysBeforeEnd;
    }

    /** A day by its date. */
    public static IncidentDay on(LocalDate date) {
        return new IncidentDay(Objects.requireNonNull(date, "date"), -1);
    }

    /** A day counted back from the last simulated day: 0 is the last day, 6 a week before it began. */
    public static IncidentDay daysBeforeEnd(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days before the end cannot be negative: " + days);
        }
        return new IncidentDay(null, days);
    }

    /** The date, when given as one; else null. */
    public LocalDate date() {
        return date;
    }

    /** The days before the end, when given so; else -1. */
    public int daysBeforeEnd() {
        return daysBeforeEnd;
    }

    /** The date in a simulation ending on {@code end}. */
    public LocalDate resolve(LocalDate end) {
        return date != null ? date : end.minusDays(daysBeforeEnd);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentDay d && Objects.equals(date, d.date) && daysBeforeEnd == d.daysBeforeEnd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, daysBeforeEnd);
    }

    @Override
    public String toString() {
        return date != null ? date.toString() : daysBeforeEnd + " days before the end";
    }
}
