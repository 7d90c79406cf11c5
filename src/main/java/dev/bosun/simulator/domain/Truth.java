package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a simulation really produced, per marketplace and per offer: what an importer of the written reports
 * must reproduce, and what a store's sanity is judged by. Amounts in minor units of the marketplace's currency.
 */
public final class Truth implements StoreEvents {

    private final Map<Marketplace, Figures> totals = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, Map<Offer, Figures>> byOffer = new EnumMap<>(Marketplace.class);
    private final Map<Offer, Figures> index = new IdentityHashMap<>();
    private final Map<Marketplace, Settled> settled = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, List<MarketEvent>> events = new EnumMap<>(Marketplace.class);
    private final Map<Offer, Map<String, MarketEvent>> openRuns = new IdentityHashMap<>();
    private int days;

    @Override
    public void started(Store store) {
        days = store.plan().days();
        for (Marketplace marketplace : store.plan().marketplaces()) {
            events.put(marketplace, new java.util.ArrayList<>());
            totals.put(marketplace, new Figures());
            settled.put(marketplace, new Settled());
            Map<Offer, Figures> offers = new LinkedHashMap<>();
            for (Offer offer : store.offers(marketplace)) {
                Figures figures = new Figures();
                offers.put(offer, figures);
                index.put(offer, figures);
            }
            byOffer.put(marketplace, offers);
        }
    }

    @Override
    public void ordered(OrderItem item) {
        for (Figures f : both(item.offer())) {
            f.orderItems++;
            if (item.cancelled()) {
                f.cancelledItems++;
            } else {
                f.unitsOrdered += item.quantity();
                f.sales += item.itemPrice();
                f.promotionDiscounts += item.promotionDiscount();
                f.tax += item.itemTax();
            }
            if (item.shipped()) {
                f.unitsShipped += item.quantity();
                if (item.fees() != null) {
                    f.referralFees += item.fees().referral();
                    f.fulfillmentFees += item.fees().fulfillment();
                }
            }
        }
        if (item.shipped() && item.fees() != null && SettlementCalendar.settled(item.shipDay(), days)) {
            Settled s = settled.get(item.offer().marketplace());
            s.orderLines++;
            s.principal += item.itemPrice();
            s.tax += item.itemTax();
            s.promotions -= item.promotionDiscount();
            s.commission -= item.fees().referral();
            s.fulfillmentFees -= item.fees().fulfillment();
        }
    }

    @Override
    public void returned(ReturnedItem item) {
        for (Figures f : both(item.offer())) {
            f.returns++;
            f.returnedUnits += item.quantity();
            f.refunds += item.refund();
            f.refundAdministrationFees += item.refundAdministrationFee();
            f.refundedReferralFees += item.refundedReferral();
        }
        if (item.order().fees() != null && SettlementCalendar.settled(item.day(), days)) {
            Settled s = settled.get(item.offer().marketplace());
            s.refunds++;
            s.refundedPrincipal -= item.order().itemPrice();
            s.refundedTax -= item.order().itemTax();
            s.promotions += item.order().promotionDiscount();
            s.commission += item.refundedReferral();
            s.refundCommission -= item.refundAdministrationFee();
        }
    }

    @Override
    public void reimbursed(Reimbursement reimbursement) {
        for (Figures f : both(reimbursement.offer())) {
            f.reimbursedUnits += reimbursement.quantityCash() + reimbursement.quantityInventory();
            f.reimbursements += reimbursement.amountTotal();
        }
        if (SettlementCalendar.settled(reimbursement.day(), days)) {
            settled.get(reimbursement.offer().marketplace()).reimbursements += reimbursement.amountTotal();
        }
    }

    @Override
    public void removalCompleted(RemovalOrder order) {
        for (Figures f : both(order.offer())) {
            if (order.type() == RemovalOrder.Type.DISPOSAL) {
                f.disposedUnits += order.quantity();
            } else {
                f.removedUnits += order.quantity();
            }
            f.removalFees += order.fee();
        }
        if (order.fee() > 0 && SettlementCalendar.settled(order.completionDay(), days)) {
            settled.get(order.offer().marketplace()).removalFees -= order.fee();
        }
    }

    @Override
    public void reviewed(ProductReview review) {
        for (Figures f : both(review.offer())) {
            f.reviews++;
        }
    }

    @Override
    public void feedback(FeedbackEntry entry) {
        for (Figures f : both(entry.offer())) {
            f.feedback++;
            if (entry.negative()) {
                f.negativeFeedback++;
            }
        }
    }

    @Override
    public void messaged(CustomerMessage message) {
        for (Figures f : both(message.offer())) {
            f.messages++;
        }
    }

    @Override
    public void advertised(AdDay day) {
        Figures total = totals.get(day.marketplace());
        for (AdDay.CampaignDay campaign : day.campaigns()) {
            AdFigures figures = campaign.figures();
            switch (campaign.campaign().type()) {
                case SP -> {
                    total.adImpressions += figures.impressions();
                    total.adClicks += figures.clicks();
                    total.adSpend += figures.spend();
                    total.adOrders += figures.orders();
                    total.adUnits += figures.units();
                    total.adSales += figures.sales();
                    for (AdDay.ProductDay product : campaign.products()) {
                        Figures f = index.get(product.offer());
                        AdFigures p = product.figures();
                        f.adImpressions += p.impressions();
                        f.adClicks += p.clicks();
                        f.adSpend += p.spend();
                        f.adOrders += p.orders();
                        f.adUnits += p.units();
                        f.adSales += p.sales();
                    }
                }
                case SB -> {
                    total.brandsSpend += figures.spend();
                    total.brandsSales += figures.sales();
                }
                case SD -> {
                    total.displaySpend += figures.spend();
                    total.displaySales += figures.sales();
                }
            }
        }
    }

    @Override
    public void offerDay(OfferDay day) {
        Offer offer = day.offer();
        OfferDay.Market m = day.market();
        run(offer, "competitor-sale", day.day(), m.competitorSale(), "competitors' prices about 14 % lower");
        run(offer, "coupon", day.day(), m.couponPercent() > 0, m.couponPercent() + " % coupon");
        run(offer, "deal", day.day(), m.deal(), "event deal");
        run(offer, "hijacker", day.day(), m.hijacked(), "another seller holds much of the Buy Box");
        run(offer, "out-of-stock", day.day(), offer.fba() && offer.launched(day.day()) && !day.inStock(), null);
        for (Figures f : both(day.offer())) {
            f.sessions += day.sessions();
            f.pageViews += day.pageViews();
            f.lostUnits += day.lostUnits();
            if (!day.inStock()) {
                f.stockOutDays++;
            }
        }
    }

    @Override
    public void stored(StorageMonth month) {
        for (Figures f : both(month.offer())) {
            f.storageFees += month.fee();
        }
        int posted = SettlementCalendar.storagePosting(month.day());
        if (month.charge() != null && month.fee() > 0 && SettlementCalendar.settled(posted, days)) {
            settled.get(month.offer().marketplace()).storageFees -= month.fee();
        }
    }

    /**
     * Follows a condition of an offer day by day, and records each run of days it held as a market event. A run of
     * one kind ends when its detail changes (a 10 % coupon followed by a 15 % one are two events).
     */
    private void run(Offer offer, String kind, int day, boolean holds, String detail) {
        Map<String, MarketEvent> open = openRuns.computeIfAbsent(offer, o -> new LinkedHashMap<>());
        MarketEvent current = open.get(kind);
        if (current != null && (!holds || !java.util.Objects.equals(current.detail(), detail))) {
            events.get(offer.marketplace()).add(current);
            open.remove(kind);
            current = null;
        }
        if (holds) {
            open.put(kind, current == null ? new MarketEvent(offer, kind, day, day, detail) : current.through(day));
        }
    }

    @Override
    public void finished(Store store) {
        for (Map<String, MarketEvent> open : openRuns.values()) {
            for (MarketEvent event : open.values()) {
                events.get(event.offer().marketplace()).add(event);
            }
        }
        openRuns.clear();
        for (List<MarketEvent> list : events.values()) {
            list.sort(java.util.Comparator.comparingInt(MarketEvent::from)
                    .thenComparing(e -> e.offer().sku())
                    .thenComparing(MarketEvent::kind));
        }
    }

    /**
     * What the market did to one offer over a run of days (simulation days, both included): things that move its
     * sales without anything being wrong with the store, so that a review can tell them from trouble.
     *
     * @param kind competitor-sale, coupon, deal, hijacker or out-of-stock
     */
    public record MarketEvent(Offer offer, String kind, int from, int to, String detail) {
        MarketEvent through(int day) {
            return new MarketEvent(offer, kind, from, day, detail);
        }
    }

    /** The market events of a marketplace, by first day. */
    public List<MarketEvent> marketEvents(Marketplace marketplace) {
        return events.get(marketplace);
    }

    /** What the closed settlements of a marketplace hold; null without fees. */
    public Settled settled(Marketplace marketplace) {
        return settled.get(marketplace);
    }

    private Figures[] both(Offer offer) {
        return new Figures[] {totals.get(offer.marketplace()), index.get(offer)};
    }

    public Figures total(Marketplace marketplace) {
        return totals.get(marketplace);
    }

    /** Figures by offer, in catalog order. */
    public Map<Offer, Figures> offers(Marketplace marketplace) {
        return byOffer.get(marketplace);
    }

    /**
     * The money in the marketplace's closed settlements, by kind, signed as the settlement shows it (credits
     * positive, fees negative). {@link #total()} is what Amazon paid out.
     */
    public static final class Settled {
        public long orderLines;
        public long refunds;
        public long principal;
        public long tax;
        public long promotions;
        public long commission;
        public long fulfillmentFees;
        public long refundedPrincipal;
        public long refundedTax;
        public long refundCommission;
        public long reimbursements;
        public long storageFees;
        public long removalFees;

        /** Taxes Amazon collects are withheld again as marketplace facilitator tax, so they cancel out. */
        public long total() {
            return principal
                    + promotions
                    + commission
                    + fulfillmentFees
                    + refundedPrincipal
                    + refundCommission
                    + reimbursements
                    + storageFees
                    + removalFees;
        }
    }

    /**
     * Counts and sums. Units and sales are those of order lines not cancelled; fees are those of shipped lines;
     * ad figures are Sponsored Products' (by advertised product), with Brands and Display kept apart at the
     * marketplace level.
     */
    public static final class Figures {
        public long orderItems;
        public long cancelledItems;
        public long unitsOrdered;
        public long unitsShipped;
        public long sales;
        public long promotionDiscounts;
        public long tax;
        public long returns;
        public long returnedUnits;
        public long refunds;
        public long refundAdministrationFees;
        public long refundedReferralFees;
        public long referralFees;
        public long fulfillmentFees;
        public long storageFees;
        public long removedUnits;
        public long disposedUnits;
        public long removalFees;
        public long reimbursedUnits;
        public long reimbursements;
        public long reviews;
        public long feedback;
        public long negativeFeedback;
        public long messages;
        public long sessions;
        public long pageViews;
        public long lostUnits;
        public long stockOutDays;
        public long adImpressions;
        public long adClicks;
        public long adSpend;
        public long adOrders;
        public long adUnits;
        public long adSales;
        public long brandsSpend;
        public long brandsSales;
        public long displaySpend;
        public long displaySales;

        /** Ad spend over attributed sales of Sponsored Products; 0 without sales. */
        public double acos() {
            return adSales == 0 ? 0 : adSpend / (double) adSales;
        }

        /** Returned units over shipped units. */
        public double returnRate() {
            return unitsShipped == 0 ? 0 : returnedUnits / (double) unitsShipped;
        }
    }
}
