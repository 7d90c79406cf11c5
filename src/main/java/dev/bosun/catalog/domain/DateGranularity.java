package dev.bosun.catalog.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods of the SP-API Sales and Traffic report ({@code reportOptions.dateGranularity}). Amazon's weeks run
 * Sunday to Saturday; a report's start and end dates are widened to whole periods (schema
 * {@code sellerSalesAndTrafficReport.json}, dataStartTime and dataEndTime).
 */
public enum DateGranularity {
    DAY,
    WEEK,
    MONTH;

    /** The granularity Amazon names ({@code DAY}, {@code week}); empty for an unknown name. */
    public static Optional<DateGranularity> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first day of the period {@code day} falls in. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the period {@code day} falls in. */
    public LocalDate periodEnd(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
