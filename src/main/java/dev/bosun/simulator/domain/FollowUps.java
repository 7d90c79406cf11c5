package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What falls due on a day from the market's agenda: returns (reason, disposition, refund), reviews and the star
 * ratings with them, seller feedback, buyer messages, reimbursements of lost or damaged stock and lost units found
 * again.
 */
final class FollowUps {

    private static final String[] REASONS = {
        "DEFECTIVE", "NOT_AS_DESCRIBED", "UNWANTED_ITEM", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE",
        "QUALITY_UNACCEPTABLE", "MISSED_ESTIMATED_DELIVERY", "DAMAGED_BY_CARRIER", "MISSING_PARTS", "NO_REASON_GIVEN",
        "NOT_COMPATIBLE", "SWITCHEROO"
    };

    private final Dice dice;
    private final FeeSchedule fees;
    private final StoreEvents events;

    FollowUps(Store store, FeeSchedule fees, StoreEvents events) {
        this.dice = store.dice();
        this.fees = fees;
        this.events = events;
    }

    void due(Market market, Pending due, int day, LocalDate date) {
        Marketplace marketplace = market.locality.marketplace();
        ZoneId zone = marketplace.zone();
        if (due instanceof Pending.DueReturn r) {
            returned(market, r, day, date);
        } else if (due instanceof Pending.DueReview r) {
            OrderItem order = r.order();
            Offer offer = order.offer();
            Roll roll = dice.roll("review", market.key(), offer.product().index(), r.key());
            double mean = 2.9 + 1.6 * offer.product().quality() - (order.deliveredLate() ? 0.4 : 0);
            int stars = (int) Math.max(1, Math.min(5, Math.round(roll.normal(mean, 1.0))));
            boolean chinese = roll.chance(0.08);
            String[] text = roll.pick((chinese ? Texts.REVIEWS_ZH : Texts.REVIEWS_EN).get(stars - 1));
            offer.ratingSum += stars;
            offer.ratingCount++;
            // Star-only ratings outnumber written reviews; they move the average the same way.
            int silent = roll.upTo(2, 6);
            for (int i = 0; i < silent; i++) {
                offer.ratingSum += Math.max(1, Math.min(5, Math.round(roll.normal(mean + 0.2, 0.9))));
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
                    roll.chance(0.95)));
        } else if (due instanceof Pending.DueFeedback f) {
            OrderItem order = f.order();
            Roll roll =
                    dice.roll("feedback", market.key(), order.offer().product().index(), f.key());
            double[] weights = order.deliveredLate() || order.late()
                    ? new double[] {0.2, 0.15, 0.2, 0.2, 0.25}
                    : new double[] {0.012, 0.012, 0.03, 0.12, 0.826};
            int rating = roll.weighted(weights) + 1;
            boolean chinese = roll.chance(0.1);
            String comment = roll.pick((chinese ? Texts.FEEDBACK_ZH : Texts.FEEDBACK_EN).get(rating - 1));
            events.feedback(new FeedbackEntry(
                    order.offer(),
                    order.orderId(),
                    order.day(),
                    day,
                    rating,
                    comment,
                    rating <= 2 ? "Sorry to hear that, we have contacted you to make it right." : "",
                    roll.letters("abcdefghijklmnopqrstuvwxyz0123456789", 15) + "@marketplace.amazon."
                            + (marketplace == Marketplace.US
                                    ? "com"
                                    : marketplace.domain().substring(7))));
        } else if (due instanceof Pending.DueMessage m) {
            events.messaged(m.message());
        } else if (due instanceof Pending.DueReimbursement r) {
            Roll roll =
                    dice.roll("reimbursement", market.key(), r.offer().product().index(), day);
            long perUnit = Math.round(r.offer().listPrice() * 0.62);
            if (market.locality.minorDigits() > 0) {
                perUnit = Math.max(1, perUnit);
            }
            Instant approved = date.atTime(LocalTime.of(roll.upTo(1, 22), roll.upTo(0, 59), roll.upTo(0, 59)))
                    .atZone(zone)
                    .toInstant();
            events.reimbursed(new Reimbursement(
                    r.offer(),
                    roll.upTo(1, 9) + roll.digits(9),
                    roll.chance(0.3) ? roll.upTo(1, 9) + roll.digits(9) : null,
                    day,
                    approved,
                    r.reason(),
                    r.units(),
                    0,
                    perUnit,
                    perUnit * r.units()));
        } else if (due instanceof Pending.DueFound f) {
            Offer offer = f.offer();
            offer.fulfillable += f.units();
            offer.addLot(day, f.units());
            market.found[market.offers.indexOf(offer)] += f.units();
            events.stockMoved(new StockMovement(offer, day, StockMovement.Kind.FOUND, null, f.units()));
        } else if (due instanceof Pending.DueRemoval r) {
            RemovalOrder order = r.order();
            Offer offer = order.offer();
            offer.pendingRemoval -= order.quantity();
            market.removed[market.offers.indexOf(offer)] += order.quantity();
            events.stockMoved(
                    new StockMovement(offer, day, StockMovement.Kind.REMOVED, order.orderId(), order.quantity()));
            events.removalCompleted(order);
        }
    }

    private void returned(Market market, Pending.DueReturn due, int day, LocalDate date) {
        OrderItem order = due.order();
        Offer offer = order.offer();
        Product product = offer.product();
        Roll roll = dice.roll("return", market.key(), product.index(), due.key());
        double[] weights = {0.18, 0.12, 0.22, 0.08, 0.07, 0.13, 0.03, 0.04, 0.04, 0.06, 0.01, 0.005};
        if (product.category() == Category.ELECTRONICS_ACCESSORIES) {
            weights[10] = 0.15;
        }
        if (order.deliveredLate()) {
            weights[6] = 0.3;
        }
        String drawn = REASONS[roll.weighted(weights)];
        String reason = due.reason() != null ? due.reason() : drawn;
        String disposition = switch (reason) {
            case "DEFECTIVE", "QUALITY_UNACCEPTABLE" -> roll.chance(0.7) ? "DEFECTIVE" : "CUSTOMER_DAMAGED";
            case "DAMAGED_BY_CARRIER" -> "CARRIER_DAMAGED";
            case "MISSING_PARTS" -> "DEFECTIVE";
            case "SWITCHEROO" -> "CUSTOMER_DAMAGED";
            case "NOT_AS_DESCRIBED" -> roll.chance(0.5) ? "SELLABLE" : "DEFECTIVE";
            default -> roll.chance(0.8) ? "SELLABLE" : "CUSTOMER_DAMAGED";
        };
        ZoneId zone = market.locality.marketplace().zone();
        Instant at = date.atTime(LocalTime.of(roll.upTo(5, 22), roll.upTo(0, 59), roll.upTo(0, 59)))
                .atZone(zone)
                .toInstant();
        long refund = order.itemPrice() - order.promotionDiscount();
        long referral = order.fees() == null ? 0 : order.fees().referral();
        long kept = fees == null ? 0 : fees.refundAdministrationFee(offer, referral, date);
        String comment = roll.pick(Texts.RETURN_COMMENTS);
        int index = market.offers.indexOf(offer);
        if (offer.fba()) {
            if ("SELLABLE".equals(disposition)) {
                offer.fulfillable += order.quantity();
                offer.addLot(day, order.quantity());
                market.sellableReturns[index] += order.quantity();
            } else {
                offer.unsellable += order.quantity();
                market.unsellableReturns[index] += order.quantity();
            }
        }
        events.returned(new ReturnedItem(
                order,
                day,
                at,
                order.quantity(),
                reason,
                disposition,
                offer.fba() ? "Unit returned to inventory" : "Approved",
                offer.fba() ? "LPN" + roll.letters(Roll.ALNUM, 9) : null,
                offer.fba() ? roll.pick(market.locality.fulfillmentCenters()) : null,
                comment.isEmpty() ? null : comment,
                refund,
                referral - kept,
                kept,
                offer.fba() ? null : "D" + roll.letters(Roll.ALNUM, 9),
                offer.fba() ? null : "1Z" + roll.letters(Roll.ALNUM, 16)));
    }
}
