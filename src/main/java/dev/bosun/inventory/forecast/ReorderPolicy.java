package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Bosun's reorder policy: a periodic review, order-up-to policy on a daily forecast. Every {@code reviewDays} the
 * position (on hand + inbound) is compared with the order-up-to level
 *
 * <pre>  S = forecast demand over (lead time + review period) + safety stock</pre>
 *
 * and the difference is ordered, raised to the MOQ and whole cases. The safety stock covers the forecast error
 * over lead time + review period, measured on the forecaster's backtest ({@link ForecastErrors}), and the
 * lead-time spread, {@code (daily demand × lead-time deviation)}, the two combined as independent.
 *
 * @param reviewDays days between order decisions, at least 1
 * @param service the service level aimed for
 * @param method how the forecast error becomes a safety stock
 * @param warningDays how many days before the last safe order date the proposal warns (at least 7 by issue 7)
 * @param safetyFactor for {@link SafetyStockMethod#CALIBRATED}: the factor on the error's deviation found by
 *     {@link #calibratedOn}; NaN before calibration (the normal z of the service is used then); ignored by the
 *     other methods
 */
public record ReorderPolicy(
        int reviewDays, ServiceLevel service, SafetyStockMethod method, int warningDays, double safetyFactor) {

    /** How the forecast error over lead time + review period becomes a safety stock. */
    public enum SafetyStockMethod {
        /**
         * Normal errors: the standard deviation of the backtest's summed errors times z (cycle service), or the z
         * whose normal loss meets the fill rate.
         */
        NORMAL,
        /**
         * The backtest's summed errors as they are (skewed, heavy-tailed): their quantile (cycle service), or the
         * smallest buffer whose expected shortfall meets the fill rate.
         */
        EMPIRICAL,
        /**
         * One factor for the whole catalogue times each item's error deviation, the factor learnt from the
         * catalogue's own out-of-sample record ({@link #calibratedOn}): the smallest factor that would have met the
         * service (fill rate: units short ≤ (1 − target) × demand; cycle: share of windows short ≤ 1 − target) on
         * every item's own error windows, each window judged against the deviation of the windows that had ended
         * before it, and on at least 95 % of the record's resamples over items and weeks (so that the factor holds
         * on months the record did not see, not just on the record). Heavy tails (big single orders) are in that
         * record, so the factor grows with them. The factor multiplies the same deviation each window was judged
         * against: the item's own windows blended with the catalogue's.
         */
        CALIBRATED
    }

    /** The highest safety factor calibration returns (a catalogue short beyond it is short whatever the stock). */
    static final double MAX_SAFETY_FACTOR = 12;

    /** Fewest earlier, finished own windows before a window enters the calibration. */
    static final int CALIBRATION_EARLIER_WINDOWS = 2;

    /** How many windows' weight the catalogue's deviation has beside an item's earlier windows in calibration. */
    static final int CALIBRATION_PRIOR_WINDOWS = 6;

    /** Resamples (over items and weeks) of the record the calibrated factor is tested on. */
    static final int CALIBRATION_RESAMPLES = 200;

    /**
     * Share of the record's resamples on which the calibrated factor must meet the target: a one-sided 95 % bound on
     * the catalogue's units short, the usual confidence of a bound, chosen before any replay and not fitted to a file
     * (docs/forecasting.md shows 0.90 beside it).
     */
    static final double CALIBRATION_CONFIDENCE = 0.95;

    /** Seed of the resampling, fixed so that the same record always gives the same factor. */
    static final long CALIBRATION_SEED = 7;

    /** Days ahead the stock is projected for stock-out and last safe order dates. */
    static final int PROJECTION_DAYS = 730;

    public ReorderPolicy {
        if (reviewDays < 1) {
            throw new IllegalArgumentException("the review period is at least 1 day, got " + reviewDays);
        }
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        if (warningDays < 0) {
            throw new IllegalArgumentException("warning days cannot be negative, got " + warningDays);
        }
        if (!Double.isNaN(safetyFactor) && !(safetyFactor >= 0)) {
            throw new IllegalArgumentException("the safety factor cannot be negative, got " + safetyFactor);
        }
    }

    /** A policy not calibrated yet. */
    public ReorderPolicy(int reviewDays, ServiceLevel service, SafetyStockMethod method, int warningDays) {
        this(reviewDays, service, method, warningDays, Double.NaN);
    }

    /** Empirical safety stock, a warning 7 days ahead. */
    public static ReorderPolicy of(int reviewDays, ServiceLevel service) {
        return new ReorderPolicy(reviewDays, service, SafetyStockMethod.EMPIRICAL, 7);
    }

    /**
     * The proposal for one SKU.
     *
     * @param history the SKU's sales (for the rules of thumb' average daily sales)
     * @param forecast its daily forecast; the decision day is the forecast's first day
     * @param stock on hand and inbound on that day
     * @param leadTime from order to available for sale
     * @param constraints MOQ and case pack
     */
    public ReorderProposal propose(
            DemandHistory history,
            DemandForecast forecast,
            StockSituation stock,
            LeadTime leadTime,
            OrderConstraints constraints) {
        if (forecast.frequency() != Frequency.DAILY) {
            throw new IllegalArgumentException("reorder proposals need a daily forecast, got " + forecast.frequency());
        }
        int lead = leadTime.plannedDays();
        double overLead = forecast.total(0, lead);
        double overCycle = forecast.total(0, lead + reviewDays);
        double dailyDemand = overCycle / (lead + reviewDays);
        double safetyStock = safetyStock(forecast, leadTime);
        double reorderPoint = overLead + safetyStock;
        double orderUpTo = overCycle + safetyStock;
        double position = stock.position();
        double need = Math.max(0, orderUpTo - position);
        long quantity = constraints.orderFor(need);

        LocalDate day = forecast.start();
        double coverOnHand = cover(forecast, stock.onHand(), null, day);
        double coverAll = cover(forecast, stock.onHand(), stock, day);
        LocalDate stockOut = null;
        LocalDate intoSafetyStock = null;
        double level = stock.onHand();
        for (int i = 0; i < PROJECTION_DAYS && (stockOut == null || intoSafetyStock == null); i++) {
            level += arriving(stock, day, i);
            double demand = forecast.meanAt(i);
            if (stockOut == null && level < demand - 1e-9) {
                stockOut = day.plusDays(i);
            }
            level -= demand;
            if (intoSafetyStock == null && level < safetyStock - 1e-9) {
                intoSafetyStock = day.plusDays(i);
            }
        }
        LocalDate lastSafe = intoSafetyStock == null ? null : intoSafetyStock.minusDays(lead);
        boolean warning = lastSafe != null && !lastSafe.isAfter(day.plusDays(warningDays));

        double sales = RuleOfThumb.averageDailySales(history);
        double leadMean = leadTime.meanDays();
        ReorderProposal.RuleOfThumbOrders rules = new ReorderProposal.RuleOfThumbOrders(
                sales,
                constraints.orderFor(RuleOfThumb.weeksOfSafetyStock(sales, leadMean, reviewDays, 6) - position),
                constraints.orderFor(RuleOfThumb.weeksOfSafetyStock(sales, leadMean, reviewDays, 8) - position),
                constraints.orderFor(RuleOfThumb.cycleTimesOneAndHalf(sales, leadMean, reviewDays) - position));
        return new ReorderProposal(
                forecast.id(),
                day,
                leadMean,
                leadTime.deviationDays(),
                reviewDays,
                dailyDemand,
                overLead,
                overCycle,
                safetyStock,
                reorderPoint,
                orderUpTo,
                position,
                need,
                quantity,
                coverOnHand,
                coverAll,
                stockOut,
                lastSafe,
                warning,
                rules);
    }

    /** Units of safety stock for this forecast and lead time, never below 0. */
    public double safetyStock(DemandForecast forecast, LeadTime leadTime) {
        return safetyStock(forecast, leadTime, service);
    }

    /** Units of safety stock for this forecast and lead time at an item's own service level. */
    public double safetyStock(DemandForecast forecast, LeadTime leadTime, ServiceLevel service) {
        int periods = leadTime.plannedDays() + reviewDays;
        double scale = forecast.errorScale();
        ForecastErrors errors = forecast.errorsOver(periods);
        double dailyDemand = forecast.total(0, periods) / periods;
        double leadSpread = dailyDemand * leadTime.deviationDays();
        double perCycle = forecast.total(leadTime.plannedDays(), reviewDays);
        double allowedShortfall = (1 - service.target()) * perCycle;
        double z = service.z();
        double buffer;
        if (method == SafetyStockMethod.CALIBRATED) {
            double deviation = calibrationDeviation(forecast, periods) * scale;
            double factor = Double.isNaN(safetyFactor) ? z : safetyFactor;
            return factor * Math.sqrt(deviation * deviation + leadSpread * leadSpread);
        }
        if (method == SafetyStockMethod.NORMAL) {
            double deviation = errors.cumulativeMeanAndDeviation(periods)[1] * scale;
            double total = Math.sqrt(deviation * deviation + leadSpread * leadSpread);
            if (service.kind() == ServiceLevel.Kind.CYCLE) {
                return Math.max(0, z * total);
            }
            return total == 0 ? 0 : Math.max(0, normalLossInverse(allowedShortfall / total) * total);
        }
        if (service.kind() == ServiceLevel.Kind.CYCLE) {
            buffer = Math.max(0, errors.cumulativeQuantile(periods, service.target()) * scale);
        } else {
            buffer = scale == 0 ? 0 : scale * smallestBuffer(errors, periods, allowedShortfall / scale);
        }
        return Math.sqrt(buffer * buffer + z * z * leadSpread * leadSpread);
    }

    /**
     * This policy with the safety factor that would have met its service on these forecasts' own out-of-sample
     * errors ({@link SafetyStockMethod#CALIBRATED}); the same policy for the other methods.
     *
     * <p>For every item with its own error windows ({@link DemandForecast#ownErrors}, the latest first, a week
     * apart) each window's error summed over lead time + review period is one record, judged against the deviation
     * of the item's windows that had ended before the window began (at least {@link #CALIBRATION_EARLIER_WINDOWS} of
     * them, blended with the catalogue's deviation counted as {@link #CALIBRATION_PRIOR_WINDOWS} windows), combined
     * with the lead-time spread as the safety stock combines them. With no such window over lead time + review period
     * for any item, the errors are summed over a week less at a time (at least one week). The factor is the smallest
     * k ≥ 0 for which, over all records, the units beyond {@code k × deviation} are at most {@code (1 − target)} × the
     * demand forecast for the records' review periods (fill rate), or the share of records beyond it is at most
     * {@code 1 − target} (cycle) — on the record itself and on at least {@link #CALIBRATION_CONFIDENCE} of
     * {@link #CALIBRATION_RESAMPLES} two-way resamples of it (items and weeks drawn with replacement, fixed seed).
     * O(records × resamples) per step of the bisection; no look at anything after the forecasts' last day.
     *
     * @param forecasts daily forecasts made together, each with its own errors
     * @param leadTimes each forecast's lead time, in the same order
     */
    public ReorderPolicy calibratedOn(List<DemandForecast> forecasts, List<LeadTime> leadTimes) {
        return calibratedOn(forecasts, leadTimes, CALIBRATION_CONFIDENCE);
    }

    /**
     * {@link #calibratedOn(List, List)} with the share of resamples the factor must hold on; 0 for the record alone.
     */
    ReorderPolicy calibratedOn(List<DemandForecast> forecasts, List<LeadTime> leadTimes, double confidence) {
        if (method != SafetyStockMethod.CALIBRATED) {
            return this;
        }
        if (forecasts.size() != leadTimes.size()) {
            throw new IllegalArgumentException(
                    forecasts.size() + " forecasts but " + leadTimes.size() + " lead times; one each is needed");
        }
        List<double[]> records = new ArrayList<>();
        int[] items = new int[1];
        int cycle = 0;
        for (LeadTime leadTime : leadTimes) {
            cycle = Math.max(cycle, leadTime.plannedDays() + reviewDays);
        }
        for (int shorter = 0;
                records.isEmpty() && cycle - shorter * DemandForecast.OWN_ERROR_STEP_DAYS > 0;
                shorter++) {
            items[0] = 0;
            collectRecords(forecasts, leadTimes, shorter * DemandForecast.OWN_ERROR_STEP_DAYS, records, items);
        }
        if (records.isEmpty()) {
            return new ReorderPolicy(reviewDays, service, method, warningDays, Double.NaN);
        }
        Calibration calibration = new Calibration(records, items[0], service, confidence);
        double low = 0;
        double high = MAX_SAFETY_FACTOR;
        if (calibration.holds(0)) {
            high = 0;
        } else if (!calibration.holds(high)) {
            low = high;
        }
        for (int i = 0; i < 50 && high - low > 1e-6; i++) {
            double middle = (low + high) / 2;
            if (calibration.holds(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return new ReorderPolicy(reviewDays, service, method, warningDays, high);
    }

    /**
     * Adds the calibration records of these forecasts to {@code records}, the errors summed over lead time + review
     * period less {@code shortenBy} days (at least a week), and counts the items with records in {@code items[0]}.
     */
    private void collectRecords(
            List<DemandForecast> forecasts,
            List<LeadTime> leadTimes,
            int shortenBy,
            List<double[]> records,
            int[] items) {
        for (int i = 0; i < forecasts.size(); i++) {
            DemandForecast forecast = forecasts.get(i);
            LeadTime leadTime = leadTimes.get(i);
            if (forecast.ownErrors() == null || !(forecast.errorScale() > 0)) {
                continue;
            }
            int cycle = leadTime.plannedDays() + reviewDays;
            int periods = Math.max(DemandForecast.OWN_ERROR_STEP_DAYS, cycle - shortenBy);
            double[] sums = forecast.ownErrors().windowSumsWithCensoredBounds(periods);
            int gap = (periods + DemandForecast.OWN_ERROR_STEP_DAYS - 1) / DemandForecast.OWN_ERROR_STEP_DAYS;
            double leadSpread = forecast.total(0, cycle) / cycle * leadTime.deviationDays();
            double perCycle = service.kind() == ServiceLevel.Kind.FILL_RATE
                    ? forecast.total(leadTime.plannedDays(), reviewDays)
                    : 1;
            double scale = forecast.errorScale();
            double catalogue = forecast.errors().cumulativeMeanAndDeviation(periods)[1];
            boolean any = false;
            for (int j = 0; j + gap + CALIBRATION_EARLIER_WINDOWS <= sums.length; j++) {
                int earlier = sums.length - j - gap;
                double own = deviation(sums, j + gap);
                double deviation = Math.sqrt((earlier * own * own + CALIBRATION_PRIOR_WINDOWS * catalogue * catalogue)
                                / (earlier + CALIBRATION_PRIOR_WINDOWS))
                        * scale;
                records.add(new double[] {
                    sums[j] * scale, Math.sqrt(deviation * deviation + leadSpread * leadSpread), perCycle, items[0], j
                });
                any = true;
            }
            if (any) {
                items[0]++;
            }
        }
    }

    /**
     * The catalogue's record for calibration, and the test a factor must pass. At the factor, the units short (fill
     * rate) or the windows short (cycle) must stay within {@code 1 − target} of the demand (or the windows) on the
     * record as it is, and on at least {@link #CALIBRATION_CONFIDENCE} of {@link #CALIBRATION_RESAMPLES} resamples of
     * it. Each resample draws the items with replacement and, independently, the weeks (window origins) with
     * replacement, and weighs every record by how often its item and its week were drawn (a two-way bootstrap, as
     * for data crossed by two random factors): the record is one draw of which items hold a big order and of which
     * weeks bring one to many items at once, and a factor that only just met the target on that draw misses it on
     * the months ahead about half the time.
     */
    private static final class Calibration {

        private final double[] errors;
        private final double[] deviations;
        private final double[] demands;
        private final int[] items;
        private final int[] weeks;
        private final int[][] itemDraws;
        private final int[][] weekDraws;
        private final boolean fillRate;
        private final double allowedShare;
        private final int allowedFailures;

        /**
         * @param records per item and window: error, deviation, demand of a review period (1 for cycle service), the
         *     item's number, the window's number (0 = the latest)
         */
        Calibration(List<double[]> records, int itemCount, ServiceLevel service, double confidence) {
            int size = records.size();
            errors = new double[size];
            deviations = new double[size];
            demands = new double[size];
            items = new int[size];
            weeks = new int[size];
            int weekCount = 0;
            for (int r = 0; r < size; r++) {
                double[] record = records.get(r);
                errors[r] = record[0];
                deviations[r] = record[1];
                demands[r] = record[2];
                items[r] = (int) record[3];
                weeks[r] = (int) record[4];
                weekCount = Math.max(weekCount, weeks[r] + 1);
            }
            fillRate = service.kind() == ServiceLevel.Kind.FILL_RATE;
            allowedShare = 1 - service.target();
            allowedFailures = (int) Math.floor((1 - confidence) * CALIBRATION_RESAMPLES + 1e-9);
            SplittableRandom random = new SplittableRandom(CALIBRATION_SEED);
            itemDraws = new int[CALIBRATION_RESAMPLES][itemCount];
            weekDraws = new int[CALIBRATION_RESAMPLES][weekCount];
            for (int b = 0; b < CALIBRATION_RESAMPLES; b++) {
                for (int i = 0; i < itemCount; i++) {
                    itemDraws[b][random.nextInt(itemCount)]++;
                }
                for (int w = 0; w < weekCount; w++) {
                    weekDraws[b][random.nextInt(weekCount)]++;
                }
            }
        }

        /** Whether {@code factor} meets the target on the record and on enough of its resamples. */
        boolean holds(double factor) {
            double[] over = new double[errors.length];
            double total = 0;
            double demand = 0;
            for (int r = 0; r < over.length; r++) {
                double beyond = errors[r] - factor * deviations[r];
                over[r] = beyond <= 0 ? 0 : fillRate ? beyond : 1;
                total += over[r];
                demand += demands[r];
            }
            if (total > allowedShare * demand) {
                return false;
            }
            if (allowedFailures >= CALIBRATION_RESAMPLES) {
                return true;
            }
            int failures = 0;
            for (int b = 0; b < CALIBRATION_RESAMPLES; b++) {
                int[] itemWeights = itemDraws[b];
                int[] weekWeights = weekDraws[b];
                double drawnShort = 0;
                double drawnDemand = 0;
                for (int r = 0; r < over.length; r++) {
                    int weight = itemWeights[items[r]] * weekWeights[weeks[r]];
                    if (weight != 0) {
                        drawnShort += weight * over[r];
                        drawnDemand += weight * demands[r];
                    }
                }
                if (drawnShort > allowedShare * drawnDemand && ++failures > allowedFailures) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The deviation of the error summed over {@code periods} that the calibrated factor multiplies, in units of the
     * error scale: the deviation of all the item's own windows (censored periods at their lower bound) blended with
     * the catalogue's counted as {@link #CALIBRATION_PRIOR_WINDOWS} windows — the same estimate calibration judges
     * each past window against — or the catalogue's alone with fewer than {@link #CALIBRATION_EARLIER_WINDOWS} own
     * windows.
     */
    static double calibrationDeviation(DemandForecast forecast, int periods) {
        double catalogue = forecast.errors().cumulativeMeanAndDeviation(periods)[1];
        if (forecast.ownErrors() == null) {
            return catalogue;
        }
        double[] sums = forecast.ownErrors().windowSumsWithCensoredBounds(periods);
        if (sums.length < CALIBRATION_EARLIER_WINDOWS) {
            return catalogue;
        }
        double own = deviation(sums, 0);
        return Math.sqrt((sums.length * own * own + CALIBRATION_PRIOR_WINDOWS * catalogue * catalogue)
                / (sums.length + CALIBRATION_PRIOR_WINDOWS));
    }

    /** Standard deviation of {@code values[from..]}. */
    private static double deviation(double[] values, int from) {
        int count = values.length - from;
        double mean = 0;
        for (int i = from; i < values.length; i++) {
            mean += values[i];
        }
        mean /= count;
        double squares = 0;
        for (int i = from; i < values.length; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(squares / Math.max(1, count - 1));
    }

    /** The smallest scaled buffer b ≥ 0 whose expected shortfall of the summed errors is at most {@code allowed}. */
    private static double smallestBuffer(ForecastErrors errors, int periods, double allowed) {
        if (errors.cumulativeShortfall(periods, 0) <= allowed) {
            return 0;
        }
        double low = 0;
        double high = 1;
        while (errors.cumulativeShortfall(periods, high) > allowed && high < 1e6) {
            high *= 2;
        }
        for (int i = 0; i < 50; i++) {
            double middle = (low + high) / 2;
            if (errors.cumulativeShortfall(periods, middle) > allowed) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }

    /** The z ≥ 0 with standard normal loss G(z) = φ(z) − z(1 − Φ(z)) equal to {@code loss} (0 when G(0) suffices). */
    static double normalLossInverse(double loss) {
        if (loss >= normalLoss(0)) {
            return 0;
        }
        double low = 0;
        double high = 8;
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (normalLoss(middle) > loss) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }

    static double normalLoss(double z) {
        double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        return density - z * (1 - normalCdf(z));
    }

    /** Standard normal distribution function (erfc by Numerical Recipes' Chebyshev fit, error below 1.2e-7). */
    static double normalCdf(double z) {
        double x = -z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t
                * Math.exp(
                        -x * x
                                - 1.26551223
                                + t
                                        * (1.00002368
                                                + t
                                                        * (0.37409196
                                                                + t
                                                                        * (0.09678418
                                                                                + t
                                                                                        * (-0.18628806
                                                                                                + t
                                                                                                        * (0.27886807
                                                                                                                + t
                                                                                                                        * (-1.13520398
                                                                                                                                + t
                                                                                                                                        * (1.48851587
                                                                                                                                                + t
                                                                                                                                                        * (-0.82215223
                                                                                                                                                                + t
                                                                                                                                                                        * 0.17087277)))))))));
        double value = x >= 0 ? erfc : 2 - erfc;
        return value / 2;
    }

    /** Inbound units arriving on day {@code i} after {@code day}; late inbound (due before {@code day}) on day 0. */
    private static double arriving(StockSituation stock, LocalDate day, int i) {
        double units = 0;
        LocalDate date = day.plusDays(i);
        for (StockSituation.Inbound in : stock.inbound()) {
            if (in.arrives().equals(date) || (i == 0 && in.arrives().isBefore(day))) {
                units += in.units();
            }
        }
        return units;
    }

    /** Days the stock (on hand, and inbound as it arrives when {@code with} is given) lasts at the forecast. */
    private static double cover(DemandForecast forecast, double onHand, StockSituation with, LocalDate day) {
        double level = onHand;
        double days = 0;
        for (int i = 0; i < PROJECTION_DAYS; i++) {
            if (with != null) {
                level += arriving(with, day, i);
            }
            double demand = forecast.meanAt(i);
            if (level >= demand) {
                level -= demand;
                days++;
            } else {
                return days + (demand > 0 ? level / demand : 0);
            }
        }
        return days;
    }
}
