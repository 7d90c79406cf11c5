package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A product offered in one marketplace, with everything that changes while the store runs: its stock and
 * inbound shipments, its reviews, the competition around it and its sales history. The simulation changes the
 * state day by day; writers only read it.
 */
public final class Offer {

    private final Product product;
    private final Locality locality;
    private final String fnsku;
    private final String listingId;
    private boolean fba;
    private final long listPrice;
    private final long unitCost;
    private final double baseSessions;
    private final Instant openedAt;
    private final int days;

    // Competition.
    double competitorPrice;
    int competitorSaleUntil = Integer.MIN_VALUE;
    int hijackerUntil = Integer.MIN_VALUE;
    double hijackerShare;

    // Reviews: every rating, with or without a text review.
    double ratingSum;
    int ratingCount;

    // Stock at Amazon (FBA): sellable and free, sold but not shipped yet, unsellable; lots in arrival order.
    int fulfillable;
    int reserved;
    int unsellable;
    int pendingRemoval;
    final Deque<int[]> lots = new ArrayDeque<>();
    final List<Inbound> inbound = new ArrayList<>();
    int orderedUnitsInProduction;
    int stockOutDays;
    int couponPercent;
    int couponUntil = Integer.MIN_VALUE;
    boolean suppressed;
    int suppressedSince = -1;

    // History by simulation day.
    final int[] unitsOrdered;
    final int[] unitsShipped;
    final long[] salesShipped;

    Offer(
            Product product,
            Locality locality,
            String fnsku,
            String listingId,
            boolean fba,
            long listPrice,
            long unitCost,
            double baseSessions,
            Instant openedAt,
            int days) {
        this.product = product;
        this.locality = locality;
        this.fnsku = fnsku;
        this.listingId = listingId;
        this.fba = fba;
        this.listPrice = listPrice;
        this.unitCost = unitCost;
        this.baseSessions = baseSessions;
        this.openedAt = openedAt;
        this.days = days;
        this.competitorPrice = listPrice;
        this.unitsOrdered = new int[days];
        this.unitsShipped = new int[days];
        this.salesShipped = new long[days];
    }

    public Product product() {
        return product;
    }

    public Marketplace marketplace() {
        return locality.marketplace();
    }

    public Locality locality() {
        return locality;
    }

    public String sku() {
        return product.sku();
    }

    public String asin() {
        return product.asin();
    }

    public String fnsku() {
        return fnsku;
    }

    public String listingId() {
        return listingId;
    }

    /** Fulfilled by Amazon; false for offers the seller ships (FBM). */
    public boolean fba() {
        return fba;
    }

    /** Turns an FBA offer into one the seller ships, before the first day: no stock at Amazon, nothing inbound. */
    void shipBySeller() {
        fba = false;
        fulfillable = 0;
        reserved = 0;
        unsellable = 0;
        lots.clear();
        inbound.clear();
    }

    /** The list price in minor units (cents, yen). */
    public long listPrice() {
        return listPrice;
    }

    /** The landed cost of one unit in minor units. */
    public long unitCost() {
        return unitCost;
    }

    public double baseSessions() {
        return baseSessions;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String title() {
        return product.title(locality.language());
    }

    /** The fulfilment centre that stores the offer's units (each product has one in a marketplace). */
    public String fulfillmentCenter() {
        List<String> centers = locality.fulfillmentCenters();
        return centers.get(product.index() % centers.size());
    }

    /** Whether the product is on sale on a day of the simulation. */
    public boolean launched(int day) {
        return day >= product.launchDay();
    }

    /** The average star rating, or 0 without ratings. */
    public double rating() {
        return ratingCount == 0 ? 0 : ratingSum / ratingCount;
    }

    public int ratingCount() {
        return ratingCount;
    }

    public int fulfillable() {
        return fulfillable;
    }

    public int reserved() {
        return reserved;
    }

    public int unsellable() {
        return unsellable;
    }

    /** Sellable units taken off sale for a removal order and not shipped yet. */
    public int pendingRemoval() {
        return pendingRemoval;
    }

    /** Sellable units in lots that arrived more than {@code days} before {@code day}. */
    public int unitsOlderThan(int day, int days) {
        int units = 0;
        for (int[] lot : lots) {
            if (day - lot[0] > days) {
                units += lot[1];
            }
        }
        return units;
    }

    /** Units in inbound shipments by state: working, shipped, receiving. */
    public int[] inboundUnits() {
        int[] units = new int[3];
        for (Inbound shipment : inbound) {
            switch (shipment.state) {
                case WORKING -> units[0] += shipment.units - shipment.received;
                case SHIPPED -> units[1] += shipment.units - shipment.received;
                case RECEIVING -> units[2] += shipment.units - shipment.received;
                default -> {}
            }
        }
        return units;
    }

    /** Units in production at the supplier for this offer. */
    public int unitsInProduction() {
        return orderedUnitsInProduction;
    }

    /** The sellable units by the day they arrived, oldest first: pairs of {day, units} (read only). */
    public List<int[]> lots() {
        return List.copyOf(lots);
    }

    /** Units ordered over the {@code span} days ending with {@code day} (included). */
    public int unitsOrdered(int day, int span) {
        return sum(unitsOrdered, day, span);
    }

    /** Units shipped over the {@code span} days ending with {@code day} (included). */
    public int unitsShipped(int day, int span) {
        return sum(unitsShipped, day, span);
    }

    /** Sales (minor units) of the units shipped over the {@code span} days ending with {@code day}. */
    public long salesShipped(int day, int span) {
        long total = 0;
        for (int d = Math.max(0, day - span + 1); d <= day && d < days; d++) {
            total += salesShipped[d];
        }
        return total;
    }

    public int stockOutDays() {
        return stockOutDays;
    }

    /** The competitors' lowest landed price today, in minor units. */
    public long competitorPrice() {
        return Math.round(competitorPrice);
    }

    /** Whether Amazon suppressed the listing as of the last simulated day (a planted incident). */
    public boolean suppressed() {
        return suppressed;
    }

    /** The first day of the listing's current suppression, or -1 when it is not suppressed. */
    public int suppressedSince() {
        return suppressed ? suppressedSince : -1;
    }

    /** Whether another seller sits on the listing on a day (a hijacker). */
    public boolean hijacked(int day) {
        return day <= hijackerUntil;
    }

    private static int sum(int[] values, int day, int span) {
        int total = 0;
        for (int d = Math.max(0, day - span + 1); d <= day && d < values.length; d++) {
            total += values[d];
        }
        return total;
    }

    /** Removes sold units from the oldest lots. */
    void takeFromLots(int units) {
        int left = units;
        while (left > 0 && !lots.isEmpty()) {
            int[] lot = lots.peekFirst();
            int taken = Math.min(lot[1], left);
            lot[1] -= taken;
            left -= taken;
            if (lot[1] == 0) {
                lots.pollFirst();
            }
        }
    }

    /** Adds units received on a day as a new lot (or to today's lot). */
    void addLot(int day, int units) {
        if (units <= 0) {
            return;
        }
        int[] last = lots.peekLast();
        if (last != null && last[0] == day) {
            last[1] += units;
        } else {
            lots.addLast(new int[] {day, units});
        }
    }

    /** An inbound shipment to Amazon for this offer. */
    static final class Inbound {
        enum State {
            WORKING,
            SHIPPED,
            RECEIVING,
            CLOSED
        }

        final String shipmentId;
        final int units;
        int shipDay;
        int arrivalDay;
        final int checkInDays;
        final Forwarder forwarder;
        State state = State.WORKING;
        int received;

        /** A shipment by sea with the store's usual forwarder (the opening stock, launches, planted floods). */
        Inbound(String shipmentId, int units, int shipDay, int arrivalDay, int checkInDays) {
            this(shipmentId, units, shipDay, arrivalDay, checkInDays, null);
        }

        Inbound(String shipmentId, int units, int shipDay, int arrivalDay, int checkInDays, Forwarder forwarder) {
            this.shipmentId = shipmentId;
            this.units = units;
            this.shipDay = shipDay;
            this.arrivalDay = arrivalDay;
            this.checkInDays = checkInDays;
            this.forwarder = forwarder;
        }
    }
}
