package dev.bosun.inventory.forecast;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link DemandForecaster} works.
 *
 * @param horizon periods to forecast, at least 1
 * @param candidates methods the backtest chooses from (a method that does not fit a series, such as the weekday
 *     profile for a monthly series, is left out for it)
 * @param backtestWindows rolling origins of the backtest: the last ends at the end of the history, each earlier
 *     one half a horizon before
 * @param poolWeight how much a series' choice leans on the whole catalogue's backtest (0 = its own backtest only,
 *     1 = the same method for every series); short, noisy series choose badly alone
 * @param calibrate whether to scale the chosen forecasts by the factor (0.3 to 1.3) that minimised the catalogue's
 *     backtest error, learnt only when at least {@link #CALIBRATION_MIN_SERIES} series have a backtest
 * @param intervalLevels prediction interval coverages, each in (0, 1), e.g. 0.8 and 0.95
 * @param weekdayProfile the catalogue's day-of-week profile (seven factors, Monday first), or null to measure it
 *     on the daily series forecast together
 * @param errorWindows extra rolling origins, one a week (daily series) or one a period apart, at which the chosen
 *     method is refitted to measure the series' own errors over the horizon (for safety stock); 0 for none
 */
public record ForecastSettings(
        int horizon,
        Set<ForecastMethod> candidates,
        int backtestWindows,
        double poolWeight,
        boolean calibrate,
        double[] intervalLevels,
        double[] weekdayProfile,
        int errorWindows) {

    /** Fewest series with a backtest for a calibration factor other than 1. */
    public static final int CALIBRATION_MIN_SERIES = 20;

    /** The methods chosen from by default: all but {@link ForecastMethod#ZERO}. */
    public static final Set<ForecastMethod> AUTOMATIC = EnumSet.complementOf(EnumSet.of(ForecastMethod.ZERO));

    public ForecastSettings {
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1 period, got " + horizon);
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate method is needed");
        }
        candidates = Set.copyOf(candidates);
        if (backtestWindows < 1) {
            throw new IllegalArgumentException("at least one backtest window is needed, got " + backtestWindows);
        }
        if (!(poolWeight >= 0 && poolWeight <= 1)) {
            throw new IllegalArgumentException("the pool weight must be in [0, 1], got " + poolWeight);
        }
        Objects.requireNonNull(intervalLevels, "intervalLevels");
        intervalLevels = intervalLevels.clone();
        for (double level : intervalLevels) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("interval levels must be in (0, 1), got " + level);
            }
        }
        if (errorWindows < 0) {
            throw new IllegalArgumentException("error windows cannot be negative, got " + errorWindows);
        }
        if (weekdayProfile != null) {
            if (weekdayProfile.length != 7) {
                throw new IllegalArgumentException("a weekday profile has 7 factors, got " + weekdayProfile.length);
            }
            for (double factor : weekdayProfile) {
                if (!(factor >= 0) || Double.isInfinite(factor)) {
                    throw new IllegalArgumentException("weekday factors must be numbers not below 0");
                }
            }
            weekdayProfile = WeekdayProfile.normalised(weekdayProfile);
        }
    }

    /**
     * Automatic choice among {@link #AUTOMATIC} on three backtest windows, choices leaning 80 % on the catalogue,
     * calibrated, with 80 % and 95 % intervals.
     */
    public static ForecastSettings automatic(int horizon) {
        return new ForecastSettings(horizon, AUTOMATIC, 3, 0.8, true, new double[] {0.8, 0.95}, null, 0);
    }

    /** One method for every series (the backtest still runs, for the intervals). */
    public ForecastSettings only(ForecastMethod method) {
        return new ForecastSettings(
                horizon,
                Set.of(method),
                backtestWindows,
                poolWeight,
                calibrate,
                intervalLevels,
                weekdayProfile,
                errorWindows);
    }

    public ForecastSettings withHorizon(int periods) {
        return new ForecastSettings(
                periods,
                candidates,
                backtestWindows,
                poolWeight,
                calibrate,
                intervalLevels,
                weekdayProfile,
                errorWindows);
    }

    public ForecastSettings withCalibration(boolean on) {
        return new ForecastSettings(
                horizon, candidates, backtestWindows, poolWeight, on, intervalLevels, weekdayProfile, errorWindows);
    }

    public ForecastSettings withPoolWeight(double weight) {
        return new ForecastSettings(
                horizon, candidates, backtestWindows, weight, calibrate, intervalLevels, weekdayProfile, errorWindows);
    }

    public ForecastSettings withWeekdayProfile(double... profile) {
        return new ForecastSettings(
                horizon, candidates, backtestWindows, poolWeight, calibrate, intervalLevels, profile, errorWindows);
    }

    /** These settings measuring each series' own errors at {@code windows} extra rolling origins. */
    public ForecastSettings withErrorWindows(int windows) {
        return new ForecastSettings(
                horizon, candidates, backtestWindows, poolWeight, calibrate, intervalLevels, weekdayProfile, windows);
    }

    @Override
    public double[] intervalLevels() {
        return intervalLevels.clone();
    }

    @Override
    public double[] weekdayProfile() {
        return weekdayProfile == null ? null : weekdayProfile.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForecastSettings that
                && horizon == that.horizon
                && candidates.equals(that.candidates)
                && backtestWindows == that.backtestWindows
                && poolWeight == that.poolWeight
                && calibrate == that.calibrate
                && Arrays.equals(intervalLevels, that.intervalLevels)
                && Arrays.equals(weekdayProfile, that.weekdayProfile)
                && errorWindows == that.errorWindows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizon, candidates, backtestWindows, poolWeight, calibrate, errorWindows)
                + 31 * Arrays.hashCode(intervalLevels)
                + Arrays.hashCode(weekdayProfile);
    }

    @Override
    public String toString() {
        return "ForecastSettings[horizon=" + horizon + ", candidates=" + candidates + ", windows=" + backtestWindows
                + ", poolWeight=" + poolWeight + ", calibrate=" + calibrate + "]";
    }
}
