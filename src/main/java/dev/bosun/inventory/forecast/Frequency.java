package dev.bosun.inventory.forecast;

import java.time.LocalDate;

/** How long one period of a demand series is; the seasonal period is the number of periods in a season. */
public enum Frequency {
    /** One value a day; the season is the week. */
    DAILY(7),
    /** One value a week (Monday to Sunday); the season is the year, about 52 weeks. */
    WEEKLY(52),
    /** One value a calendar month; the season is the year. */
    MONTHLY(12);

    private final int seasonalPeriod;

    Frequency(int seasonalPeriod) {
        this.seasonalPeriod = seasonalPeriod;
    }

    /** Periods in one season: 7 for days, 52 for weeks, 12 for months. */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /** The first day of the period {@code index} periods after the one starting on {@code start}. */
    public LocalDate plus(LocalDate start, long index) {
        return switch (this) {
            case DAILY -> start.plusDays(index);
            case WEEKLY -> start.plusWeeks(index);
            case MONTHLY -> start.plusMonths(index);
        };
    }

    /** Days in the period starting on {@code start}. */
    public int days(LocalDate start) {
        return switch (this) {
            case DAILY -> 1;
            case WEEKLY -> 7;
            case MONTHLY -> start.lengthOfMonth();
        };
    }
}
