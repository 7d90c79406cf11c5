package dev.bosun.inventory.forecast;

/** The forecast methods Bosun knows; {@link DemandForecaster} chooses one per series by backtest. */
public enum ForecastMethod {
    /** Nothing will sell. A benchmark line; never chosen automatically (see docs/forecasting.md). */
    ZERO("zero"),
    /** Each period repeats the same period one season earlier (last week's Tuesday for next Tuesday). */
    SEASONAL_NAIVE("seasonal naive"),
    /** Simple exponential smoothing: a level that follows the sales, smoothing weight fitted per series. */
    SES("SES"),
    /** Holt's linear trend with a damped trend (additive-error ETS(A,Ad,N)), three weights fitted per series. */
    DAMPED_TREND("damped trend"),
    /**
     * Weekday profile times level: the level is smoothed on sales divided by the day-of-week profile (the item's
     * own shrunk toward the catalogue's), with the history's top 5 % of days capped; daily series only.
     */
    WEEKDAY_LEVEL("weekday × level"),
    /** Croston's method: demand size and interval between demands smoothed apart (weight 0.1). */
    CROSTON("Croston"),
    /** Syntetos–Boylan approximation: Croston times (1 − α/2), removing Croston's upward bias. */
    SBA("SBA"),
    /**
     * Teunter–Syntetos–Babai: demand size and the probability of a demand in a period smoothed apart (0.2 and
     * 0.1); the probability decays in every period without demand, so dying items fade out.
     */
    TSB("TSB");

    private final String label;

    ForecastMethod(String label) {
        this.label = label;
    }

    /** A short name for people. */
    public String label() {
        return label;
    }
}
