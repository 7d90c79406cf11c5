package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The demand history of one SKU in one marketplace: units sold per period, oldest first, and which periods show
 * demand at all. A period in which the SKU was out of stock (or the shop closed) is <em>censored</em>: its sales
 * say only that demand was at least that much, so the forecaster treats it as missing, never as zero demand.
 *
 * @param id the caller's key, e.g. SKU and marketplace
 * @param start first day of the first period
 * @param frequency period length
 * @param units units sold per period, finite and not negative
 * @param observed per period, whether the sales show the demand (in stock, shop open); same length as units
 * @param uplifts known seasonality and events for this SKU
 */
public record DemandHistory(
        String id, LocalDate start, Frequency frequency, double[] units, boolean[] observed, DemandUplifts uplifts) {

    public DemandHistory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(units, "units");
        if (observed == null) {
            observed = new boolean[units.length];
            Arrays.fill(observed, true);
        } else if (observed.length != units.length) {
            throw new IllegalArgumentException(
                    id + ": " + units.length + " periods of units but " + observed.length + " in-stock flags");
        } else {
            observed = observed.clone();
        }
        units = units.clone();
        for (int i = 0; i < units.length; i++) {
            if (!(units[i] >= 0) || Double.isInfinite(units[i])) {
                throw new IllegalArgumentException(id + ": units of period " + (i + 1) + " (" + frequency.plus(start, i)
                        + ") must be a number not below 0, got " + units[i]);
            }
        }
        uplifts = uplifts == null ? DemandUplifts.none() : uplifts;
    }

    /** A daily history with every day observed and no uplifts. */
    public static DemandHistory daily(String id, LocalDate start, double... units) {
        return new DemandHistory(id, start, Frequency.DAILY, units, null, null);
    }

    /** A monthly history (start = first day of the first month) with every month observed and no uplifts. */
    public static DemandHistory monthly(String id, LocalDate start, double... units) {
        return new DemandHistory(id, start.withDayOfMonth(1), Frequency.MONTHLY, units, null, null);
    }

    /** This history with the given in-stock flags: {@code false} marks a censored period. */
    public DemandHistory withObserved(boolean[] inStock) {
        return new DemandHistory(id, start, frequency, units, inStock, uplifts);
    }

    /** This history with known seasonality and events. */
    public DemandHistory withUplifts(DemandUplifts known) {
        return new DemandHistory(id, start, frequency, units, observed, known);
    }

    /** The first {@code periods} periods of this history. */
    public DemandHistory firstPeriods(int periods) {
        return new DemandHistory(
                id, start, frequency, Arrays.copyOf(units, periods), Arrays.copyOf(observed, periods), uplifts);
    }

    /** Number of periods. */
    public int length() {
        return units.length;
    }

    /** First day of period {@code index} (0 = the first). */
    public LocalDate periodStart(int index) {
        return frequency.plus(start, index);
    }

    /** First day of the period after the history: the first forecast period. */
    public LocalDate end() {
        return periodStart(units.length);
    }

    @Override
    public double[] units() {
        return units.clone();
    }

    @Override
    public boolean[] observed() {
        return observed.clone();
    }

    /** Units sold in period {@code index}. */
    public double unitsAt(int index) {
        return units[index];
    }

    /** Whether period {@code index} shows demand (not censored). */
    public boolean observedAt(int index) {
        return observed[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemandHistory that
                && id.equals(that.id)
                && start.equals(that.start)
                && frequency == that.frequency
                && Arrays.equals(units, that.units)
                && Arrays.equals(observed, that.observed)
                && uplifts.equals(that.uplifts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, frequency, Arrays.hashCode(units), Arrays.hashCode(observed), uplifts);
    }

    @Override
    public String toString() {
        return "DemandHistory[" + id + ", " + frequency + " from " + start + ", " + units.length + " periods]";
    }
}
