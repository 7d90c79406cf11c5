package dev.bosun.advertising;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The base figures of sponsored ads over a period, as reported: what was shown, clicked and spent, and what the
 * clicks sold within the report's attribution window. Ratios are derived here, never stored: a report's own CTR
 * or ACoS column is not trusted. Figures a report does not give are null (not zero).
 *
 * @param spend the cost of the clicks, in the currency of the row
 * @param sales sales attributed to the clicks (all products)
 * @param orders orders attributed to the clicks
 * @param units units attributed to the clicks
 * @param advertisedSales the part of {@code sales} of the advertised product itself
 * @param advertisedUnits units of the advertised product itself
 * @param otherSales sales of other products bought after the click (Amazon's "other SKU" or "brand halo")
 * @param otherUnits units of other products bought after the click
 */
public record AdFigures(
        long impressions,
        long clicks,
        BigDecimal spend,
        BigDecimal sales,
        Long orders,
        Long units,
        BigDecimal advertisedSales,
        Long advertisedUnits,
        BigDecimal otherSales,
        Long otherUnits) {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    public AdFigures {
        if (impressions < 0 || clicks < 0) {
            throw new IllegalArgumentException("impressions and clicks cannot be negative");
        }
        if (spend == null) {
            throw new IllegalArgumentException("spend is required");
        }
    }

    /** No impressions, no clicks, nothing spent or sold. */
    public static AdFigures none() {
        return new AdFigures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0L, 0L, BigDecimal.ZERO, 0L, BigDecimal.ZERO, 0L);
    }

    /** Clicks per impression, a fraction; empty without impressions. */
    public Optional<BigDecimal> clickThroughRate() {
        return impressions == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(clicks).divide(BigDecimal.valueOf(impressions), RATIO));
    }

    /** Spend per click; empty without clicks. */
    public Optional<BigDecimal> costPerClick() {
        return clicks == 0 ? Optional.empty() : Optional.of(spend.divide(BigDecimal.valueOf(clicks), RATIO));
    }

    /** Advertising cost of sales, spend / sales, a fraction (0.25 is 25 %); empty without sales. */
    public Optional<BigDecimal> acos() {
        return sales == null || sales.signum() == 0 ? Optional.empty() : Optional.of(spend.divide(sales, RATIO));
    }

    /** Return on ad spend, sales / spend; empty when nothing was spent or sales are unknown. */
    public Optional<BigDecimal> roas() {
        return sales == null || spend.signum() == 0 ? Optional.empty() : Optional.of(sales.divide(spend, RATIO));
    }

    /** Orders per click, a fraction; empty without clicks or without orders reported. */
    public Optional<BigDecimal> conversionRate() {
        return orders == null || clicks == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(clicks), RATIO));
    }

    /** The sum of two periods or rows; a figure stays unknown only where both are unknown. */
    public AdFigures plus(AdFigures other) {
        return new AdFigures(
                impressions + other.impressions,
                clicks + other.clicks,
                spend.add(other.spend),
                add(sales, other.sales),
                add(orders, other.orders),
                add(units, other.units),
                add(advertisedSales, other.advertisedSales),
                add(advertisedUnits, other.advertisedUnits),
                add(otherSales, other.otherSales),
                add(otherUnits, other.otherUnits));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Long add(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }
}
