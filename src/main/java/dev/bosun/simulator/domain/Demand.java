package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * What shoppers do on an offer's day before the ads run: competitors move their prices (and hijackers come),
 * traffic and conversion follow from seasons, price, promotions, rating and stock, and the organic shoppers decide
 * to buy.
 */
final class Demand {

    private static final double[] HOURS = {
        1.2, 0.8, 0.5, 0.4, 0.4, 0.6, 1.2, 2.4, 3.6, 4.2, 4.6, 4.8, 5.0, 4.8, 4.6, 4.6, 4.8, 5.2, 6.0, 6.8, 7.2, 6.6,
        4.8, 2.6
    };

    private final Dice dice;
    private final Incidents incidents;

    Demand(Dice dice, Incidents incidents) {
        this.dice = dice;
        this.incidents = incidents;
    }

    /** The market: competitors' prices and hijackers. */
    void market(Today t, LocalDate date) {
        Offer offer = t.offer;
        Roll roll = dice.roll("market", t.marketKey, offer.product().index(), t.day);
        double reference = offer.listPrice() * 1.0;
        if (t.day > offer.competitorSaleUntil && roll.chance(0.012)) {
            offer.competitorSaleUntil = t.day + roll.upTo(3, 7);
        }
        double target = t.day <= offer.competitorSaleUntil ? reference * 0.86 : reference;
        offer.competitorPrice += (target - offer.competitorPrice) * 0.25 + roll.normal(0, reference * 0.006);
        offer.competitorPrice = Math.max(reference * 0.6, Math.min(reference * 1.3, offer.competitorPrice));
        if (t.day > offer.hijackerUntil && roll.chance(0.0008)) {
            offer.hijackerUntil = t.day + roll.upTo(4, 20);
            offer.hijackerShare = roll.between(0.45, 0.75);
        }
    }

    /** Traffic and conversion of the day. */
    void demand(Market market, Today t, LocalDate date) {
        Offer offer = t.offer;
        Product product = offer.product();
        Category category = product.category();
        Marketplace marketplace = market.locality.marketplace();
        Roll roll = dice.roll("demand", t.marketKey, product.index(), t.day);
        t.inStock = !offer.fba() || offer.fulfillable > 0;
        boolean dealDay = Seasons.dealDay(marketplace, date);
        t.deal = dealDay
                && dice.roll("deal", t.marketKey, product.index(), date.getYear() * 100L + date.getMonthValue())
                        .chance(0.5);
        t.price = t.deal ? dealPrice(market.locality, offer.listPrice()) : offer.listPrice();
        int block = Math.floorDiv(t.day, 28);
        if (!t.deal) {
            Roll coupon = dice.roll("coupon", t.marketKey, product.index(), block);
            if (coupon.chance(0.22)) {
                t.couponPercent = coupon.pick(List.of(10, 15, 20));
                t.couponId = "COUPON-" + coupon.letters(Roll.ALNUM, 8);
            }
        }
        int age = t.day - product.launchDay();
        double life = age < 90 ? 0.25 + 0.75 * age / 90.0 : age > 1000 ? Math.max(0.6, 1 - (age - 1000) / 2000.0) : 1;
        double trend = Math.pow(1.15, t.day / 365.0);
        double sessions = offer.baseSessions()
                * Seasons.traffic(category, marketplace, date)
                * trend
                * life
                * roll.lognormal(1, 0.2)
                * (t.deal ? 1.35 : 1)
                * (t.couponPercent > 0 ? 1.05 : 1);
        if (!t.inStock) {
            sessions *= 0.55;
        }
        sessions *= incidents.traffic(offer, t.day);
        double effective = t.price * (1 - t.couponPercent / 100.0 * 0.55);
        double priceFactor =
                Math.max(0.3, Math.min(2.0, Math.pow(effective / offer.competitorPrice, -category.elasticity())));
        double ratingFactor = offer.ratingCount == 0
                ? 0.8
                : Math.max(0.6, Math.min(1.2, 1 + 0.35 * (offer.rating() - 4.3))) * (offer.ratingCount < 10 ? 0.9 : 1);
        t.conversion = Math.min(
                        0.5,
                        category.conversion()
                                * product.listing().conversionFactor()
                                * ratingFactor
                                * priceFactor
                                * (t.couponPercent > 0 ? 1.1 : 1)
                                * (t.deal ? 1.25 : 1)
                                * roll.lognormal(1, 0.12))
                * incidents.conversion(offer, t.day);
        t.buyBox = (offer.hijacked(t.day)
                        ? offer.hijackerShare
                        : offer.fba() ? roll.between(0.97, 1.0) : roll.between(0.9, 0.99))
                * incidents.buyBox(offer, t.day);
        t.organicSessions = sessions;
        t.eligibleForAds = t.inStock && !incidents.adsStopped(offer, t.day);
    }

    private static long dealPrice(Locality locality, long listPrice) {
        double discounted = listPrice * 0.8;
        if (locality.minorDigits() == 0) {
            return Math.max(1, Math.round(discounted / 10.0) * 10 - 20);
        }
        return Math.max(99, (long) Math.floor(discounted / 100.0) * 100 + 99);
    }

    void organic(Today t, LocalDate date, List<Candidate> candidates) {
        Roll roll = dice.roll("shoppers", t.marketKey, t.offer.product().index(), t.day);
        int sessions = (int) Math.round(t.organicSessions);
        t.sessions += sessions;
        double expected = sessions * t.conversion;
        if (!t.inStock) {
            t.lostUnits += (int) Math.round(expected / 0.55 * 1.14);
            return;
        }
        int orders = roll.poisson(expected);
        for (int i = 0; i < orders; i++) {
            int units = units(roll);
            if (!roll.chance(t.buyBox)) {
                t.lostUnits += units;
                continue;
            }
            candidates.add(new Candidate(t, units, second(roll), null, null));
        }
    }

    static int units(Roll roll) {
        return 1 + roll.weighted(0.88, 0.1, 0.02);
    }

    /** A second of the day, more often in the evening. */
    static int second(Roll roll) {
        return roll.weighted(HOURS) * 3600 + roll.upTo(0, 3599);
    }
}
