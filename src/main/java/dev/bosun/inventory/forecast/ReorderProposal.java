package dev.bosun.inventory.forecast;

import java.time.LocalDate;

/**
 * What Bosun proposes for one SKU on one day, with the arithmetic behind it and what the rules of thumb would
 * order. Units are sellable units; days are calendar days.
 *
 * @param id the SKU's key
 * @param day the day of the decision (the first forecast day)
 * @param leadTimeDays mean lead time
 * @param leadTimeDeviationDays its standard deviation
 * @param reviewDays days until the next order decision
 * @param dailyDemand forecast units per day over lead time and review period
 * @param demandOverLeadTime forecast units over the lead time
 * @param demandOverCycle forecast units over lead time and review period
 * @param safetyStock units kept against forecast error and lead-time spread
 * @param reorderPoint demand over the lead time plus safety stock: below this position an order is due now
 * @param orderUpTo demand over lead time and review period plus safety stock: the position an order restores
 * @param position on hand plus inbound
 * @param need order-up-to level minus position (0 when the position is enough)
 * @param orderQuantity the need raised to the MOQ and whole cases (0 when nothing is needed)
 * @param daysOfCover days the units on hand last at the forecast demand
 * @param daysOfCoverWithInbound the same with inbound units as they arrive
 * @param projectedStockOut first day the forecast demand is not covered by on hand and inbound, or null when not
 *     within two years
 * @param lastSafeOrderDate last day an order placed with the planned lead time arrives before the stock falls into
 *     the safety stock; may lie in the past (overdue); null when not within two years
 * @param warning whether the last safe order date is at most the warning days away (or past)
 * @param ruleOfThumb what the rules of thumb would order
 */
public record ReorderProposal(
        String id,
        LocalDate day,
        double leadTimeDays,
        double leadTimeDeviationDays,
        int reviewDays,
        double dailyDemand,
        double demandOverLeadTime,
        double demandOverCycle,
        double safetyStock,
        double reorderPoint,
        double orderUpTo,
        double position,
        double need,
        long orderQuantity,
        double daysOfCover,
        double daysOfCoverWithInbound,
        LocalDate projectedStockOut,
        LocalDate lastSafeOrderDate,
        boolean warning,
        RuleOfThumbOrders ruleOfThumb) {

    /**
     * The rules of thumb on the same SKU and day (see {@link RuleOfThumb}), rounded to the same MOQ and cases.
     *
     * @param averageDailySales units sold per day over the last 30 days
     * @param sixWeeks order for 6 weeks of safety stock
     * @param eightWeeks order for 8 weeks of safety stock
     * @param cycleTimesOneAndHalf order for 日均销量 × 备货周期 × 1.5
     */
    public record RuleOfThumbOrders(
            double averageDailySales, long sixWeeks, long eightWeeks, long cycleTimesOneAndHalf) {}

    /** Whether the position is below the reorder point: an order is due now, whatever the review calendar. */
    public boolean belowReorderPoint() {
        return position < reorderPoint;
    }
}
