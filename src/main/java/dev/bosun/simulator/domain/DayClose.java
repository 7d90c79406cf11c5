package dev.bosun.simulator.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The end of an offer's day: its traffic, sales and stock movements told as an {@link OfferDay}, and at a month's
 * end the month's storage of FBA stock.
 */
final class DayClose {

    private final StorePlan plan;
    private final Dice dice;
    private final FeeSchedule fees;
    private final StoreEvents events;
    private final Incidents incidents;

    DayClose(Store store, FeeSchedule fees, StoreEvents events, Incidents incidents) {
        this.plan = store.plan();
        this.dice = store.dice();
        this.fees = fees;
        this.events = events;
        this.incidents = incidents;
    }

    void finish(Market market, Today t, int index, LocalDate date) {
        Offer offer = t.offer;
        if (!offer.launched(t.day)) {
            return;
        }
        boolean suppressed = incidents.suppressed(offer, t.day);
        if (suppressed && !offer.suppressed) {
            offer.suppressedSince = t.day;
        }
        offer.suppressed = suppressed;
        Roll roll = dice.roll("pages", t.marketKey, offer.product().index(), t.day);
        int sessions = t.sessions + t.adClicks;
        int mobile = (int) Math.round(sessions * roll.between(0.55, 0.68));
        int pageViews = (int) Math.round(sessions * roll.between(1.2, 1.6));
        int mobileViews = Math.min(pageViews, (int) Math.round(pageViews * mobile / (double) Math.max(1, sessions)));
        if (!t.inStock && offer.fba()) {
            offer.stockOutDays++;
        }
        int found = market.found[index];
        int removed = market.removed[index];
        int sellableReturns = market.sellableReturns[index];
        int unsellableReturns = market.unsellableReturns[index];
        market.found[index] = 0;
        market.removed[index] = 0;
        market.sellableReturns[index] = 0;
        market.unsellableReturns[index] = 0;
        OfferDay.Stock stock = offer.fba()
                ? new OfferDay.Stock(
                        t.startSellable,
                        t.receipts,
                        t.shipped,
                        sellableReturns,
                        unsellableReturns,
                        t.lost,
                        t.damaged,
                        found,
                        removed,
                        offer.fulfillable + offer.reserved + offer.pendingRemoval,
                        t.startUnsellable,
                        t.disposed,
                        offer.unsellable)
                : new OfferDay.Stock(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        if (offer.fba()) {
            market.unitDays[index] += offer.fulfillable + offer.reserved + offer.pendingRemoval + offer.unsellable;
            market.storedDays[index]++;
        }
        events.offerDay(new OfferDay(
                offer,
                t.day,
                sessions,
                mobile,
                pageViews,
                mobileViews,
                t.buyBox,
                t.unitsOrdered,
                t.unitsOrderedB2B,
                t.sales,
                t.salesB2B,
                t.orderItems,
                t.orderItemsB2B,
                t.lostUnits,
                t.inStock,
                t.adClicks,
                t.price,
                stock,
                new OfferDay.Market(
                        t.day <= offer.competitorSaleUntil, t.couponPercent, t.deal, offer.hijacked(t.day))));
    }

    void storage(Market market, Offer offer, int index, LocalDate date) {
        int days = market.storedDays[index];
        double average = days == 0 ? 0 : market.unitDays[index] / (double) days;
        market.unitDays[index] = 0;
        market.storedDays[index] = 0;
        YearMonth month = YearMonth.from(date);
        FeeSchedule.StorageCharge charge = fees == null ? null : fees.storage(offer, month);
        long fee = charge == null ? 0 : Math.round(charge.charge(average));
        String center = offer.fulfillmentCenter();
        events.stored(new StorageMonth(offer, month, dayOf(date), average, center, charge, fee));
    }

    private int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(plan.start(), date);
    }
}
