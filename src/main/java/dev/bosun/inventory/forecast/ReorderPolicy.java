package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.Objects;

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
 */
public record ReorderPolicy(int reviewDays, ServiceLevel service, SafetyStockMethod method, int warningDays) {

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
        EMPIRICAL
    }

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
