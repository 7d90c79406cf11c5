package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Replays real daily demand through a reorder policy, day by day, and counts what a seller would have lived
 * through: the share of demand served, the days out of stock and the stock held. Bosun's policy and the rule of
 * thumb (日均销量 × 备货周期 × 1.5) run side by side on the same demand. The replay is defined in
 * docs/forecasting.md:
 *
 * <ul>
 *   <li>the first {@code warmUpDays} days are history only (sold as demanded, every day in stock);
 *   <li>on the first replay day each policy starts with its own order-up-to level on hand and nothing on order;
 *   <li>every {@code reviewDays} from then on (first day included), before the day's sales, each policy looks at
 *       the sales it has seen so far and orders up to its level; an order arrives {@code leadTimeDays} later, at
 *       the start of the day;
 *   <li>demand beyond the stock is lost; a day on which an item starts without stock or cannot serve all of its
 *       demand is a stock-out day; Bosun treats such days as censored in its history, the rule of thumb averages
 *       what was sold;
 *   <li>Bosun's forecasts are refitted at every review on the sales known then only (no look-ahead).
 * </ul>
 */
public final class ReplenishmentReplay {

    /**
     * @param leadTimeDays days from order to stock, fixed
     * @param reviewDays days between orders
     * @param service Bosun's service level
     * @param method Bosun's safety stock method
     * @param warmUpDays days of history before the replay starts, at least 28
     * @param ruleFactor the rule of thumb's factor (1.5 as the seeds say; other values trace its curve)
     * @param capitalWeighting Bosun's service by unit price ({@link ServiceLevel#weightedByPrice}), against the
     *     mean unit price of the file's items; 0 for the same service for every item
     */
    public record Settings(
            int leadTimeDays,
            int reviewDays,
            ServiceLevel service,
            ReorderPolicy.SafetyStockMethod method,
            int warmUpDays,
            double ruleFactor,
            double capitalWeighting) {

        public Settings {
            if (leadTimeDays < 0) {
                throw new IllegalArgumentException("the lead time cannot be negative, got " + leadTimeDays);
            }
            if (reviewDays < 1) {
                throw new IllegalArgumentException("the review period is at least 1 day, got " + reviewDays);
            }
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(method, "method");
            if (warmUpDays < 28) {
                throw new IllegalArgumentException("the warm-up is at least 28 days, got " + warmUpDays);
            }
            if (!(ruleFactor > 0)) {
                throw new IllegalArgumentException("the rule's factor must be above 0, got " + ruleFactor);
            }
            if (!(capitalWeighting >= 0 && capitalWeighting <= 2)) {
                throw new IllegalArgumentException("the capital weighting is between 0 and 2, got " + capitalWeighting);
            }
        }

        /** The replay: empirical safety stock, 91 days of warm-up, the rule's factor 1.5, no weighting. */
        public static Settings of(int leadTimeDays, int reviewDays, ServiceLevel service) {
            return new Settings(
                    leadTimeDays, reviewDays, service, ReorderPolicy.SafetyStockMethod.EMPIRICAL, 91, 1.5, 0);
        }
    }

    /**
     * What one policy lived through over the replay, all items together.
     *
     * @param fillRate units sold ÷ units demanded
     * @param stockoutDays item-days out of stock
     * @param averageStockUnits units on hand at the end of an average day, all items
     * @param averageStockValue the same at each item's unit price
     * @param demanded units demanded
     * @param sold units sold
     * @param ordered units ordered (initial stock not included)
     */
    public record Outcome(
            double fillRate,
            long stockoutDays,
            double averageStockUnits,
            double averageStockValue,
            double demanded,
            double sold,
            double ordered) {}

    /**
     * @param items items replayed
     * @param from first replay day
     * @param to last replay day
     * @param bosun Bosun's policy
     * @param ruleOfThumb the rule of thumb
     * @param safetyFactors Bosun's calibrated safety factor at each review ({@link
     *     ReorderPolicy.SafetyStockMethod#CALIBRATED}; NaN for the other methods)
     */
    public record Result(
            int items, LocalDate from, LocalDate to, Outcome bosun, Outcome ruleOfThumb, List<Double> safetyFactors) {

        public Result {
            safetyFactors = List.copyOf(safetyFactors);
        }

        /** Days replayed. */
        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    /** Weekly origins at which Bosun measures each item's own forecast errors for its safety stock: half a year. */
    static final int ERROR_WINDOWS = 26;

    /** Days of its own sales an item launched during the replay has before it enters (the shortest warm-up). */
    static final int LAUNCH_HISTORY_DAYS = 28;

    private final DemandForecaster forecaster = new DemandForecaster();

    /** Replays every item of a daily demand file. */
    public Result run(DemandFile file, Settings settings) {
        if (file.frequency() != Frequency.DAILY) {
            throw new IllegalArgumentException("the replay needs daily demand, the file has " + file.frequency());
        }
        int days = file.periods();
        int start = settings.warmUpDays();
        if (days < start + settings.leadTimeDays() + settings.reviewDays()) {
            throw new IllegalArgumentException("the file has " + days + " days; the replay needs at least "
                    + (start + settings.leadTimeDays() + settings.reviewDays())
                    + " (warm-up + lead time + review period)");
        }
        List<DemandFile.Item> items = file.items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the file has no items");
        }
        double[][] demand = new double[items.size()][];
        double[] prices = new double[items.size()];
        for (int s = 0; s < items.size(); s++) {
            demand[s] = items.get(s).units();
            prices[s] = items.get(s).unitPrice() == null
                    ? 0
                    : items.get(s).unitPrice().doubleValue();
        }
        BosunPolicy bosun = new BosunPolicy(file, settings);
        Policy rule = new RulePolicy(settings);
        Outcome bosunOutcome = replay(bosun, demand, prices, file, settings);
        Outcome ruleOutcome = replay(rule, demand, prices, file, settings);
        return new Result(
                items.size(),
                file.start().plusDays(start),
                file.start().plusDays(days - 1),
                bosunOutcome,
                ruleOutcome,
                bosun.factors);
    }

    /** An order-up-to level per item, decided on the sales seen before {@code day}. */
    private interface Policy {
        double[] levels(Sales sales, int day);
    }

    /** What a policy has seen: units sold per item and day, and whether the day showed the whole demand. */
    private record Sales(double[][] sold, boolean[][] full) {}

    private Outcome replay(Policy policy, double[][] demand, double[] prices, DemandFile file, Settings settings) {
        int items = demand.length;
        int days = demand[0].length;
        int start = settings.warmUpDays();
        int lead = settings.leadTimeDays();
        double[][] sold = new double[items][days];
        boolean[][] full = new boolean[items][days];
        for (int s = 0; s < items; s++) {
            System.arraycopy(demand[s], 0, sold[s], 0, start);
            Arrays.fill(full[s], 0, start, true);
        }
        Sales sales = new Sales(sold, full);
        int[] entry = entryDays(demand, settings);
        boolean[] active = new boolean[items];
        double[] onHand = new double[items];
        double[][] arriving = new double[items][days + lead + 1];
        double[] stockDays = new double[items];
        double demanded = 0;
        double served = 0;
        double ordered = 0;
        long stockouts = 0;
        for (int t = start; t < days; t++) {
            for (int s = 0; s < items; s++) {
                onHand[s] += arriving[s][t];
            }
            if ((t - start) % settings.reviewDays() == 0) {
                double[] levels = policy.levels(sales, t);
                for (int s = 0; s < items; s++) {
                    if (!active[s]) {
                        if (entry[s] == t) {
                            active[s] = true;
                            onHand[s] = Math.ceil(levels[s] - 1e-9);
                        }
                        continue;
                    }
                    double position = onHand[s];
                    for (int u = t + 1; u < arriving[s].length; u++) {
                        position += arriving[s][u];
                    }
                    long quantity = OrderConstraints.NONE.orderFor(levels[s] - position);
                    arriving[s][t + lead] += quantity;
                    ordered += quantity;
                }
            }
            for (int s = 0; s < items; s++) {
                if (!active[s]) {
                    sold[s][t] = demand[s][t];
                    full[s][t] = true;
                    continue;
                }
                double want = demand[s][t];
                double available = onHand[s];
                double sell = Math.min(want, available);
                onHand[s] = available - sell;
                sold[s][t] = sell;
                full[s][t] = available > 0 && want <= available;
                if (available <= 0 || want > available) {
                    stockouts++;
                }
                demanded += want;
                served += sell;
                stockDays[s] += onHand[s];
            }
        }
        int replayed = days - start;
        double units = 0;
        double value = 0;
        for (int s = 0; s < items; s++) {
            units += stockDays[s] / replayed;
            value += stockDays[s] / replayed * prices[s];
        }
        return new Outcome(demanded == 0 ? 1 : served / demanded, stockouts, units, value, demanded, served, ordered);
    }

    /**
     * The replay day on which each item enters: the first replay day for an item with demand in the warm-up; for an
     * item launched later, the first review at least {@link #LAUNCH_HISTORY_DAYS} days after its first demand (its
     * days until then are history, sold as demanded); {@code Integer.MAX_VALUE} when that is past the file's end.
     * Without it a launched item would start with nothing on hand, sell nothing, and so never be seen by either
     * policy: all its demand would be lost whatever the policy.
     */
    static int[] entryDays(double[][] demand, Settings settings) {
        int start = settings.warmUpDays();
        int[] entry = new int[demand.length];
        for (int s = 0; s < demand.length; s++) {
            int first = -1;
            for (int t = 0; t < demand[s].length && first < 0; t++) {
                if (demand[s][t] > 0) {
                    first = t;
                }
            }
            if (first < 0 || first < start) {
                entry[s] = start;
                continue;
            }
            int reviews = Math.floorDiv(
                    first + LAUNCH_HISTORY_DAYS - start + settings.reviewDays() - 1, settings.reviewDays());
            int day = start + reviews * settings.reviewDays();
            entry[s] = day < demand[s].length ? day : Integer.MAX_VALUE;
        }
        return entry;
    }

    /** Bosun: forecast all items together on what was sold, then the reorder policy's order-up-to level. */
    private final class BosunPolicy implements Policy {

        private final DemandFile file;
        private final ReorderPolicy policy;
        private final LeadTime leadTime;
        private final ForecastSettings forecastSettings;
        private final double weighting;
        private final double referencePrice;
        private final List<Double> factors = new ArrayList<>();

        BosunPolicy(DemandFile file, Settings settings) {
            this.file = file;
            this.weighting = settings.capitalWeighting();
            double prices = 0;
            int priced = 0;
            for (DemandFile.Item item : file.items()) {
                if (item.unitPrice() != null && item.unitPrice().signum() > 0) {
                    prices += item.unitPrice().doubleValue();
                    priced++;
                }
            }
            this.referencePrice = priced == 0 ? 0 : prices / priced;
            this.policy = new ReorderPolicy(settings.reviewDays(), settings.service(), settings.method(), 7);
            this.leadTime = LeadTime.fixed(settings.leadTimeDays());
            this.forecastSettings = ForecastSettings.automatic(
                            Math.max(7, settings.leadTimeDays() + settings.reviewDays()))
                    .withErrorWindows(ERROR_WINDOWS);
        }

        @Override
        public double[] levels(Sales sales, int day) {
            List<DemandHistory> soldSoFar = new ArrayList<>();
            for (int s = 0; s < file.items().size(); s++) {
                soldSoFar.add(new DemandHistory(
                        file.items().get(s).id(),
                        file.start(),
                        Frequency.DAILY,
                        Arrays.copyOf(sales.sold()[s], day),
                        null,
                        null));
            }
            boolean[] closed = TradingDays.closedDays(soldSoFar);
            List<DemandHistory> histories = new ArrayList<>();
            for (int s = 0; s < soldSoFar.size(); s++) {
                boolean[] observed = Arrays.copyOf(sales.full()[s], day);
                for (int t = 0; t < day; t++) {
                    observed[t] &= !closed[t];
                }
                histories.add(soldSoFar.get(s).withObserved(observed));
            }
            List<DemandForecast> forecasts = forecaster.forecast(histories, forecastSettings);
            ReorderPolicy policy = this.policy.calibratedOn(forecasts, Collections.nCopies(forecasts.size(), leadTime));
            factors.add(policy.safetyFactor());
            double[] levels = new double[histories.size()];
            for (int s = 0; s < levels.length; s++) {
                DemandForecast forecast = forecasts.get(s);
                int cycle = leadTime.plannedDays() + policy.reviewDays();
                DemandFile.Item item = file.items().get(s);
                ServiceLevel service = item.unitPrice() == null
                        ? policy.service()
                        : policy.service().weightedByPrice(item.unitPrice().doubleValue(), referencePrice, weighting);
                levels[s] = forecast.total(0, cycle) + policy.safetyStock(forecast, leadTime, service);
            }
            return levels;
        }
    }

    /** The rule of thumb: average daily sales of the last 30 days × (lead time + review period) × factor. */
    private static final class RulePolicy implements Policy {

        private final Settings settings;

        RulePolicy(Settings settings) {
            this.settings = settings;
        }

        @Override
        public double[] levels(Sales sales, int day) {
            double[] levels = new double[sales.sold().length];
            int from = Math.max(0, day - RuleOfThumb.SALES_DAYS);
            for (int s = 0; s < levels.length; s++) {
                double sum = 0;
                for (int t = from; t < day; t++) {
                    sum += sales.sold()[s][t];
                }
                double daily = sum / (day - from);
                levels[s] = RuleOfThumb.cycleTimesOneAndHalf(daily, settings.leadTimeDays(), settings.reviewDays())
                        / 1.5
                        * settings.ruleFactor();
            }
            return levels;
        }
    }
}
