package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * The store's supply side in one marketplace: inbound shipments to Amazon and their check-in, the store's own
 * replenishment, purchase orders at the suppliers and freight, and the warehouse's accidents (lost, damaged and
 * found units, disposal of unsellable stock). Also the incidents that act on supply: a held shipment (stock-out
 * risk) and a flood of stock (storage over capacity).
 */
final class Supply {

    private final Store store;
    private final Dice dice;
    private final FeeSchedule fees;
    private final StoreEvents events;
    private final Incidents incidents;

    Supply(Store store, FeeSchedule fees, StoreEvents events, Incidents incidents) {
        this.store = store;
        this.dice = store.dice();
        this.fees = fees;
        this.events = events;
        this.incidents = incidents;
    }

    void supply(Market market, Today t, LocalDate date) {
        Offer offer = t.offer;
        int day = t.day;
        t.startSellable = offer.fulfillable + offer.reserved + offer.pendingRemoval;
        t.startUnsellable = offer.unsellable;
        if (!offer.fba()) {
            return;
        }
        // Yesterday's late orders ship this morning.
        t.shipped += offer.reserved;
        offer.reserved = 0;
        for (Offer.Inbound shipment : offer.inbound) {
            if (shipment.state == Offer.Inbound.State.WORKING && day >= shipment.shipDay) {
                shipment.state = Offer.Inbound.State.SHIPPED;
                events.inboundShipped(new InboundShipment(
                        offer,
                        shipment.shipmentId,
                        Math.min(shipment.shipDay, day),
                        shipment.units,
                        shipment.forwarder != null
                                ? shipment.forwarder
                                : store.forwarders().get(0)));
            }
            if (shipment.state == Offer.Inbound.State.SHIPPED && day >= shipment.arrivalDay) {
                shipment.state = Offer.Inbound.State.RECEIVING;
            }
            if (shipment.state == Offer.Inbound.State.RECEIVING) {
                int perDay = (int) Math.ceil(shipment.units / (double) shipment.checkInDays);
                int units = Math.min(perDay, shipment.units - shipment.received);
                shipment.received += units;
                offer.fulfillable += units;
                offer.addLot(day, units);
                t.receipts += units;
                if (units > 0) {
                    events.stockMoved(
                            new StockMovement(offer, day, StockMovement.Kind.RECEIPT, shipment.shipmentId, units));
                }
                if (shipment.received >= shipment.units) {
                    shipment.state = Offer.Inbound.State.CLOSED;
                }
            }
        }
        offer.inbound.removeIf(s -> s.state == Offer.Inbound.State.CLOSED);
        PlantedIncident risk = incidents.stockOutRisk(offer, day);
        if (risk != null && risk.first() == day) {
            hold(market, offer, risk, day);
        }
        for (PurchaseOrder po : market.purchases) {
            if (po.offer() == offer && po.readyDay() == day) {
                ship(market, offer, po.units(), po.forwarder(), day);
                offer.orderedUnitsInProduction -= po.units();
            }
        }
        market.purchases.removeIf(po -> po.offer() == offer && po.readyDay() <= day);
        if (date.getDayOfWeek() == java.time.DayOfWeek.MONDAY && risk == null) {
            replenish(market, offer, day);
        }
        if (date.getDayOfMonth() == 1) {
            removeSlowStock(market, offer, day, date);
            if (offer.unsellable > 0) {
                dispose(market, t, day, date);
            }
        }
        Roll roll = dice.roll("warehouse", market.key(), offer.product().index(), day);
        int lost = roll.binomial(offer.fulfillable, 0.00004);
        int damaged = roll.binomial(offer.fulfillable - lost, 0.00003);
        if (lost + damaged > 0) {
            offer.fulfillable -= lost + damaged;
            offer.takeFromLots(lost + damaged);
            offer.unsellable += damaged;
            t.lost += lost;
            t.damaged += damaged;
            if (lost > 0) {
                events.stockMoved(new StockMovement(offer, day, StockMovement.Kind.LOST, null, lost));
            }
            if (damaged > 0) {
                events.stockMoved(new StockMovement(offer, day, StockMovement.Kind.DAMAGED, null, damaged));
            }
            for (int unit = 0; unit < lost; unit++) {
                if (roll.chance(0.25)) {
                    market.schedule(day + roll.upTo(2, 20), new Pending.DueFound(offer, 1));
                } else {
                    market.schedule(day + roll.upTo(20, 40), new Pending.DueReimbursement(offer, "Lost_Warehouse", 1));
                }
            }
            if (damaged > 0) {
                market.schedule(
                        day + roll.upTo(15, 35), new Pending.DueReimbursement(offer, "Damaged_Warehouse", damaged));
            }
        }
    }

    /** Days of stock at Amazon the store plans to have left when a sea shipment lands (its safety stock). */
    static final int SAFETY_DAYS = 70;
    /** Days of sales one sea order is meant to cover beyond the safety stock (about one order a month). */
    static final int CYCLE_DAYS = 30;
    /** Days after a launch in which the store plans with the product's expected pace rather than its sales. */
    static final int LAUNCH_DAYS = 120;
    /** Days from an air order to units on sale: production of a small lot, the flight, check-in. */
    static final int AIR_LEAD_DAYS = 21;
    /** Days of stock at Amazon under which, counting what lands within the air lead time, the store flies goods in. */
    static final int AIR_FLOOR_DAYS = 42;

    /**
     * The store's own replenishment, every Monday, as a careful seller keeps it: a reorder point on the whole pipeline
     * (units at Amazon, inbound and in production) of the sea lead time plus {@link #SAFETY_DAYS}, ordering up to that
     * plus {@link #CYCLE_DAYS}, at the faster of the last four weeks' and the last two weeks' pace, scaled by the
     * season of the weeks the order will sell in. So a sea shipment lands with about eight weeks of stock still on
     * the shelf, more than the lead time and warning days a stock-out review looks for, and a late ship or a spell
     * of good sales leaves the shelf sane; when what is at Amazon and lands within three weeks covers less than three
     * weeks plus {@link #AIR_FLOOR_DAYS}, part comes by air. Now and then the store skips a Monday. It keeps no
     * stock of its own: what is not at Amazon is in production or on its way there, and inbound shipments show in
     * Amazon's inventory reports from the day the goods leave the factory.
     *
     * <p>Stock-outs come from planted {@code stock-out-risk} incidents (demand far above plan, shipments held, no
     * reorder), not from the healthy store's own planning.
     */
    private void replenish(Market market, Offer offer, int day) {
        Product product = offer.product();
        Roll roll = dice.roll("replenish", market.key(), product.index(), day);
        double pace = Math.max(offer.unitsOrdered(day - 1, 28) / 28.0, offer.unitsOrdered(day - 1, 14) / 14.0);
        if (day - product.launchDay() < LAUNCH_DAYS || day < 28) {
            // A new product sells at first a fraction of what it will; the store plans for what it launched it for.
            pace = Math.max(pace, offer.baseSessions() * product.category().conversion() * 1.3);
        }
        if (pace <= 0 || roll.chance(0.08)) {
            return;
        }
        Supplier supplier = product.supplier();
        Forwarder sea = store.forwarders().get(0);
        Forwarder air = store.forwarders().get(1);
        int[] inbound = offer.inboundUnits();
        int pipeline = offer.fulfillable
                + offer.reserved
                + inbound[0]
                + inbound[1]
                + inbound[2]
                + offer.orderedUnitsInProduction;
        int lead = (int) Math.round(supplier.leadDays() + 2 + sea.transitDays() + 5);
        double planned = pace * season(market, product, day + lead, SAFETY_DAYS + CYCLE_DAYS, day);
        if (pipeline < planned * (lead + SAFETY_DAYS)) {
            int units = roundUp(
                    Math.max(supplier.minimumOrder(), planned * (lead + SAFETY_DAYS + CYCLE_DAYS) - pipeline),
                    supplier.cartonUnits());
            market.purchases.add(new PurchaseOrder(offer, units, day + supplier.leadDays(), sea));
            offer.orderedUnitsInProduction += units;
        }
        int landing = offer.fulfillable + inbound[2];
        for (Offer.Inbound shipment : offer.inbound) {
            if (shipment.state != Offer.Inbound.State.RECEIVING && shipment.arrivalDay <= day + AIR_LEAD_DAYS) {
                landing += shipment.units;
            }
        }
        for (PurchaseOrder po : market.purchases) {
            if (po.offer() == offer && po.forwarder() == air) {
                landing += po.units();
            }
        }
        if (landing < pace * (AIR_LEAD_DAYS + AIR_FLOOR_DAYS)) {
            int units = roundUp(pace * (AIR_LEAD_DAYS + AIR_FLOOR_DAYS) - landing, supplier.cartonUnits());
            market.purchases.add(new PurchaseOrder(offer, units, day + roll.upTo(5, 9), air));
            offer.orderedUnitsInProduction += units;
        }
    }

    /**
     * How much busier the product's season is over {@code span} days from {@code from} than over the last four weeks
     * before {@code today} (Prime Day, Black Friday and Christmas included), between 0.8 and 3.
     */
    private double season(Market market, Product product, int from, int span, int today) {
        Marketplace marketplace = market.locality.marketplace();
        double ahead = 0;
        for (int d = from; d < from + span; d++) {
            ahead += Seasons.traffic(
                    product.category(), marketplace, store.plan().date(d));
        }
        double past = 0;
        for (int d = today - 28; d < today; d++) {
            past += Seasons.traffic(
                    product.category(), marketplace, store.plan().date(d));
        }
        return Math.max(0.8, Math.min(3, (ahead / span) / (past / 28)));
    }

    private void ship(Market market, Offer offer, int units, Forwarder forwarder, int day) {
        Roll roll = dice.roll("freight", market.key(), offer.product().index(), day);
        int transit = (int) Math.max(3, Math.round(roll.normal(forwarder.transitDays(), forwarder.deviationDays())));
        int shipDay = day + 2;
        int checkIn = roll.upTo(2, 9);
        // Its own draw, by forwarder: a sea and an air order ready on the same day are two shipments.
        String id = "FBA"
                + dice.roll(
                                "shipment-id",
                                market.key(),
                                offer.product().index(),
                                day,
                                forwarder.mode().hashCode())
                        .letters(Roll.ALNUM, 9);
        offer.inbound.add(new Offer.Inbound(id, units, shipDay, shipDay + transit, checkIn, forwarder));
    }

    /** Stock-out risk: the product's shipments on the way and in production are held, and nobody reorders. */
    private void hold(Market market, Offer offer, PlantedIncident risk, int day) {
        int held = 35;
        risk.heldDays = held;
        for (Offer.Inbound shipment : offer.inbound) {
            if (shipment.state == Offer.Inbound.State.WORKING) {
                shipment.shipDay += held;
                shipment.arrivalDay += held;
            } else if (shipment.state == Offer.Inbound.State.SHIPPED) {
                shipment.arrivalDay += held;
            }
        }
        List<PurchaseOrder> purchases = market.purchases;
        for (int i = 0; i < purchases.size(); i++) {
            PurchaseOrder po = purchases.get(i);
            if (po.offer() == offer && po.readyDay() > day) {
                purchases.set(i, new PurchaseOrder(po.offer(), po.units(), po.readyDay() + held, po.forwarder()));
            }
        }
    }

    /**
     * Storage over capacity: the store's capacity limit is taken as its stored volume at the start of the day over
     * 0.8 (it used 80 % of it); a shipment of the flooding product arrives that day, checked in over two days, big
     * enough to take the volume to the incident's utilisation.
     */
    void flood(Market market, PlantedIncident flood, int day) {
        double volume = 0;
        for (Offer offer : market.offers) {
            if (offer.fba()) {
                volume += (offer.fulfillable + offer.reserved + offer.unsellable)
                        * offer.product().volumeCm3();
            }
        }
        Offer offer = flood.offer();
        double unit = offer.product().volumeCm3();
        double capacity = Math.max(volume / 0.8, unit * 200);
        int units = (int) Math.ceil((flood.magnitude() * capacity - volume) / unit);
        flood.capacityCm3 = capacity;
        flood.floodUnits = units;
        Roll roll = dice.roll("planted-flood", market.key(), offer.product().index(), day);
        offer.inbound.add(new Offer.Inbound("FBA" + roll.letters(Roll.ALNUM, 9), units, day - 14, day, 2));
    }

    /**
     * Once a month the store has its unsellable units destroyed: a disposal order, done the same day, charged at
     * the rate card's removal fee per unit.
     */
    private void dispose(Market market, Today t, int day, LocalDate date) {
        Offer offer = t.offer;
        Roll roll = dice.roll("disposal", market.key(), offer.product().index(), day);
        int units = offer.unsellable;
        t.disposed = units;
        offer.unsellable = 0;
        RemovalOrder order = new RemovalOrder(
                offer,
                removalOrderId(roll),
                RemovalOrder.Type.DISPOSAL,
                day,
                day,
                units,
                fees == null ? 0 : fees.removalFee(offer, date) * units);
        events.stockMoved(new StockMovement(offer, day, StockMovement.Kind.DISPOSED, order.orderId(), units));
        events.removalCompleted(order);
    }

    /**
     * Now and then (on the first of a month, one time in two) the store has slow stock sent back: units that
     * arrived more than 90 days ago beyond five months of the last 90 days' pace. They come off sale at once and
     * leave the warehouse four to twelve days later, when the removal fee is charged.
     */
    private void removeSlowStock(Market market, Offer offer, int day, LocalDate date) {
        if (!offer.launched(day) || day - offer.product().launchDay() < 90 || day < 90) {
            // Its pace needs 90 days of sales; before the simulation's 90th day there is no such history.
            return;
        }
        Roll roll = dice.roll("removal", market.key(), offer.product().index(), day);
        double pace = offer.unitsShipped(day - 1, 90) / 90.0;
        int excess = (int) Math.floor(offer.fulfillable - pace * 150);
        int units = Math.min(excess, offer.unitsOlderThan(day, 90));
        if (units < 5 || !roll.chance(0.5)) {
            return;
        }
        int completion = day + roll.upTo(4, 12);
        offer.fulfillable -= units;
        offer.takeFromLots(units);
        offer.pendingRemoval += units;
        RemovalOrder order = new RemovalOrder(
                offer,
                removalOrderId(roll),
                RemovalOrder.Type.RETURN,
                day,
                completion,
                units,
                fees == null ? 0 : fees.removalFee(offer, date) * units);
        market.schedule(completion, new Pending.DueRemoval(order));
    }

    /** A removal order id as Seller Central makes them up when the seller gives none. */
    private static String removalOrderId(Roll roll) {
        return roll.letters(Roll.ALNUM, 10);
    }

    private static int roundUp(double units, int carton) {
        return (int) Math.max(carton, Math.ceil(units / carton) * carton);
    }
}
