package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.IncidentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a good daily review must say about each planted incident: its area and rule, its subject, the first day the
 * written reports show it, the key figures as the reports hold them, and where a review finds them. Figures are
 * measured on what the simulation produced, not on what the incident asked for.
 */
public final class AnswerKey {

    /** The order defect rate Amazon asks for: under 1 %. */
    static final double ODR_TARGET = 0.01;

    static final double LATE_SHIPMENT_TARGET = 0.04;
    static final double VALID_TRACKING_TARGET = 0.95;

    /** Days of cover (at the last week's pace) under which stock is at risk: two weeks, less than any reorder can take. */
    static final double COVER_THRESHOLD = 14;

    /** Clicks without an order after which a search term wastes money. */
    static final int WASTE_CLICKS = 10;

    /** Orders after which a search term has proven it converts. */
    static final int HARVEST_ORDERS = 2;

    /** The days without a session that make a listing a zombie. */
    static final int ZOMBIE_DAYS = 30;

    /** How unlikely a sales drop's fewer order items must be by chance to count as seen. */
    static final double DROP_CHANCE = 0.0002;

    /** How unlikely a return spike's returns must be by chance, at the product's usual pace, to count as seen. */
    static final double SPIKE_CHANCE = 0.001;

    /** Days a seller performance report is written after (every 14 days and on the last day). */
    static final int HEALTH_REPORT_EVERY = 14;

    private final Store store;
    private final IncidentWitness witness;
    private final int lastDay;

    /**
     * One incident's entry.
     *
     * @param visibleFrom the first simulation day the reports show it on; -1 when they never do
     * @param visibleIn the report files (paths in the marketplace's folder, with wildcards) that show it
     * @param finding what the review must say, in a sentence
     * @param figures the key figures, by name: numbers, amounts (BigDecimal in the currency), dates and texts
     * @param note why it is not visible, or what the reports cannot show; null when nothing to add
     */
    public record Answer(
            PlantedIncident incident,
            int visibleFrom,
            List<String> visibleIn,
            String finding,
            Map<String, Object> figures,
            String note) {}

    private AnswerKey(Store store, IncidentWitness witness) {
        this.store = store;
        this.witness = witness;
        this.lastDay = store.plan().days() - 1;
    }

    /** The answers for every incident, after the simulation ran with the witness listening. */
    public static List<Answer> of(Store store, Incidents incidents, IncidentWitness witness) {
        AnswerKey key = new AnswerKey(store, witness);
        List<Answer> answers = new ArrayList<>();
        for (PlantedIncident p : incidents.all()) {
            answers.add(key.answer(p));
        }
        return answers;
    }

    private Answer answer(PlantedIncident p) {
        return switch (p.type()) {
            case TRAFFIC_LOSS, CONVERSION_LOSS, BUY_BOX_LOSS -> salesDrop(p);
            case STOCK_OUT_RISK -> stockOutRisk(p);
            case ACOS_RUNAWAY -> acosRunaway(p);
            case SEARCH_TERM_WASTE, HARVEST -> searchTerm(p);
            case BUDGET_EXHAUSTED -> budgetExhausted(p);
            case RETURN_SPIKE -> returnSpike(p);
            case NEGATIVE_REVIEW_BURST -> reviewBurst(p);
            case ODR_BREACH, LATE_SHIPMENT, INVALID_TRACKING -> healthBreach(p);
            case LISTING_SUPPRESSED -> suppressed(p);
            case ZOMBIE_LISTING -> zombie(p);
            case FEE_OVERCHARGE -> feeOvercharge(p);
            case STORAGE_OVER_CAPACITY -> storage(p);
            case CERTIFICATE_EXPIRING -> certificate(p);
            case MESSAGE_SLA -> messageSla(p);
        };
    }

    // ------------------------------------------------------------------------------------------------------------

    private Answer salesDrop(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        Window before = before(p, 7);
        Window after = after(p, 7);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("before", before.from + " to " + before.to);
        f.put("after", after.from + " to " + after.to);
        double sessionsBefore = mean(t.sessions, before);
        double sessionsAfter = mean(t.sessions, after);
        double unitsBefore = mean(t.units, before);
        double unitsAfter = mean(t.units, after);
        double cvrBefore = ratio(sum(t.units, before), sum(t.sessions, before));
        double cvrAfter = ratio(sum(t.units, after), sum(t.sessions, after));
        double boxBefore = mean(t.buyBox, before);
        double boxAfter = mean(t.buyBox, after);
        f.put("sessionsPerDayBefore", round(sessionsBefore, 1));
        f.put("sessionsPerDayAfter", round(sessionsAfter, 1));
        f.put("unitsPerDayBefore", round(unitsBefore, 2));
        f.put("unitsPerDayAfter", round(unitsAfter, 2));
        f.put("salesPerDayBefore", amount(p, Math.round(mean(t.sales, before))));
        f.put("salesPerDayAfter", amount(p, Math.round(mean(t.sales, after))));
        f.put("unitSessionPercentageBefore", round(cvrBefore * 100, 2));
        f.put("unitSessionPercentageAfter", round(cvrAfter * 100, 2));
        f.put("buyBoxPercentageBefore", round(boxBefore * 100, 2));
        f.put("buyBoxPercentageAfter", round(boxAfter * 100, 2));
        String why = switch (p.type()) {
            case TRAFFIC_LOSS ->
                "sessions fell " + percentChange(sessionsBefore, sessionsAfter)
                        + " while unit session percentage held (" + pct(cvrBefore) + " to " + pct(cvrAfter)
                        + "): a loss of traffic";
            case CONVERSION_LOSS ->
                "unit session percentage fell from " + pct(cvrBefore) + " to " + pct(cvrAfter)
                        + " while sessions held (" + round(sessionsBefore, 0) + " to "
                        + round(sessionsAfter, 0) + " a day): a loss of conversion";
            default ->
                "the Buy Box share fell from " + pct(boxBefore) + " to " + pct(boxAfter)
                        + " while sessions held: another seller holds the Buy Box";
        };
        // Seen the morning a whole week after the start can be set against the week before: when units fell by
        // 30 % or more and the order items beyond what chance gives (binomial on the two weeks' order items).
        Window week = new Window(p.first(), p.first() + 6);
        long itemsBefore = sum(t.orderItems, before);
        long itemsAfter = week.to <= lastDay ? sum(t.orderItems, week) : 0;
        double unitsWeekAfter = week.to <= lastDay ? mean(t.units, week) : 0;
        double chance = week.to <= lastDay
                ? fewerByChance(itemsAfter, itemsBefore, before.days() / (double) (before.days() + 7))
                : 1;
        f.put("orderItemsWeekBefore", itemsBefore);
        f.put("orderItemsWeekAfter", week.to <= lastDay ? itemsAfter : null);
        f.put("chanceOfSoFewOrderItems", week.to <= lastDay ? round(chance, 6) : null);
        int visible = -1;
        String note = null;
        if (week.to + 1 > lastDay) {
            note = "the week from the start is not over before the last day, so no week compares with the one before";
        } else if (before.days() < 7 || unitsWeekAfter > 0.7 * unitsBefore || chance >= DROP_CHANCE) {
            note = "the figures show no drop beyond chance: " + round(unitsBefore, 1) + " units a day the week before,"
                    + " " + round(unitsWeekAfter, 1) + " the week after (a loss of organic traffic is partly made up"
                    + " by ad clicks)";
        } else {
            visible = week.to + 1;
        }
        String finding = "Sales of " + name(p) + " dropped from " + round(unitsBefore, 1) + " to "
                + round(unitsAfter, 1) + " units a day from " + date(p.first()) + "; " + why + ".";
        return new Answer(
                p,
                visible,
                List.of(
                        "business-reports/BusinessReport-*.csv",
                        "business-reports/SalesAndTrafficByDate.csv",
                        "orders/all-orders.txt"),
                finding,
                f,
                note);
    }

    /**
     * The chance of {@code after} or fewer of {@code after + before} order items falling in the later period when
     * each falls there with probability {@code 1 - shareBefore} (no change in pace): the binomial tail.
     */
    static double fewerByChance(long after, long before, double shareBefore) {
        long n = after + before;
        if (n == 0 || after >= n) {
            return 1;
        }
        // In logarithms: the terms of a best seller's hundreds of order items underflow a double.
        double logP = Math.log(shareBefore);
        double logQ = Math.log(1 - shareBefore);
        double[] logs = new double[(int) after + 1];
        double logTerm = n * logP;
        double max = logTerm;
        for (int k = 0; k <= after; k++) {
            logs[k] = logTerm;
            max = Math.max(max, logTerm);
            logTerm += Math.log(n - k) - Math.log(k + 1) + logQ - logP;
        }
        double tail = 0;
        for (double log : logs) {
            tail += Math.exp(log - max);
        }
        return Math.min(1, Math.exp(max + Math.log(tail)));
    }

    /**
     * The chance of {@code count} or more events of a Poisson process with mean {@code mean}: the upper tail.
     */
    static double atLeastByChance(long count, double mean) {
        if (count <= 0) {
            return 1;
        }
        double below = 0;
        double logTerm = -mean;
        for (long k = 0; k < count; k++) {
            below += Math.exp(logTerm);
            logTerm += Math.log(mean) - Math.log(k + 1);
        }
        return Math.max(0, 1 - below);
    }

    private Answer stockOutRisk(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        int visible = -1;
        int stockOut = -1;
        double coverAtVisible = 0;
        for (int d = p.first(); d <= lastDay; d++) {
            double pace = mean(t.units, new Window(Math.max(0, d - 6), d));
            double cover = t.sellable[d] / Math.max(pace, 0.1);
            if (visible < 0 && cover < COVER_THRESHOLD) {
                visible = d;
                coverAtVisible = cover;
            }
            if (stockOut < 0 && t.sellable[d] == 0) {
                stockOut = d;
            }
        }
        Window before = before(p, 28);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("coverThresholdDays", (long) COVER_THRESHOLD);
        f.put("unitsPerDayBefore", round(mean(t.units, before), 2));
        f.put("unitsPerDayAfter", round(mean(t.units, after(p, 7)), 2));
        f.put("fulfillableAtStart", (long) (p.first() > 0 ? t.sellable[p.first() - 1] : t.sellable[0]));
        f.put("shipmentsHeldDays", (long) p.heldDays());
        if (visible >= 0) {
            f.put("fulfillableWhenVisible", (long) t.sellable[visible]);
            f.put("daysOfCoverWhenVisible", round(coverAtVisible, 1));
        }
        f.put("fulfillableAtEnd", (long) t.sellable[lastDay]);
        f.put("stockOutDate", stockOut < 0 ? null : date(stockOut).toString());
        String finding = visible < 0
                ? "Stock of " + name(p) + " stays above " + (long) COVER_THRESHOLD + " days of cover by the end."
                : name(p) + " has " + round(coverAtVisible, 1) + " days of cover left on " + date(visible)
                        + " (" + t.sellable[visible] + " units at "
                        + round(mean(t.units, new Window(Math.max(0, visible - 6), visible)), 1)
                        + " a day) and its next shipment is held: it will run out before stock can arrive"
                        + (stockOut >= 0 ? " (out of stock on " + date(stockOut) + ")" : "") + ".";
        return new Answer(
                p,
                visible,
                List.of(
                        "inventory/ledger-summary.txt",
                        "inventory/manage-fba-inventory-*.txt",
                        "inventory/restock-recommendations-*.txt",
                        "business-reports/BusinessReport-*.csv"),
                finding,
                f,
                visible < 0 ? "demand did not outrun the stock within the simulated days" : null);
    }

    private Answer acosRunaway(PlantedIncident p) {
        IncidentWitness.AdTrack t = witness.campaign(p.campaign());
        Window before = before(p, 14);
        double acosBefore = ratio(sum(t.spend, before), sum(t.sales, before));
        int visible = -1;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            Window since = new Window(p.first(), d);
            long spend = sum(t.spend, since);
            long sales = sum(t.sales, since);
            boolean enoughSpend = spend >= 2 * Math.max(1, mean(t.spend, before));
            if (enoughSpend && (sales == 0 || spend / (double) sales >= 1.5 * acosBefore)) {
                visible = d;
            }
        }
        Window after = new Window(p.first(), lastDay);
        double acosAfter = ratio(sum(t.spend, after), sum(t.sales, after));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("acosPercentageBefore", round(acosBefore * 100, 2));
        f.put("acosPercentageAfter", round(acosAfter * 100, 2));
        f.put("spendPerDayBefore", amount(p, Math.round(mean(t.spend, before))));
        f.put("spendPerDayAfter", amount(p, Math.round(mean(t.spend, after))));
        f.put("salesPerDayBefore", amount(p, Math.round(mean(t.sales, before))));
        f.put("salesPerDayAfter", amount(p, Math.round(mean(t.sales, after))));
        f.put("ordersAfter", (long) sum(t.orders, after));
        String finding = "ACoS of campaign '" + p.campaign().name() + "' ran from " + pct(acosBefore) + " to "
                + pct(acosAfter) + " since " + date(p.first()) + ": its clicks stopped converting while spend went on.";
        return new Answer(
                p,
                visible,
                List.of(
                        "ads/Sponsored Products Campaign report.csv",
                        "ads/Sponsored Products Advertised product report.csv",
                        "ads/Sponsored Products Targeting report.csv"),
                finding,
                f,
                visible < 0 ? "not enough spend since the start to tell" : null);
    }

    private Answer searchTerm(PlantedIncident p) {
        IncidentWitness.AdTrack t = witness.term(p.term());
        boolean harvest = p.type() == IncidentType.HARVEST;
        int visible = -1;
        long clicks = 0;
        long orders = 0;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            clicks += t.clicks[d];
            orders += t.orders[d];
            if (harvest ? orders >= HARVEST_ORDERS : clicks >= WASTE_CLICKS && orders == 0) {
                visible = d;
            }
        }
        Window since = new Window(p.first(), lastDay);
        long spend = sum(t.spend, since);
        long sales = sum(t.sales, since);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("searchTerm", p.term().text());
        f.put("campaign", p.campaign().name());
        f.put(
                "target",
                p.target().text()
                        + (p.target().matchType() == null
                                ? ""
                                : " (" + p.target().matchType() + ")"));
        f.put(harvest ? "ordersThreshold" : "clicksThreshold", (long) (harvest ? HARVEST_ORDERS : WASTE_CLICKS));
        f.put("impressions", sum(t.impressions, since));
        f.put("clicks", sum(t.clicks, since));
        f.put("spend", amount(p, spend));
        f.put("orders", (long) sum(t.orders, since));
        f.put("sales", amount(p, sales));
        f.put("acosPercentage", sales == 0 ? null : round(spend * 100.0 / sales, 2));
        String finding = harvest
                ? "Search term '" + p.term().text() + "' in the automatic campaign '"
                        + p.campaign().name() + "' brought "
                        + sum(t.orders, since) + " orders from " + sum(t.clicks, since)
                        + " clicks: add it as an exact keyword."
                : "Search term '" + p.term().text() + "' in campaign '"
                        + p.campaign().name() + "' cost "
                        + amount(p, spend).toPlainString() + " " + currency(p) + " for " + sum(t.clicks, since)
                        + " clicks and no order: add it as a negative keyword.";
        return new Answer(
                p,
                visible,
                List.of(
                        p.marketplace() == Marketplace.JP
                                ? "ads/Search term report *.csv"
                                : "ads/Sponsored Products Search term report.csv"),
                finding,
                f,
                visible < 0 ? "too few clicks by the end to tell" : null);
    }

    private Answer budgetExhausted(PlantedIncident p) {
        IncidentWitness.AdTrack t = witness.campaign(p.campaign());
        long budget = p.campaign().dailyBudget();
        long maxBid = p.campaign().adGroups().stream()
                .flatMap(g -> g.targets().stream())
                .mapToLong(Campaign.Target::bid)
                .max()
                .orElse(0);
        Window before = before(p, 14);
        int cappedBefore = 0;
        for (int d = before.from; d <= before.to; d++) {
            cappedBefore += t.spend[d] >= budget - maxBid ? 1 : 0;
        }
        int visible = -1;
        int capped = 0;
        for (int d = p.first(); d <= Math.min(p.last(), lastDay); d++) {
            if (t.spend[d] >= budget - maxBid) {
                capped++;
                if (visible < 0) {
                    visible = d;
                }
            }
        }
        Window after = new Window(p.first(), Math.min(p.last(), lastDay));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("dailyBudget", amount(p, budget));
        f.put("spendPerDayBefore", amount(p, Math.round(mean(t.spend, before))));
        f.put("spendPerDayAfter", amount(p, Math.round(mean(t.spend, after))));
        f.put("daysAtBudgetBefore", (long) cappedBefore);
        f.put("daysAtBudgetAfter", (long) capped);
        f.put("daysAfter", (long) after.days());
        String finding = "Campaign '" + p.campaign().name() + "' spent its whole daily budget of "
                + amount(p, budget).toPlainString() + " " + currency(p) + " on " + capped + " of " + after.days()
                + " days since " + date(p.first()) + ": it is out of budget before the day ends.";
        return new Answer(
                p,
                visible,
                List.of(
                        "ads/Sponsored Products Campaign report.csv",
                        "ads/Sponsored Products Campaigns bulk sheet.csv"),
                finding,
                f,
                visible < 0 ? "the campaign never reached its budget" : null);
    }

    private Answer returnSpike(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        int[] reason = t.returns(p.detail());
        int[] lines = t.returnedLines(p.detail());
        Window before = new Window(Math.max(0, p.first() - 60), p.first() - 1);
        double basePerDay = before.days() <= 0 ? 0 : sum(reason, before) / (double) before.days();
        // Seen on the first day the returns for the reason since the start (as orders: units of one line come back
        // together) are beyond chance at the product's usual pace for it (Poisson, p < 0.001), three at least;
        // a product without such returns in the 60 days before is taken as having half of one.
        double linesPerDay = Math.max(before.days() <= 0 ? 0 : sum(lines, before) / (double) before.days(), 0.5 / 60);
        int visible = -1;
        long count = 0;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            count += lines[d];
            if (count >= 3 && atLeastByChance(count, linesPerDay * (d - p.first() + 1)) < SPIKE_CHANCE) {
                visible = d;
            }
        }
        Window since = new Window(p.first(), lastDay);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", p.detail());
        f.put("returnsWithReason60DaysBefore", (long) (before.days() <= 0 ? 0 : sum(reason, before)));
        f.put("returnedOrdersWithReason60DaysBefore", (long) (before.days() <= 0 ? 0 : sum(lines, before)));
        f.put("returnedOrdersWithReasonSince", sum(lines, new Window(p.first(), lastDay)));
        f.put("returns60DaysBefore", (long) (before.days() <= 0 ? 0 : sum(t.returns, before)));
        f.put("unitsShipped60DaysBefore", (long) (before.days() <= 0 ? 0 : sum(t.unitsShipped, before)));
        f.put(
                "returnRatePercentageBefore",
                before.days() <= 0 ? null : round(100 * ratio(sum(t.returns, before), sum(t.unitsShipped, before)), 2));
        f.put("returnsWithReasonSince", (long) sum(reason, since));
        f.put("returnsSince", (long) sum(t.returns, since));
        f.put("unitsShippedSince", (long) sum(t.unitsShipped, new Window(Math.max(0, p.first() - 7), lastDay)));
        String finding = "Returns of " + name(p) + " for " + p.detail() + " jumped: " + sum(reason, since)
                + " since " + date(p.first()) + " against " + round(basePerDay * 7, 1)
                + " a week before; check the batch with the supplier.";
        return new Answer(
                p,
                visible,
                List.of(
                        p.offer().fba() ? "returns/fba-customer-returns.txt" : "returns/merchant-returns.txt",
                        "finance/settlement-*.txt"),
                finding,
                f,
                visible < 0 ? "too few returns came back by the end" : null);
    }

    private Answer reviewBurst(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        int visible = -1;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            if (t.badReviews[d] > 0) {
                visible = d;
            }
        }
        Window since = new Window(p.first(), lastDay);
        Window before = before(p, 30);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("negativeReviewsSince", (long) sum(t.badReviews, since));
        f.put("reviewsSince", (long) sum(t.reviews, since));
        f.put("negativeReviews30DaysBefore", (long) sum(t.badReviews, before));
        f.put("ratingBefore", round(t.rating[Math.max(0, p.first() - 1)], 2));
        f.put("ratingAtEnd", round(t.rating[lastDay], 2));
        String finding = name(p) + " got " + sum(t.badReviews, since) + " one- and two-star reviews since "
                + date(p.first()) + " (" + sum(t.badReviews, before) + " in the 30 days before): read them and"
                + " answer; the rating fell from " + round(t.rating[Math.max(0, p.first() - 1)], 2) + " to "
                + round(t.rating[lastDay], 2) + ".";
        return new Answer(p, visible, List.of("customers/product-reviews.csv"), finding, f, null);
    }

    private Answer healthBreach(PlantedIncident p) {
        Marketplace m = p.marketplace();
        int breach = -1;
        int visible = -1;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            if (breached(p.type(), witness.health(m, d))) {
                if (breach < 0) {
                    breach = d;
                }
                if ((d + 1) % HEALTH_REPORT_EVERY == 0 || d == lastDay) {
                    visible = d;
                }
            }
        }
        HealthReport before = witness.health(m, Math.max(0, p.first() - 1));
        HealthReport end = witness.health(m, lastDay);
        HealthReport seen = visible >= 0 ? witness.health(m, visible) : end;
        Map<String, Object> f = new LinkedHashMap<>();
        String metric;
        switch (p.type()) {
            case ODR_BREACH -> {
                metric = "order defect rate of FBA orders";
                f.put("metric", "orderDefectRate.afn");
                f.put("targetPercentage", 1.0);
                f.put("ratePercentageBefore", round(before.afn().rate() * 100, 3));
                f.put("ratePercentageWhenVisible", round(seen.afn().rate() * 100, 3));
                f.put("ratePercentageAtEnd", round(end.afn().rate() * 100, 3));
                f.put("ordersInWindow", seen.afn().orders());
                f.put("ordersWithDefect", seen.afn().defective());
                f.put("negativeFeedback", seen.afn().negativeFeedback());
                f.put("plantedNegativeFeedback", (long) p.complaints());
            }
            case LATE_SHIPMENT -> {
                metric = "late shipment rate";
                f.put("metric", "lateShipmentRate");
                f.put("targetPercentage", 4.0);
                f.put("ratePercentageBefore", round(before.lateShipmentRate() * 100, 3));
                f.put("ratePercentageWhenVisible", round(seen.lateShipmentRate() * 100, 3));
                f.put("ratePercentageAtEnd", round(end.lateShipmentRate() * 100, 3));
                f.put("shipments", seen.mfnShipments());
                f.put("lateShipments", seen.lateShipments());
            }
            default -> {
                metric = "valid tracking rate";
                f.put("metric", "validTrackingRate");
                f.put("targetPercentage", 95.0);
                f.put("ratePercentageBefore", round(before.validTrackingRate() * 100, 3));
                f.put("ratePercentageWhenVisible", round(seen.validTrackingRate() * 100, 3));
                f.put("ratePercentageAtEnd", round(end.validTrackingRate() * 100, 3));
                f.put("shipments", seen.trackedShipments());
                f.put("validTracking", seen.validTracking());
            }
        }
        f.put("breachedOn", breach < 0 ? null : date(breach).toString());
        String finding = "The " + metric + " in " + m.code() + " breaks Amazon's target"
                + (visible >= 0
                        ? " in the seller performance report of " + date(visible) + " ("
                                + f.get("ratePercentageWhenVisible") + " %)"
                        : "")
                + ": act before the account is at risk.";
        String note = null;
        if (visible < 0) {
            note = breach < 0
                    ? "the metric stayed within target by the end"
                    : "breached on " + date(breach) + ", after the last seller performance report";
        }
        return new Answer(
                p,
                visible,
                p.type() == IncidentType.ODR_BREACH
                        ? List.of("health/seller-performance-*.json", "customers/seller-feedback.txt")
                        : List.of("health/seller-performance-*.json", "orders/all-orders.txt"),
                finding,
                f,
                note);
    }

    private static boolean breached(IncidentType type, HealthReport report) {
        return switch (type) {
            case ODR_BREACH -> report.afn().rate() >= ODR_TARGET;
            case LATE_SHIPMENT -> report.lateShipmentRate() >= LATE_SHIPMENT_TARGET;
            default -> report.validTrackingRate() < VALID_TRACKING_TARGET;
        };
    }

    private Answer suppressed(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        Window before = before(p, 7);
        Window after = after(p, 7);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sessionsPerDayBefore", round(mean(t.sessions, before), 1));
        f.put("sessionsPerDayAfter", round(mean(t.sessions, after), 1));
        f.put("unitsPerDayBefore", round(mean(t.units, before), 2));
        f.put("unitsPerDayAfter", round(mean(t.units, after), 2));
        f.put("buyBoxPercentageAfter", round(mean(t.buyBox, after) * 100, 2));
        f.put("statusAtEnd", p.offer().suppressed() ? "Inactive" : "Active");
        String finding = "The listing of " + name(p) + " is suppressed since " + date(p.first())
                + ": no Buy Box, no sales, and hardly a visit; fix what Amazon flags and get it back.";
        return new Answer(
                p,
                p.first(),
                p.offer().fba() && p.offer().suppressed()
                        ? List.of(
                                "business-reports/BusinessReport-*.csv",
                                "listings/all-listings.txt",
                                "inventory/stranded-inventory-*.txt")
                        : List.of("business-reports/BusinessReport-*.csv", "listings/all-listings.txt"),
                finding,
                f,
                p.offer().suppressed()
                        ? null
                        : "the listing was back before the last day, so All Listings shows it Active");
    }

    private Answer zombie(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        int quiet = 0;
        int visible = -1;
        for (int d = p.first(); d <= lastDay && visible < 0; d++) {
            quiet = t.sessions[d] == 0 ? quiet + 1 : 0;
            if (quiet >= ZOMBIE_DAYS) {
                visible = d;
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("daysThreshold", (long) ZOMBIE_DAYS);
        f.put("lastSessionBefore", date(Math.max(0, p.first() - 1)).toString());
        f.put("daysWithoutSessions", (long) (Math.min(p.last(), lastDay) - p.first() + 1));
        f.put("sessionsPerDayBefore", round(mean(t.sessions, before(p, 30)), 1));
        f.put("fulfillableAtEnd", (long) t.sellable[lastDay]);
        String finding = name(p) + " is active but has had no session since " + date(p.first())
                + ": a zombie listing; review it for delisting or a relaunch.";
        return new Answer(
                p,
                visible,
                List.of("business-reports/BusinessReport-*.csv", "listings/all-listings.txt"),
                finding,
                f,
                visible < 0 ? "fewer than " + ZOMBIE_DAYS + " days without sessions by the end" : null);
    }

    private Answer feeOvercharge(PlantedIncident p) {
        IncidentWitness.OfferTrack t = witness.offer(p.offer());
        int visible = -1;
        if (t.firstOverchargeShipDay >= 0) {
            int close = SettlementCalendar.lastDay(SettlementCalendar.period(t.firstOverchargeShipDay));
            visible = close <= lastDay ? close : -1;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("expectedFeePerUnit", amount(p, t.expectedUnitFee));
        f.put("chargedFeePerUnit", amount(p, t.chargedUnitFee));
        f.put("unitsOvercharged", (long) t.unitsOvercharged);
        f.put("overchargedInClosedSettlements", amount(p, t.overchargeSettled));
        f.put("overchargedInAll", amount(p, t.overcharge));
        String finding = "Settlements charge " + name(p) + " an FBA fee of "
                + amount(p, t.chargedUnitFee).toPlainString() + " " + currency(p) + " a unit where its size and weight"
                + " call for " + amount(p, t.expectedUnitFee).toPlainString() + ": "
                + amount(p, t.overchargeSettled).toPlainString() + " " + currency(p)
                + " overcharged in closed settlements; claim it back.";
        return new Answer(
                p,
                visible,
                List.of(
                        "finance/settlement-*.txt",
                        "finance/date-range-transactions.csv",
                        "finance/fba-fee-preview.txt"),
                finding,
                f,
                visible < 0 ? "no settlement with an overcharged shipment closed by the end" : null);
    }

    private Answer storage(PlantedIncident p) {
        double[] volume = witness.volume(p.marketplace());
        double capacity = p.capacityCm3();
        int visible = -1;
        int peak = p.first();
        for (int d = p.first(); d <= lastDay; d++) {
            if (visible < 0 && volume[d] > capacity) {
                visible = d;
            }
            if (volume[d] > volume[peak]) {
                peak = d;
            }
        }
        boolean feet = p.marketplace().region() == Region.NA;
        String unit = feet ? "cubic feet" : "cubic meters";
        double scale = feet ? 28_316.8 : 1_000_000;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("volumeUnit", unit);
        f.put("capacityLimit", round(capacity / scale, 1));
        f.put("volumeBefore", round(volume[Math.max(0, p.first() - 1)] / scale, 1));
        f.put("peakVolume", round(volume[peak] / scale, 1));
        f.put("peakDate", date(peak).toString());
        f.put("peakUtilisationPercentage", round(volume[peak] / capacity * 100, 1));
        f.put("shipmentSku", p.offer().sku());
        f.put("shipmentUnits", (long) p.floodUnits());
        String finding =
                "Stored volume in " + p.marketplace().code() + " reached " + round(volume[peak] / scale, 1) + " "
                        + unit + ", " + round(volume[peak] / capacity * 100, 0) + " % of the capacity limit of "
                        + round(capacity / scale, 1) + ", after a shipment of " + p.floodUnits() + " units of "
                        + p.offer().sku() + ": expect overage fees and a cut in next month's limit.";
        return new Answer(
                p,
                visible,
                List.of(
                        "inventory/ledger-summary.txt",
                        "inventory/manage-fba-inventory-*.txt",
                        "inventory/fba-inventory-planning-*.txt"),
                finding,
                f,
                "the volume on hand is in the inventory reports; the capacity limit itself is not in any report"
                        + " Bosun imports (Seller Central shows it on the capacity monitor), so it must be entered"
                        + " by hand. The store's limit is taken as its volume the day before over 0.8.");
    }

    private Answer certificate(PlantedIncident p) {
        LocalDate expiry = date(p.first()).plusDays(Math.round(p.magnitude()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("certificate", p.detail());
        f.put("expires", expiry.toString());
        f.put(
                "daysLeftAtEnd",
                java.time.temporal.ChronoUnit.DAYS.between(store.plan().end(), expiry));
        String finding = "The " + p.detail() + " of " + name(p) + " expires on " + expiry
                + ": renew it before the listing is at risk.";
        return new Answer(p, -1, List.of(), finding, f, "not visible in Amazon reports; needs the compliance module");
    }

    private Answer messageSla(PlantedIncident p) {
        List<IncidentWitness.Message> all = witness.messages(p.marketplace());
        int received = 0;
        int inTime = 0;
        int late = 0;
        int unanswered = 0;
        int visible = -1;
        Duration day = Duration.ofHours(24);
        java.time.ZoneId zone = p.marketplace().zone();
        for (IncidentWitness.Message message : all) {
            if (message.day() < p.first()) {
                continue;
            }
            received++;
            boolean overdue = message.answered() == null
                    || Duration.between(message.received(), message.answered()).compareTo(day) > 0;
            if (!overdue) {
                inTime++;
                continue;
            }
            if (message.answered() == null) {
                unanswered++;
            } else {
                late++;
            }
            int due = (int) java.time.temporal.ChronoUnit.DAYS.between(
                    store.plan().start(),
                    message.received().plus(day).atZone(zone).toLocalDate());
            if (due <= lastDay && (visible < 0 || due < visible)) {
                visible = due;
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("messagesSince", (long) received);
        f.put("answeredWithin24Hours", (long) inTime);
        f.put("answeredLate", (long) late);
        f.put("notAnswered", (long) unanswered);
        f.put("answeredInTimePercentage", received == 0 ? null : round(100.0 * inTime / received, 1));
        f.put("targetPercentage", 90.0);
        String finding =
                "Of " + received + " buyer messages in " + p.marketplace().code() + " since " + date(p.first()) + ", "
                        + (late + unanswered) + " waited more than 24 hours for an answer: answer them now.";
        return new Answer(
                p,
                visible,
                List.of("customers/buyer-messages.csv"),
                finding,
                f,
                "Amazon has no buyer message report: messages come in Bosun's own template"
                        + (visible < 0 ? "; no message was 24 hours old by the end" : ""));
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Days {@code from} to {@code to}, included. */
    private record Window(int from, int to) {
        int days() {
            return to - from + 1;
        }

        @Override
        public String toString() {
            return from + ".." + to;
        }
    }

    private Window before(PlantedIncident p, int days) {
        return new Window(Math.max(0, p.first() - days), Math.max(0, p.first() - 1));
    }

    private Window after(PlantedIncident p, int days) {
        return new Window(p.first(), Math.min(lastDay, Math.min(p.last(), p.first() + days - 1)));
    }

    private static long sum(int[] values, Window w) {
        long total = 0;
        for (int d = Math.max(0, w.from); d <= w.to && d < values.length; d++) {
            total += values[d];
        }
        return total;
    }

    private static long sum(long[] values, Window w) {
        long total = 0;
        for (int d = Math.max(0, w.from); d <= w.to && d < values.length; d++) {
            total += values[d];
        }
        return total;
    }

    private static double mean(int[] values, Window w) {
        return w.days() <= 0 ? 0 : sum(values, w) / (double) w.days();
    }

    private static double mean(long[] values, Window w) {
        return w.days() <= 0 ? 0 : sum(values, w) / (double) w.days();
    }

    private static double mean(double[] values, Window w) {
        double total = 0;
        for (int d = Math.max(0, w.from); d <= w.to && d < values.length; d++) {
            total += values[d];
        }
        return w.days() <= 0 ? 0 : total / w.days();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    static BigDecimal round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    }

    private static String pct(double share) {
        return round(share * 100, 1).toPlainString() + " %";
    }

    private static String percentChange(double before, double after) {
        return before == 0
                ? "to " + round(after, 1)
                : round((before - after) / before * 100, 0).toPlainString() + " %";
    }

    private BigDecimal amount(PlantedIncident p, long minor) {
        return BigDecimal.valueOf(minor, store.locality(p.marketplace()).minorDigits());
    }

    private static String currency(PlantedIncident p) {
        return p.marketplace().currency().getCurrencyCode();
    }

    private LocalDate date(int day) {
        return store.plan().date(day);
    }

    private static String name(PlantedIncident p) {
        return p.offer().sku() + " (" + p.offer().asin() + ", "
                + p.marketplace().code() + ")";
    }
}
