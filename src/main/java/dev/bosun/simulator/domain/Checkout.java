package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A shopper's order and what is decided with it: cancellation, shipping (late or not, tracked or not), claims and
 * chargebacks, Amazon's fees, the stock it takes, other products in the basket; then what may follow it later (a
 * return, a review, feedback, a buyer message), put on the market's agenda.
 */
final class Checkout {

    /** The share of orders whose shopper takes one or two other variations along (when the family has some). */
    static final double BASKET_SHARE = 0.05;

    private final StorePlan plan;
    private final Dice dice;
    private final FeeSchedule fees;
    private final StoreEvents events;
    private final Incidents incidents;

    Checkout(Store store, FeeSchedule fees, StoreEvents events, Incidents incidents) {
        this.plan = store.plan();
        this.dice = store.dice();
        this.fees = fees;
        this.events = events;
        this.incidents = incidents;
    }

    void order(Market market, Candidate candidate, int day, LocalDate date) {
        Today t = candidate.today;
        Offer offer = t.offer;
        Locality locality = market.locality;
        Marketplace marketplace = locality.marketplace();
        ZoneId zone = marketplace.zone();
        long key = day * 100_000L + t.orderSerial++;
        Roll roll = dice.roll("order", market.key(), offer.product().index(), key);
        int units = candidate.units;
        if (offer.fba() && offer.fulfillable < units) {
            t.lostUnits += units;
            return;
        }
        String orderId = market.orderId(roll);
        Instant purchased =
                date.atStartOfDay(zone).plusSeconds(candidate.second).toInstant();
        boolean fba = offer.fba();
        // A healthy store's own defects stay well inside Amazon's targets even on few seller-fulfilled orders (a
        // marketplace may see only a handful a week, where one cancellation or late shipment is already beyond the
        // line): it cancels one order in 5,000 (stock counts agree), ships one in 2,000 late and buys shipping with
        // tracking for all but one in 2,000.
        boolean sellerCancelled = !fba && roll.chance(0.0002);
        boolean cancelled = sellerCancelled || roll.chance(fba ? 0.008 : 0.005);
        long itemPrice = t.price * units;
        long discount = 0;
        String promotionId = null;
        if (t.couponPercent > 0 && roll.chance(0.55)) {
            discount = Math.round(itemPrice * t.couponPercent / 100.0);
            promotionId = t.couponId;
        }
        long tax = Math.round((itemPrice - discount) * locality.salesTax());
        int secondOfDay = candidate.second;
        int shipDay;
        boolean late = false;
        if (fba) {
            shipDay = secondOfDay < 13 * 3600 ? day : day + 1;
        } else {
            boolean slow = roll.chance(0.0005);
            int handling = slow ? roll.upTo(3, 4) : roll.upTo(1, 2);
            double lateShare = incidents.lateShipments(marketplace, day);
            if (lateShare > 0) {
                Roll planted =
                        dice.roll("planted-late", market.key(), offer.product().index(), key);
                if (planted.chance(lateShare)) {
                    handling = planted.upTo(3, 4);
                }
            }
            late = handling > 2;
            shipDay = day + handling;
        }
        Instant shippedAt = plan.date(shipDay)
                .atTime(LocalTime.of(
                        Math.max(secondOfDay / 3600 + 1, roll.upTo(6, 21)) % 24, roll.upTo(0, 59), roll.upTo(0, 59)))
                .atZone(zone)
                .toInstant();
        if (!shippedAt.isAfter(purchased)) {
            shippedAt = purchased.plusSeconds(roll.upTo(1800, 7200));
        }
        OrderItem.OrderStatus status = cancelled
                ? OrderItem.OrderStatus.CANCELLED
                : shipDay >= plan.days() ? OrderItem.OrderStatus.UNSHIPPED : OrderItem.OrderStatus.SHIPPED;
        if (status != OrderItem.OrderStatus.SHIPPED) {
            shipDay = -1;
            shippedAt = null;
        }
        // Carriers deliver one parcel in a hundred late, whoever ships it.
        boolean delayed = roll.chance(0.01);
        boolean deliveredLate = status == OrderItem.OrderStatus.SHIPPED && (late || delayed);
        boolean claim = status == OrderItem.OrderStatus.SHIPPED
                && (deliveredLate && !fba ? roll.chance(0.03) : roll.chance(0.0003));
        boolean chargeback = !cancelled && roll.chance(0.0001);
        boolean business = roll.chance(0.03);
        String[] address = roll.pick(locality.addresses());
        Instant updated =
                shippedAt != null ? shippedAt : cancelled ? purchased.plusSeconds(roll.upTo(600, 20_000)) : purchased;
        OrderFees orderFees = null;
        if (fees != null && status == OrderItem.OrderStatus.SHIPPED) {
            long unitSale = (itemPrice - discount) / units;
            long referral = fees.referralFee(offer, unitSale, date) * units;
            long fulfillment = fba ? fees.fulfillmentFee(offer, t.price, date) * units : 0;
            long overcharge = Math.round(fulfillment * (incidents.fulfillmentFee(offer, day) - 1));
            orderFees = new OrderFees(referral, fulfillment + overcharge, overcharge);
        }
        boolean tracked = fba || roll.chance(0.9995);
        double untracked = fba ? 0 : incidents.invalidTracking(marketplace, day);
        if (untracked > 0
                && dice.roll("planted-tracking", market.key(), offer.product().index(), key)
                        .chance(untracked)) {
            tracked = false;
        }
        OrderItem item = new OrderItem(
                offer,
                orderId,
                day,
                purchased,
                updated,
                status,
                units,
                itemPrice,
                tax,
                discount,
                promotionId,
                fba ? (roll.chance(0.7) ? "Expedited" : "Standard") : "Standard",
                address,
                business,
                shipDay,
                shippedAt,
                candidate.term != null,
                sellerCancelled,
                late,
                tracked,
                deliveredLate,
                claim,
                chargeback,
                orderFees,
                0);
        if (!cancelled) {
            take(t, item);
            if (candidate.term != null) {
                candidate.term.orders++;
                candidate.term.units += units;
                candidate.term.sales += itemPrice;
                candidate.product.orders++;
                candidate.product.units += units;
                candidate.product.sales += itemPrice;
            }
        }
        events.ordered(item);
        if (market.keepsOrders && !cancelled) {
            market.recentOrders.addLast(item);
        }
        if (status == OrderItem.OrderStatus.SHIPPED) {
            followUps(market, item, key, roll);
        } else if (!cancelled && roll.chance(0.01)) {
            message(market, item, roll);
        }
        basket(market, item, key, date);
    }

    /** What an order line not cancelled does to its offer's day, stock and sales history. */
    private static void take(Today t, OrderItem item) {
        Offer offer = item.offer();
        int units = item.quantity();
        int day = item.day();
        t.unitsOrdered += units;
        t.sales += item.itemPrice();
        t.orderItems++;
        if (item.business()) {
            t.unitsOrderedB2B += units;
            t.salesB2B += item.itemPrice();
            t.orderItemsB2B++;
        }
        offer.unitsOrdered[day] += units;
        if (offer.fba()) {
            offer.fulfillable -= units;
            offer.takeFromLots(units);
            if (item.shipDay() == day) {
                t.shipped += units;
            } else {
                offer.reserved += units;
            }
        }
        if (item.shipDay() >= 0) {
            offer.unitsShipped[item.shipDay()] += units;
            offer.salesShipped[item.shipDay()] += item.itemPrice();
        }
    }

    /**
     * Now and then a shopper takes one or two other variations of the product along (another size, colour or pack
     * of its family): more lines of the same order (same id, time, address, status and shipment), each at its
     * product's price and coupon of the day, if it can be bought today (in stock, listed, fulfilled the same way).
     * Its own draws, so that an order without a basket draws what it drew before; basket lines are not credited to
     * an ad. A family's products thus share their orders, and an incident on one moves its family's baskets.
     */
    private void basket(Market market, OrderItem first, long key, LocalDate date) {
        Offer offer = first.offer();
        Roll roll = dice.roll("basket", market.key(), offer.product().index(), key);
        if (!roll.chance(BASKET_SHARE)) {
            return;
        }
        int more = roll.chance(0.3) ? 2 : 1;
        java.util.List<Today> shelf = new java.util.ArrayList<>();
        for (Today other : market.today) {
            Offer o = other.offer;
            if (o != offer
                    && o.fba() == offer.fba()
                    && o.product().parentAsin().equals(offer.product().parentAsin())
                    && other.eligibleForAds) {
                shelf.add(other);
            }
        }
        int line = 0;
        for (int i = 0; i < more && !shelf.isEmpty(); i++) {
            Today other = shelf.remove(roll.upTo(0, shelf.size() - 1));
            Offer o = other.offer;
            int units = Demand.units(roll);
            boolean couponUsed = roll.chance(0.55);
            if (o.fba() && !first.cancelled() && o.fulfillable < units) {
                continue;
            }
            long itemPrice = other.price * units;
            long discount = 0;
            String promotionId = null;
            if (other.couponPercent > 0 && couponUsed) {
                discount = Math.round(itemPrice * other.couponPercent / 100.0);
                promotionId = other.couponId;
            }
            long tax = Math.round((itemPrice - discount) * market.locality.salesTax());
            OrderFees orderFees = null;
            if (fees != null && first.shipped()) {
                long referral = fees.referralFee(o, (itemPrice - discount) / units, date) * units;
                long fulfillment = o.fba() ? fees.fulfillmentFee(o, other.price, date) * units : 0;
                long overcharge = Math.round(fulfillment * (incidents.fulfillmentFee(o, first.day()) - 1));
                orderFees = new OrderFees(referral, fulfillment + overcharge, overcharge);
            }
            OrderItem item = new OrderItem(
                    o,
                    first.orderId(),
                    first.day(),
                    first.purchasedAt(),
                    first.lastUpdatedAt(),
                    first.status(),
                    units,
                    itemPrice,
                    tax,
                    discount,
                    promotionId,
                    first.shipServiceLevel(),
                    first.address(),
                    first.business(),
                    first.shipDay(),
                    first.shippedAt(),
                    false,
                    first.sellerCancelled(),
                    first.late(),
                    first.validTracking(),
                    first.deliveredLate(),
                    first.claim(),
                    first.chargeback(),
                    orderFees,
                    ++line);
            if (!item.cancelled()) {
                take(other, item);
            }
            events.ordered(item);
            if (item.shipped()) {
                long lineKey = first.day() * 100_000L + 50_000L + other.basketSerial++;
                followUps(
                        market,
                        item,
                        lineKey,
                        dice.roll("basket-line", market.key(), o.product().index(), lineKey));
            }
        }
    }

    /** What may follow a shipped order: a return, a review, feedback, a message. */
    private void followUps(Market market, OrderItem item, long key, Roll roll) {
        Offer offer = item.offer();
        Product product = offer.product();
        int delivered =
                item.shipDay() + (offer.fba() ? roll.upTo(1, 2) : roll.upTo(2, 5)) + (item.deliveredLate() ? 3 : 0);
        double returnRate = product.category().returnRate()
                / (product.quality() * product.quality())
                * (item.deliveredLate() ? 1.3 : 1);
        boolean returns = roll.chance(returnRate);
        int days = (int) Math.max(2, Math.min(45, Math.round(roll.lognormal(7, 0.6))));
        if (returns) {
            market.schedule(delivered + days, new Pending.DueReturn(item, key, null));
        } else {
            PlantedIncident spike = incidents.returnSpike(offer, item.day());
            if (spike != null) {
                // A bad batch: more of it comes back, soon after delivery, from the incident's first day on.
                Roll planted = dice.roll("planted-return", market.key(), product.index(), key);
                double extra = Math.min(0.95, returnRate * (spike.magnitude() - 1) / (1 - returnRate));
                if (planted.chance(extra)) {
                    int back = Math.max(spike.first(), delivered + planted.upTo(1, 4));
                    market.schedule(back, new Pending.DueReturn(item, key, spike.detail()));
                }
            }
        }
        double reviewRate = market.locality.marketplace() == Marketplace.US ? 0.02 : 0.014;
        if (roll.chance(reviewRate)) {
            market.schedule(delivered + roll.upTo(3, 30), new Pending.DueReview(item, key));
        }
        // Feedback and messages are about the order: its first line stands for it.
        if (item.firstLine() && roll.chance(0.013)) {
            market.schedule(delivered + roll.upTo(2, 20), new Pending.DueFeedback(item, key));
        }
        if (item.firstLine() && roll.chance(offer.fba() ? 0.006 : 0.02)) {
            message(market, item, roll);
        }
    }

    private void message(Market market, OrderItem item, Roll roll) {
        boolean chinese = roll.chance(0.15);
        String[] template = roll.pick(chinese ? Texts.MESSAGES_ZH : Texts.MESSAGES_EN);
        Instant received = item.purchasedAt().plusSeconds(roll.upTo(3600, 6 * 86_400));
        int receivedDay = dayOf(received, market.locality.marketplace().zone());
        if (receivedDay >= plan.days()) {
            return;
        }
        Instant answered = received.plusSeconds(Math.round(roll.lognormal(5 * 3600, 0.8)));
        Instant endOfSimulation = plan.end()
                .plusDays(1)
                .atStartOfDay(market.locality.marketplace().zone())
                .toInstant();
        if (answered.isAfter(endOfSimulation)) {
            answered = null;
        }
        String buyer = chinese ? roll.pick(Texts.BUYERS_ZH) : roll.pick(Texts.buyers(market.locality.language()));
        CustomerMessage message = new CustomerMessage(
                item.offer(),
                "MSG-" + market.locality.marketplace().code() + "-"
                        + plan.date(receivedDay).toString().replace("-", "") + "-" + (++market.messageSerial),
                received,
                item.orderId(),
                buyer,
                template[0],
                template[1],
                answered,
                answered == null ? null : roll.pick(Texts.TEAM));
        market.schedule(receivedDay, new Pending.DueMessage(message));
    }

    private int dayOf(Instant instant, ZoneId zone) {
        return (int) ChronoUnit.DAYS.between(plan.start(), instant.atZone(zone).toLocalDate());
    }
}
