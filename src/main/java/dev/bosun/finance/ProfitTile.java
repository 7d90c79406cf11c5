package dev.bosun.finance;

import java.time.LocalDate;

/**
 * A period on the profit dashboard with its figures in the reporting currency (null when an exchange rate is
 * missing).
 *
 * @param key {@code today}, {@code yesterday}, {@code last7}, {@code mtd}, {@code lastMonth} or {@code forecast}
 * @param forecast whether the figures are a forecast (the month-to-date run rate over the whole month)
 */
public record ProfitTile(String key, LocalDate from, LocalDate to, ProfitFigures figures, boolean forecast) {}
