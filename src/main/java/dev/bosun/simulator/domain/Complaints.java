package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted incidents that add to what buyers do: bursts of bad reviews, negative feedback that breaches the order
 * defect rate, messages left waiting past the response time.
 */
final class Complaints {

    private final StorePlan plan;
    private final Dice dice;
    private final StoreEvents events;
    private final Incidents incidents;

    Complaints(Store store, StoreEvents events, Incidents incidents) {
        this.plan = store.plan();
        this.dice = store.dice();
        this.events = events;
        this.incidents = incidents;
    }

    /** What unhappy buyers do on a day: bursts of bad reviews, negative feedback, messages left waiting. */
    void customersComplain(Market market, int day, LocalDate date) {
        Marketplace marketplace = market.locality.marketplace();
        if (market.keepsOrders) {
            while (!market.recentOrders.isEmpty()
                    && market.recentOrders.peekFirst().day() < day - 90) {
                market.recentOrders.pollFirst();
            }
        }
        for (PlantedIncident burst : incidents.active(IncidentType.NEGATIVE_REVIEW_BURST, marketplace, day)) {
            int count = share(burst, day);
            Offer offer = burst.offer();
            Roll roll = dice.roll("planted-reviews", market.key(), Dice.fnv(burst.id()), day);
            for (int i = 0; i < count; i++) {
                int stars = roll.chance(0.6) ? 1 : 2;
                boolean chinese = roll.chance(0.08);
                String[] text = roll.pick((chinese ? Texts.REVIEWS_ZH : Texts.REVIEWS_EN).get(stars - 1));
                offer.ratingSum += stars;
                offer.ratingCount++;
                int silent = roll.upTo(1, 3);
                for (int k = 0; k < silent; k++) {
                    offer.ratingSum += roll.upTo(1, 2);
                    offer.ratingCount++;
                }
                events.reviewed(new ProductReview(
                        offer,
                        "R" + roll.letters(Roll.ALNUM, 13),
                        day,
                        stars,
                        text[0],
                        text[1],
                        chinese ? roll.pick(Texts.BUYERS_ZH) : roll.pick(Texts.buyers(0)),
                        roll.chance(0.9)));
            }
        }
        for (PlantedIncident breach : incidents.active(IncidentType.ODR_BREACH, marketplace, day)) {
            negativeFeedback(market, breach, day);
        }
        for (PlantedIncident sla : incidents.active(IncidentType.MESSAGE_SLA, marketplace, day)) {
            lateMessages(market, sla, day, date);
        }
    }

    /** The part of an incident's count (its magnitude) that falls on a day, spread evenly over its days. */
    private static int share(PlantedIncident incident, int day) {
        int total = (int) Math.round(incident.magnitude());
        int days = incident.last() - incident.first() + 1;
        int k = day - incident.first();
        return total / days + (k < total % days ? 1 : 0);
    }

    /**
     * An ODR breach: buyers leave one- and two-star feedback on FBA orders old enough to count in the order defect
     * rate's window (placed 14 to 73 days ago; the newest month of it), as many as the target rate of that window's
     * orders.
     */
    private void negativeFeedback(Market market, PlantedIncident breach, int day) {
        if (breach.first() == day) {
            long orders = market.recentOrders.stream()
                    .filter(o -> o.offer().fba() && inDefectWindow(o, day))
                    .count();
            breach.complaints = (int) Math.ceil(breach.magnitude() * Math.max(orders, 1));
        }
        int days = breach.last() - breach.first() + 1;
        int k = day - breach.first();
        int count = breach.complaints / days + (k < breach.complaints % days ? 1 : 0);
        // The newest month of the window, so that the defects stay in it for a month.
        List<OrderItem> pool = new ArrayList<>();
        for (OrderItem o : market.recentOrders) {
            if (o.offer().fba()
                    && inDefectWindow(o, day)
                    && o.day() > day - HealthLedger.DEFECT_DELAY - 30
                    && !market.complained.contains(o.orderId())) {
                pool.add(o);
            }
        }
        Roll roll = dice.roll("planted-feedback", market.key(), Dice.fnv(breach.id()), day);
        Marketplace marketplace = market.locality.marketplace();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            OrderItem order = pool.remove(roll.upTo(0, pool.size() - 1));
            market.complained.add(order.orderId());
            int rating = roll.chance(0.7) ? 1 : 2;
            boolean chinese = roll.chance(0.1);
            events.feedback(new FeedbackEntry(
                    order.offer(),
                    order.orderId(),
                    order.day(),
                    day,
                    rating,
                    roll.pick((chinese ? Texts.FEEDBACK_ZH : Texts.FEEDBACK_EN).get(rating - 1)),
                    "",
                    roll.letters("abcdefghijklmnopqrstuvwxyz0123456789", 15) + "@marketplace.amazon."
                            + (marketplace == Marketplace.US
                                    ? "com"
                                    : marketplace.domain().substring(7))));
        }
    }

    private static boolean inDefectWindow(OrderItem order, int day) {
        int to = day - HealthLedger.DEFECT_DELAY;
        return order.day() <= to && order.day() > to - HealthLedger.DEFECT_WINDOW;
    }

    /** A message SLA breach: buyers write about recent orders and wait 26 to 60 hours for an answer. */
    private void lateMessages(Market market, PlantedIncident sla, int day, LocalDate date) {
        int count = share(sla, day);
        List<OrderItem> pool = new ArrayList<>();
        for (OrderItem o : market.recentOrders) {
            if (o.day() >= day - 20 && o.day() < day && (sla.offer() == null || o.offer() == sla.offer())) {
                pool.add(o);
            }
        }
        if (pool.isEmpty()) {
            return;
        }
        ZoneId zone = market.locality.marketplace().zone();
        Instant endOfSimulation = plan.end().plusDays(1).atStartOfDay(zone).toInstant();
        Roll roll = dice.roll("planted-messages", market.key(), Dice.fnv(sla.id()), day);
        for (int i = 0; i < count; i++) {
            OrderItem item = pool.get(roll.upTo(0, pool.size() - 1));
            boolean chinese = roll.chance(0.15);
            String[] template = roll.pick(chinese ? Texts.MESSAGES_ZH : Texts.MESSAGES_EN);
            Instant received = date.atTime(LocalTime.of(roll.upTo(7, 20), roll.upTo(0, 59), roll.upTo(0, 59)))
                    .atZone(zone)
                    .toInstant();
            Instant answered = received.plusSeconds(roll.upTo(26 * 3600, 60 * 3600));
            if (answered.isAfter(endOfSimulation)) {
                answered = null;
            }
            String buyer = chinese ? roll.pick(Texts.BUYERS_ZH) : roll.pick(Texts.buyers(market.locality.language()));
            events.messaged(new CustomerMessage(
                    item.offer(),
                    "MSG-" + market.locality.marketplace().code() + "-"
                            + date.toString().replace("-", "") + "-" + (++market.messageSerial),
                    received,
                    item.orderId(),
                    buyer,
                    template[0],
                    template[1],
                    answered,
                    answered == null ? null : roll.pick(Texts.TEAM)));
        }
    }
}
