package dev.bosun.simulator.domain;

import java.util.ArrayList;
import java.util.List;

/** One offer's day while it is being simulated. */
final class Today {
    final Offer offer;
    final int day;
    final long marketKey;
    final int index;
    final List<Candidate> candidates = new ArrayList<>();
    boolean inStock;
    boolean eligibleForAds;
    boolean deal;
    long price;
    int couponPercent;
    String couponId;
    double conversion;
    double buyBox = 1;
    double organicSessions;
    int sessions;
    int adClicks;
    int unitsOrdered;
    int unitsOrderedB2B;
    long sales;
    long salesB2B;
    int orderItems;
    int orderItemsB2B;
    int lostUnits;
    int startSellable;
    int startUnsellable;
    int receipts;
    int shipped;
    int lost;
    int damaged;
    int disposed;
    int orderSerial;
    int basketSerial;

    Today(Offer offer, int day) {
        this.offer = offer;
        this.day = day;
        this.marketKey = offer.marketplace().ordinal();
        this.index = offer.product().index();
        this.price = offer.listPrice();
    }
}
