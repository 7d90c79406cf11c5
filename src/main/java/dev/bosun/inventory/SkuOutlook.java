package dev.bosun.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * A SKU's demand and stock seen from one day: the daily sales history (with the days it was out of stock, whose
 * sales do not show demand), the forecast with its 80 % and 95 % prediction intervals, the stock position day by day
 * and the replenishment line of the day.
 */
public record SkuOutlook(
        ReplenishmentLine line,
        List<SoldDay> history,
        List<ForecastDay> forecast,
        List<StockPosition> stock,
        List<StockCount> counts) {

    /**
     * Units sold on a day.
     *
     * @param observed false when the SKU was out of stock at FBA that day (censored: demand was at least this)
     */
    public record SoldDay(LocalDate day, double units, boolean observed) {}

    /** Forecast units on a day with the bounds of the 80 % and 95 % prediction intervals. */
    public record ForecastDay(LocalDate day, double mean, double low80, double high80, double low95, double high95) {}
}
