package dev.bosun.advertising;

import java.time.LocalDate;

/** One day of a drill-down scope's trend: its figures and ratios ({@link AdMeasures}) in one currency. */
public record AdTrendDay(LocalDate date, String currency, AdMeasures measures) {}
