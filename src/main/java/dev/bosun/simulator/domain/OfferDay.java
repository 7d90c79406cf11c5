package dev.bosun.simulator.domain;

/**
 * What one offer saw on one day: traffic, the Buy Box, what sold (orders not cancelled), the sales lost to an
 * empty shelf, and how its stock at Amazon moved. Amounts in minor units.
 *
 * @param lostUnits units shoppers would have bought but could not (out of stock, or lost to a hijacker)
 * @param inStock whether the offer could be bought (FBA stock left at the start of the day, or seller-fulfilled)
 * @param market what the market did to the offer that day (competitors' sales, coupons, deals, hijackers)
 */
public record OfferDay(
        Offer offer,
        int day,
        int sessions,
        int mobileSessions,
        int pageViews,
        int mobilePageViews,
        double buyBoxShare,
        int unitsOrdered,
        int unitsOrderedB2B,
        long sales,
        long salesB2B,
        int orderItems,
        int orderItemsB2B,
        int lostUnits,
        boolean inStock,
        int adClicks,
        long effectivePrice,
        Stock stock,
        Market market) {

    /**
     * The market around an offer on a day: things that move its sales without anything being wrong with the store.
     *
     * @param competitorSale whether competitors sell about 14 % below their usual price
     * @param couponPercent the offer's coupon, 0 without
     * @param deal whether the offer is in an event deal (Prime Day, Black Friday …)
     * @param hijacked whether another seller sits on the listing
     */
    public record Market(boolean competitorSale, int couponPercent, boolean deal, boolean hijacked) {}

    /**
     * The day's movements of sellable and unsellable units at Amazon (all zero for seller-fulfilled offers).
     * Customer shipments and removals are positive here; the ledger shows them negative. Sellable units include
     * those pending removal until they leave.
     */
    public record Stock(
            int startSellable,
            int receipts,
            int customerShipments,
            int sellableReturns,
            int unsellableReturns,
            int lost,
            int damaged,
            int found,
            int removed,
            int endSellable,
            int startUnsellable,
            int disposed,
            int endUnsellable) {}
}
