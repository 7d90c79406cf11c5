package dev.bosun.advertising;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of ads over a period with what the ratios of the operator's day are made of: CTR, CPC, CVR, ACoS,
 * ROAS from the ad figures, and, where the total sales of the same scope are known (account, marketplace, ASIN),
 * TACoS and the ads' share of sales. A ratio whose denominator is zero or unknown is undefined (empty), never 0 or
 * infinity: no impressions leave CTR undefined, no clicks CPC and CVR, no ad sales ACoS, no spend ROAS, no total
 * sales TACoS and the ad share.
 *
 * @param figures the ad figures summed over the period
 * @param totalSales all sales of the scope in the period (ads and organic), in the same currency; null when the
 *     scope has no total (a campaign, an ad group, a keyword, a search term) or the orders are not imported
 */
public record AdMeasures(AdFigures figures, BigDecimal totalSales) {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    public AdMeasures {
        Objects.requireNonNull(figures, "figures");
    }

    /** Nothing shown, clicked, spent or sold; no total known. */
    public static AdMeasures none() {
        return new AdMeasures(AdFigures.none(), null);
    }

    public long impressions() {
        return figures.impressions();
    }

    public long clicks() {
        return figures.clicks();
    }

    public BigDecimal spend() {
        return figures.spend();
    }

    /** Orders attributed to the ads; 0 when the report did not give them. */
    public long orders() {
        return figures.orders() == null ? 0 : figures.orders();
    }

    public long units() {
        return figures.units() == null ? 0 : figures.units();
    }

    /** Sales attributed to the ads; 0 when the report did not give them. */
    public BigDecimal sales() {
        return figures.sales() == null ? BigDecimal.ZERO : figures.sales();
    }

    /** Clicks per impression; empty without impressions. */
    public Optional<BigDecimal> ctr() {
        return figures.clickThroughRate();
    }

    /** Spend per click; empty without clicks. */
    public Optional<BigDecimal> cpc() {
        return figures.costPerClick();
    }

    /** Orders per click; empty without clicks. */
    public Optional<BigDecimal> cvr() {
        return figures.clicks() == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(orders()).divide(BigDecimal.valueOf(figures.clicks()), RATIO));
    }

    /** Spend / ad sales, a fraction; empty without ad sales (also when something was spent). */
    public Optional<BigDecimal> acos() {
        return figures.acos();
    }

    /** Ad sales / spend; empty without spend. */
    public Optional<BigDecimal> roas() {
        return figures.spend().signum() == 0 ? Optional.empty() : Optional.of(sales().divide(figures.spend(), RATIO));
    }

    /** Spend / total sales (total ACoS), a fraction; empty without a total or with a total of zero. */
    public Optional<BigDecimal> tacos() {
        return totalSales == null || totalSales.signum() == 0
                ? Optional.empty()
                : Optional.of(figures.spend().divide(totalSales, RATIO));
    }

    /** Ad sales / total sales, a fraction; empty without a total or with a total of zero. */
    public Optional<BigDecimal> adShareOfSales() {
        return totalSales == null || totalSales.signum() == 0
                ? Optional.empty()
                : Optional.of(sales().divide(totalSales, RATIO));
    }

    /** The sum of two scopes or periods; the total stays unknown only where both are unknown. */
    public AdMeasures plus(AdMeasures other) {
        BigDecimal total = totalSales == null
                ? other.totalSales
                : other.totalSales == null ? totalSales : totalSales.add(other.totalSales);
        return new AdMeasures(figures.plus(other.figures), total);
    }

    /** The same figures with the scope's total sales. */
    public AdMeasures withTotalSales(BigDecimal total) {
        return new AdMeasures(figures, total);
    }
}
