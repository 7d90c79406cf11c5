package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a store day by day. Each day, in each marketplace: goods arrive and the store reorders, returns and other
 * follow-ups fall due, competitors move, the ads auction runs, shoppers visit and buy (as far as stock goes), and
 * orders ship. Every fact is told to the {@link StoreEvents} listener as it happens, so writers can stream files
 * without holding the store's history.
 *
 * <p>All chance comes from the store's {@link Dice}, keyed by what a draw is about: an order's draws by its offer,
 * day and place in the offer's day, a click's by its target and day, and each draw takes the same numbers whatever
 * it decides. Planted {@link Incidents} change the factors of {@link Today} (traffic, conversion, Buy Box), of
 * auctions, returns, fees and shipping for a subject and days, or add what buyers do (reviews, feedback,
 * messages); so an incident moves the figures of its subject and leaves the others as they were.
 */
public final class Simulation {

    private final Store store;
    private final StorePlan plan;
    private final StoreEvents events;
    private final Incidents incidents;
    private final Supply supply;
    private final Demand demand;
    private final Auction auction;
    private final Checkout checkout;
    private final FollowUps followUps;
    private final Complaints complaints;
    private final DayClose dayClose;
    private final Map<Marketplace, Market> markets = new EnumMap<>(Marketplace.class);

    /**
     * @param fees Amazon's fees, or null to simulate without them (orders then carry no fees and storage no charge)
     */
    public Simulation(Store store, FeeSchedule fees, StoreEvents events) {
        this(store, fees, events, Incidents.none());
    }

    /**
     * A simulation with incidents planted in the store (see {@link Incidents#plant}).
     *
     * @param fees Amazon's fees, or null to simulate without them
     */
    public Simulation(Store store, FeeSchedule fees, StoreEvents events, Incidents incidents) {
        this.store = store;
        this.incidents = incidents;
        this.plan = store.plan();
        if (fees != null) {
            // A product whose fulfilment fee the marketplace's rate card lacks (e.g. German oversize parcels) is
            // shipped by the seller there, rather than sold through FBA with a fee of nothing.
            for (Marketplace marketplace : plan.marketplaces()) {
                for (Offer offer : store.offers(marketplace)) {
                    if (offer.fba() && !fees.knowsFulfillmentFee(offer, plan.start())) {
                        offer.shipBySeller();
                    }
                }
            }
        }
        this.events = events;
        this.supply = new Supply(store, fees, events, incidents);
        this.demand = new Demand(store.dice(), incidents);
        this.auction = new Auction(store, incidents);
        this.checkout = new Checkout(store, fees, events, incidents);
        this.followUps = new FollowUps(store, fees, events);
        this.complaints = new Complaints(store, events, incidents);
        this.dayClose = new DayClose(store, fees, events, incidents);
        for (Marketplace marketplace : plan.marketplaces()) {
            Market market = new Market(store.locality(marketplace), store.offers(marketplace), plan.days());
            for (PlantedIncident p : incidents.all()) {
                if (p.type() == IncidentType.BUDGET_EXHAUSTED && p.marketplace() == marketplace) {
                    market.campaignSpend.put(p.campaign(), new long[plan.days()]);
                }
            }
            market.keepsOrders = incidents.any(marketplace, IncidentType.ODR_BREACH, IncidentType.MESSAGE_SLA);
            markets.put(marketplace, market);
        }
    }

    /** Runs every day of the plan in every marketplace and tells the listener. */
    public void run() {
        events.started(store);
        for (int day = 0; day < plan.days(); day++) {
            for (Marketplace marketplace : plan.marketplaces()) {
                simulate(markets.get(marketplace), day);
            }
        }
        events.finished(store);
    }

    private void simulate(Market market, int day) {
        LocalDate date = plan.date(day);
        Marketplace here = market.locality.marketplace();
        for (PlantedIncident flood : incidents.active(IncidentType.STORAGE_OVER_CAPACITY, here, day)) {
            if (flood.first() == day) {
                supply.flood(market, flood, day);
            }
        }
        List<Today> today = new ArrayList<>(market.offers.size());
        for (Offer offer : market.offers) {
            Today t = new Today(offer, day);
            today.add(t);
            if (offer.launched(day)) {
                supply.supply(market, t, date);
                demand.market(t, date);
            }
        }
        market.today = today;
        for (Pending due : market.agenda(day)) {
            followUps.due(market, due, day, date);
        }
        market.clearAgenda(day);
        if (!incidents.isEmpty()) {
            complaints.customersComplain(market, day, date);
        }
        for (Today t : today) {
            if (t.offer.launched(day)) {
                demand.demand(market, t, date);
            }
        }
        for (PlantedIncident surge : incidents.active(IncidentType.BUDGET_EXHAUSTED, here, day)) {
            if (surge.first() == day) {
                auction.surge(market, surge, day);
            }
        }
        AdDay ads = auction.advertise(market, today, day, date);
        List<Candidate> candidates = new ArrayList<>();
        for (Today t : today) {
            candidates.addAll(t.candidates);
            if (t.offer.launched(day)) {
                demand.organic(t, date, candidates);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.second).thenComparingInt(c -> c.today.index));
        for (Candidate candidate : candidates) {
            checkout.order(market, candidate, day, date);
        }
        events.advertised(Auction.settle(ads));
        if (!market.campaignSpend.isEmpty()) {
            for (AdDay.CampaignDay campaign : ads.campaigns()) {
                long[] spend = market.campaignSpend.get(campaign.campaign());
                if (spend != null) {
                    spend[day] = campaign.figures().spend();
                }
            }
        }
        boolean monthEnds = date.plusDays(1).getDayOfMonth() == 1;
        for (int i = 0; i < today.size(); i++) {
            Today t = today.get(i);
            dayClose.finish(market, t, i, date);
            if (monthEnds && t.offer.fba() && t.offer.launched(day)) {
                dayClose.storage(market, t.offer, i, date);
            }
        }
        events.dayEnded(market.locality.marketplace(), day);
    }
}
