package dev.bosun.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Stock-out risk of a SKU: days of cover from its recent sales velocity against the lead time of new stock plus the
 * warning days. Stock on its way (inbound) counts; a SKU whose stock and inbound together cover less than lead time
 * plus warning days is at risk: critical when they cover less than the lead time (a reorder placed today arrives
 * after the shelf is empty), a warning otherwise (the last days to reorder in time).
 *
 * <p>Inbound units sell only once Amazon has checked them in, which takes days and sometimes weeks (a held or late
 * shipment). So a SKU whose units on hand last less than the warning days is at risk too, however much is inbound:
 * critical when the shelf is already empty, a warning otherwise (chase the shipment).
 *
 * <p>Money at stake: the sales of the days not covered, at the given price: up to lead time plus warning days with
 * the inbound units, or up to the warning days with the units on hand, whichever is more.
 */
public final class StockOutRisk {

    private StockOutRisk() {}

    /**
     * @param velocity units sold per day over the window
     * @param cover days the available units last at that pace
     * @param coverWithInbound days available and inbound units last
     * @param stockOutDay the day the available units run out (snapshot day plus whole days of cover)
     * @param daysShort lead time plus warning days minus the cover with inbound, or the warning days minus the cover on
     *     hand, whichever is more
     * @param critical whether the cover with inbound is below the lead time, or nothing is left on hand
     * @param atStake {@code velocity × daysShort × price}, or null without a price
     */
    public record Risk(
            BigDecimal velocity,
            BigDecimal cover,
            BigDecimal coverWithInbound,
            LocalDate stockOutDay,
            BigDecimal daysShort,
            boolean critical,
            BigDecimal atStake) {}

    /**
     * @param snapshotDay the day the stock figures stand for
     * @param available units available to sell
     * @param inbound units on their way in
     * @param unitsSold units sold in the window
     * @param windowDays days of the window
     * @param minUnits fewest units sold in the window for a velocity to count
     * @param leadTimeDays days from reorder to sellable stock
     * @param warningDays days of warning before the last reorder moment
     * @param price the unit price, or null
     * @return the risk, or empty when the SKU is not at risk or sells too little to say
     */
    public static Optional<Risk> assess(
            LocalDate snapshotDay,
            long available,
            long inbound,
            long unitsSold,
            int windowDays,
            long minUnits,
            int leadTimeDays,
            int warningDays,
            BigDecimal price) {
        if (windowDays <= 0) {
            throw new IllegalArgumentException("the sales window must have days, not " + windowDays);
        }
        if (unitsSold < Math.max(1, minUnits)) {
            return Optional.empty();
        }
        BigDecimal velocity =
                BigDecimal.valueOf(unitsSold).divide(BigDecimal.valueOf(windowDays), 4, RoundingMode.HALF_UP);
        BigDecimal stock = BigDecimal.valueOf(Math.max(0, available));
        BigDecimal cover = stock.divide(velocity, 1, RoundingMode.DOWN);
        BigDecimal coverWithInbound =
                stock.add(BigDecimal.valueOf(Math.max(0, inbound))).divide(velocity, 1, RoundingMode.DOWN);
        BigDecimal needed = BigDecimal.valueOf((long) leadTimeDays + warningDays);
        BigDecimal warning = BigDecimal.valueOf(warningDays);
        boolean shortWithInbound = coverWithInbound.compareTo(needed) < 0;
        boolean emptyBeforeInbound = cover.compareTo(warning) < 0;
        if (!shortWithInbound && !emptyBeforeInbound) {
            return Optional.empty();
        }
        BigDecimal daysShort = needed.subtract(coverWithInbound).max(warning.subtract(cover));
        BigDecimal atStake = price == null
                ? null
                : velocity.multiply(daysShort).multiply(price).setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new Risk(
                velocity,
                cover,
                coverWithInbound,
                snapshotDay.plusDays(cover.longValue()),
                daysShort,
                coverWithInbound.compareTo(BigDecimal.valueOf(leadTimeDays)) < 0 || stock.signum() == 0,
                atStake));
    }
}
