package dev.bosun.advertising;

import java.math.BigDecimal;

/**
 * The knobs of the search-term proposals.
 *
 * @param windowDays the evidence window: the days up to the day before the proposal date
 * @param conversionDays the longer window the ad groups' conversion rates are measured over
 * @param minOrders the fewest orders a harvested term brought in the window
 * @param confidence how sure a sale was expected before a term without orders is negated (0.9: the term would have
 *     sold with 90 % probability had it converted like its ad group)
 * @param floorClicks the fewest clicks a negation asks for, whatever the conversion rate
 * @param ceilingClicks the most clicks a negation asks for (ad groups that hardly convert)
 * @param farAbove how many times break-even ACoS a converting term must reach to be negated
 */
public record ProposalSettings(
        int windowDays,
        int conversionDays,
        int minOrders,
        double confidence,
        int floorClicks,
        int ceilingClicks,
        BigDecimal farAbove) {

    /** 30-day window, 60-day conversion rates, 2 orders, 99 %, 10 to 100 clicks, twice break-even. */
    public static ProposalSettings defaults() {
        return new ProposalSettings(30, 60, 2, 0.99, 10, 100, BigDecimal.valueOf(2));
    }

    public ProposalSettings withMinOrders(int orders) {
        return new ProposalSettings(
                windowDays, conversionDays, orders, confidence, floorClicks, ceilingClicks, farAbove);
    }

    public ProposalSettings withConfidence(double value, int floor) {
        return new ProposalSettings(windowDays, conversionDays, minOrders, value, floor, ceilingClicks, farAbove);
    }
}
