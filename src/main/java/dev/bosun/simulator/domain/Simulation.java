package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final double[] HOURS = {
        1.2, 0.8, 0.5, 0.4, 0.4, 0.6, 1.2, 2.4, 3.6, 4.2, 4.6, 4.8, 5.0, 4.8, 4.6, 4.6, 4.8, 5.2, 6.0, 6.8, 7.2, 6.6,
        4.8, 2.6
    };
    private static final String[] REASONS = {
        "DEFECTIVE", "NOT_AS_DESCRIBED", "UNWANTED_ITEM", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE",
        "QUALITY_UNACCEPTABLE", "MISSED_ESTIMATED_DELIVERY", "DAMAGED_BY_CARRIER", "MISSING_PARTS", "NO_REASON_GIVEN",
        "NOT_COMPATIBLE", "SWITCHEROO"
    };

    private final Store store;
    private final StorePlan plan;
    private final Dice dice;
    private final FeeSchedule fees;
    private final StoreEvents events;
    private final Incidents incidents;
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
        this.dice = store.dice();
        this.fees = fees;
        this.events = events;
        for (Marketplace marketplace : plan.marketplaces()) {
            Market market = new Market(store.locality(marketplace), store.offers(marketplace));
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
                flood(market, flood, day);
            }
        }
        List<Today> today = new ArrayList<>(market.offers.size());
        for (Offer offer : market.offers) {
            Today t = new Today(offer, day);
            today.add(t);
            if (offer.launched(day)) {
                supply(market, t, date);
                market(t, date);
            }
        }
        for (Pending due : market.agenda(day)) {
            due(market, due, day, date);
        }
        market.clearAgenda(day);
        if (!incidents.isEmpty()) {
            customersComplain(market, day, date);
        }
        for (Today t : today) {
            if (t.offer.launched(day)) {
                demand(market, t, date);
            }
        }
        for (PlantedIncident surge : incidents.active(IncidentType.BUDGET_EXHAUSTED, here, day)) {
            if (surge.first() == day) {
                surge(market, surge, day);
            }
        }
        AdDay ads = advertise(market, today, day, date);
        List<Candidate> candidates = new ArrayList<>();
        for (Today t : today) {
            candidates.addAll(t.candidates);
            if (t.offer.launched(day)) {
                organic(t, date, candidates);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.second).thenComparingInt(c -> c.today.index));
        for (Candidate candidate : candidates) {
            order(market, candidate, day, date);
        }
        events.advertised(settle(ads));
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
            finish(market, t, i, date);
            if (monthEnds && t.offer.fba() && t.offer.launched(day)) {
                storage(market, t.offer, i, date);
            }
        }
        events.dayEnded(market.locality.marketplace(), day);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Supply: inbound shipments, receipts, the store's replenishment, the warehouse's accidents.

    private void supply(Market market, Today t, LocalDate date) {
        Offer offer = t.offer;
        int day = t.day;
        t.startSellable = offer.fulfillable + offer.reserved;
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
            if (po.offer == offer && po.readyDay == day) {
                ship(market, offer, po.units, po.forwarder, day);
                offer.orderedUnitsInProduction -= po.units;
            }
        }
        market.purchases.removeIf(po -> po.offer == offer && po.readyDay <= day);
        if (date.getDayOfWeek() == java.time.DayOfWeek.MONDAY && risk == null) {
            replenish(market, offer, day);
        }
        if (date.getDayOfMonth() == 1 && offer.unsellable > 0) {
            t.disposed = offer.unsellable;
            offer.unsellable = 0;
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
            for (int unit = 0; unit < lost; unit++) {
                if (roll.chance(0.25)) {
                    market.schedule(day + roll.upTo(2, 20), new DueFound(offer, 1));
                } else {
                    market.schedule(day + roll.upTo(20, 40), new DueReimbursement(offer, "Lost_Warehouse", 1));
                }
            }
            if (damaged > 0) {
                market.schedule(day + roll.upTo(15, 35), new DueReimbursement(offer, "Damaged_Warehouse", damaged));
            }
        }
    }

    /**
     * The store's own naive replenishment, every Monday: when sellable and inbound stock covers less than the lead
     * time plus ten days at the last four weeks' pace, it orders about ten weeks of that pace from the supplier.
     * It ignores seasons and the spread of transit times, and now and then skips a week, so the shelf runs empty
     * before peaks and when a ship is late; when cover is already short it sends part by air.
     */
    private void replenish(Market market, Offer offer, int day) {
        Product product = offer.product();
        Roll roll = dice.roll("replenish", market.key(), product.index(), day);
        double pace = offer.unitsOrdered(day - 1, 28) / 28.0;
        if (day - product.launchDay() < 28 || day < 28) {
            pace = Math.max(pace, offer.baseSessions() * product.category().conversion() * 0.9);
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
        double lead = supplier.leadDays() + 2 + sea.transitDays() + 5;
        if (pipeline < pace * (lead + 14)) {
            int units = roundUp(Math.max(supplier.minimumOrder(), pace * 70), supplier.cartonUnits());
            market.purchases.add(new PurchaseOrder(offer, units, day + supplier.leadDays(), sea));
            offer.orderedUnitsInProduction += units;
        }
        double cover = offer.fulfillable / pace;
        int arrivingSoon = inbound[2];
        for (Offer.Inbound shipment : offer.inbound) {
            if (shipment.state == Offer.Inbound.State.SHIPPED && shipment.arrivalDay <= day + 10) {
                arrivingSoon += shipment.units;
            }
        }
        if (cover < 10 && arrivingSoon < pace * 10 && roll.chance(0.6)) {
            int units = roundUp(pace * 21, supplier.cartonUnits());
            market.purchases.add(new PurchaseOrder(offer, units, day + roll.upTo(5, 9), air));
            offer.orderedUnitsInProduction += units;
        }
    }

    private void ship(Market market, Offer offer, int units, Forwarder forwarder, int day) {
        Roll roll = dice.roll("freight", market.key(), offer.product().index(), day);
        int transit = (int) Math.max(3, Math.round(roll.normal(forwarder.transitDays(), forwarder.deviationDays())));
        int shipDay = day + 2;
        String id = "FBA" + roll.letters(ALNUM, 9);
        offer.inbound.add(new Offer.Inbound(id, units, shipDay, shipDay + transit, roll.upTo(2, 9)));
    }

    // ----------------------------------------------------------------------------------------------------------
    // The market: competitors' prices and hijackers.

    private void market(Today t, LocalDate date) {
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

    // ----------------------------------------------------------------------------------------------------------
    // Demand: traffic and conversion of the day.

    private void demand(Market market, Today t, LocalDate date) {
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
                t.couponId = "COUPON-" + coupon.letters(ALNUM, 8);
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

    private void organic(Today t, LocalDate date, List<Candidate> candidates) {
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

    private static int units(Roll roll) {
        return 1 + roll.weighted(0.88, 0.1, 0.02);
    }

    /** A second of the day, more often in the evening. */
    private static int second(Roll roll) {
        return roll.weighted(HOURS) * 3600 + roll.upTo(0, 3599);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Advertising: the auction of each target.

    private AdDay advertise(Market market, List<Today> today, int day, LocalDate date) {
        Marketplace marketplace = market.locality.marketplace();
        Map<Offer, Today> byOffer = new java.util.IdentityHashMap<>();
        for (Today t : today) {
            byOffer.put(t.offer, t);
        }
        double trend = Math.pow(1.15, day / 365.0);
        List<AdDay.CampaignDay> campaigns = new ArrayList<>();
        for (Campaign campaign : store.campaigns(marketplace)) {
            if (campaign.startDate().isAfter(date)) {
                continue;
            }
            AdFigures campaignFigures = new AdFigures();
            List<AdDay.TargetDay> targets = new ArrayList<>();
            List<AdDay.ProductDay> products = new ArrayList<>();
            long budgetLeft = campaign.dailyBudget();
            for (Campaign.AdGroup group : campaign.adGroups()) {
                List<Today> eligible = new ArrayList<>();
                double weights = 0;
                for (Offer offer : group.offers()) {
                    Today t = byOffer.get(offer);
                    if (t != null && offer.launched(day) && t.eligibleForAds) {
                        eligible.add(t);
                        weights += offer.product().sessionWeight();
                    }
                }
                if (eligible.isEmpty()) {
                    continue;
                }
                Map<Offer, AdDay.ProductDay> productDays = new java.util.IdentityHashMap<>();
                for (Today t : eligible) {
                    AdDay.ProductDay productDay = new AdDay.ProductDay(group, t.offer, new AdFigures());
                    productDays.put(t.offer, productDay);
                }
                double season = Seasons.traffic(eligible.get(0).offer.product().category(), marketplace, date) * trend;
                long marketCpc = Math.max(
                        2,
                        Math.round(eligible.get(0).offer.listPrice()
                                * eligible.get(0).offer.product().category().conversion()
                                * 0.31));
                for (Campaign.Target target : group.targets()) {
                    Roll roll = dice.roll("auction", market.key(), Dice.fnv(target.id()), day);
                    AdFigures targetFigures = new AdFigures();
                    List<AdDay.TermDay> terms = new ArrayList<>();
                    for (Campaign.SearchTerm term : target.terms()) {
                        if (budgetLeft < target.bid()) {
                            break; // the campaign is out of budget for the day: its ads stop showing
                        }
                        double searches = term.dailySearches()
                                * season
                                * roll.lognormal(1, 0.15)
                                * incidents.searches(campaign, day);
                        double strength = target.bid() * term.relevance() / marketCpc;
                        double win = 1 / (1 + Math.exp(-4 * (strength - 1)));
                        double reach = campaign.type() == AdType.SD ? 0.5 : 0.18;
                        int impressions = roll.poisson(searches * reach * win);
                        double ctr =
                                (campaign.type() == AdType.SP ? 0.0045 : campaign.type() == AdType.SB ? 0.0035 : 0.0025)
                                        * (0.4 + 0.6 * term.relevance());
                        int clicks = roll.binomial(impressions, ctr);
                        AdFigures termFigures = new AdFigures();
                        int paid = 0;
                        for (int c = 0; c < clicks; c++) {
                            if (budgetLeft < target.bid()) {
                                break;
                            }
                            long cpc = Math.max(1, (long) Math.floor(target.bid() * roll.between(0.55, 0.98)));
                            budgetLeft -= cpc;
                            paid++;
                            termFigures.spend += cpc;
                            Today landing = pickLanding(roll, eligible, weights);
                            AdDay.ProductDay productDay = productDays.get(landing.offer);
                            productDay.figures().clicks++;
                            productDay.figures().spend += cpc;
                            landing.adClicks++;
                            double conversion = landing.conversion
                                    * (0.55 + 0.55 * term.relevance())
                                    * incidents.adConversion(campaign, day);
                            click(roll, landing, conversion, termFigures, productDay.figures());
                        }
                        termFigures.clicks = paid;
                        termFigures.impressions =
                                clicks == 0 ? impressions : Math.round(impressions * (paid / (double) clicks));
                        targetFigures.add(termFigures);
                        if (paid > 0) {
                            terms.add(new AdDay.TermDay(term, termFigures));
                        }
                        // Impressions without a click still count for the target and the products.
                        spreadImpressions(roll, termFigures.impressions, eligible, weights, productDays);
                    }
                    for (PlantedIncident planted : incidents.plantedTerms(target, day)) {
                        Roll extra = dice.roll("planted-term", market.key(), Dice.fnv(planted.id()), day);
                        int wanted = extra.poisson(planted.magnitude());
                        AdFigures termFigures = new AdFigures();
                        for (int c = 0; c < wanted && budgetLeft >= target.bid(); c++) {
                            long cpc = Math.max(1, (long) Math.floor(target.bid() * extra.between(0.55, 0.98)));
                            budgetLeft -= cpc;
                            termFigures.clicks++;
                            termFigures.spend += cpc;
                            Today landing = pickLanding(extra, eligible, weights);
                            AdDay.ProductDay productDay = productDays.get(landing.offer);
                            productDay.figures().clicks++;
                            productDay.figures().spend += cpc;
                            landing.adClicks++;
                            double conversion = planted.type() == IncidentType.HARVEST
                                    ? Math.min(0.6, landing.conversion * 1.8)
                                    : 0;
                            click(extra, landing, conversion, termFigures, productDay.figures());
                        }
                        if (termFigures.clicks > 0) {
                            double ctr = planted.type() == IncidentType.HARVEST ? 0.008 : 0.003;
                            termFigures.impressions = Math.round(termFigures.clicks / (ctr * extra.between(0.8, 1.25)));
                            targetFigures.add(termFigures);
                            terms.add(new AdDay.TermDay(planted.term(), termFigures));
                            spreadImpressions(extra, termFigures.impressions, eligible, weights, productDays);
                        }
                    }
                    // Orders are added to the term figures when they are placed; the target sums its terms then.
                    if (targetFigures.impressions > 0) {
                        targets.add(new AdDay.TargetDay(group, target, targetFigures, terms));
                    }
                }
                for (Today t : eligible) {
                    AdDay.ProductDay productDay = productDays.get(t.offer);
                    if (productDay.figures().impressions > 0) {
                        products.add(productDay);
                    }
                }
            }
            if (!targets.isEmpty()) {
                campaigns.add(new AdDay.CampaignDay(campaign, campaignFigures, targets, products));
            }
        }
        return new AdDay(marketplace, day, campaigns);
    }

    /**
     * What follows a paid click: the shopper may buy. Always draws the same numbers, whatever the outcome, so that
     * a changed conversion leaves the draws of the clicks after it alone.
     */
    private static void click(Roll roll, Today landing, double conversion, AdFigures term, AdFigures product) {
        double buys = roll.uniform();
        int units = units(roll);
        double wins = roll.uniform();
        int second = second(roll);
        if (buys < conversion) {
            if (wins < landing.buyBox) {
                landing.candidates.add(new Candidate(landing, units, second, term, product));
            } else {
                landing.lostUnits += units;
            }
        }
    }

    /** Adds the orders placed after ad clicks to the targets and campaigns, now that the day's orders are in. */
    private static AdDay settle(AdDay day) {
        for (AdDay.CampaignDay campaign : day.campaigns()) {
            AdFigures total = campaign.figures();
            for (AdDay.TargetDay target : campaign.targets()) {
                AdFigures figures = target.figures();
                figures.orders = 0;
                figures.units = 0;
                figures.sales = 0;
                for (AdDay.TermDay term : target.terms()) {
                    figures.orders += term.figures().orders;
                    figures.units += term.figures().units;
                    figures.sales += term.figures().sales;
                }
                total.add(figures);
            }
        }
        return day;
    }

    private static Today pickLanding(Roll roll, List<Today> eligible, double weights) {
        double x = roll.uniform() * weights;
        for (Today t : eligible) {
            x -= t.offer.product().sessionWeight();
            if (x < 0) {
                return t;
            }
        }
        return eligible.get(eligible.size() - 1);
    }

    private static void spreadImpressions(
            Roll roll, long impressions, List<Today> eligible, double weights, Map<Offer, AdDay.ProductDay> days) {
        long left = impressions;
        for (int i = 0; i < eligible.size(); i++) {
            Today t = eligible.get(i);
            long share = i == eligible.size() - 1
                    ? left
                    : Math.min(left, Math.round(impressions * t.offer.product().sessionWeight() / weights));
            days.get(t.offer).figures().impressions += share;
            left -= share;
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Orders.

    private void order(Market market, Candidate candidate, int day, LocalDate date) {
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
        boolean sellerCancelled = !fba && roll.chance(0.003);
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
            boolean slow = roll.chance(0.012);
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
        boolean delayed = roll.chance(fba ? 0.01 : 0.04);
        boolean deliveredLate = status == OrderItem.OrderStatus.SHIPPED && (late || delayed);
        boolean claim = status == OrderItem.OrderStatus.SHIPPED
                && (deliveredLate && !fba ? roll.chance(0.06) : roll.chance(0.0003));
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
        boolean tracked = fba || roll.chance(0.996);
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
                orderFees);
        if (!cancelled) {
            t.unitsOrdered += units;
            t.sales += itemPrice;
            t.orderItems++;
            if (business) {
                t.unitsOrderedB2B += units;
                t.salesB2B += itemPrice;
                t.orderItemsB2B++;
            }
            offer.unitsOrdered[day] += units;
            if (fba) {
                offer.fulfillable -= units;
                offer.takeFromLots(units);
                if (shipDay == day) {
                    t.shipped += units;
                } else {
                    offer.reserved += units;
                }
            }
            if (shipDay >= 0) {
                offer.unitsShipped[shipDay] += units;
                offer.salesShipped[shipDay] += itemPrice;
            }
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
            market.schedule(delivered + days, new DueReturn(item, key, null));
        } else {
            PlantedIncident spike = incidents.returnSpike(offer, item.day());
            if (spike != null) {
                // A bad batch: more of it comes back, soon after delivery, from the incident's first day on.
                Roll planted = dice.roll("planted-return", market.key(), product.index(), key);
                double extra = Math.min(0.95, returnRate * (spike.magnitude() - 1) / (1 - returnRate));
                if (planted.chance(extra)) {
                    int back = Math.max(spike.first(), delivered + planted.upTo(1, 4));
                    market.schedule(back, new DueReturn(item, key, spike.detail()));
                }
            }
        }
        double reviewRate = market.locality.marketplace() == Marketplace.US ? 0.02 : 0.014;
        if (roll.chance(reviewRate)) {
            market.schedule(delivered + roll.upTo(3, 30), new DueReview(item, key));
        }
        if (roll.chance(0.013)) {
            market.schedule(delivered + roll.upTo(2, 20), new DueFeedback(item, key));
        }
        if (roll.chance(offer.fba() ? 0.006 : 0.02)) {
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
        market.schedule(receivedDay, new DueMessage(message));
    }

    private int dayOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(plan.start(), date);
    }

    private int dayOf(Instant instant, ZoneId zone) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(
                plan.start(), instant.atZone(zone).toLocalDate());
    }

    // ----------------------------------------------------------------------------------------------------------
    // Follow-ups falling due.

    private void due(Market market, Pending due, int day, LocalDate date) {
        Marketplace marketplace = market.locality.marketplace();
        ZoneId zone = marketplace.zone();
        if (due instanceof DueReturn r) {
            returned(market, r, day, date);
        } else if (due instanceof DueReview r) {
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
                    "R" + roll.letters(ALNUM, 13),
                    day,
                    stars,
                    text[0],
                    text[1],
                    chinese ? roll.pick(Texts.BUYERS_ZH) : roll.pick(Texts.buyers(0)),
                    roll.chance(0.95)));
        } else if (due instanceof DueFeedback f) {
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
        } else if (due instanceof DueMessage m) {
            events.messaged(m.message());
        } else if (due instanceof DueReimbursement r) {
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
        } else if (due instanceof DueFound f) {
            Offer offer = f.offer();
            offer.fulfillable += f.units();
            offer.addLot(day, f.units());
            market.found[market.offers.indexOf(offer)] += f.units();
        }
    }

    private void returned(Market market, DueReturn due, int day, LocalDate date) {
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
                offer.fba() ? "LPN" + roll.letters(ALNUM, 9) : null,
                offer.fba() ? roll.pick(market.locality.fulfillmentCenters()) : null,
                comment.isEmpty() ? null : comment,
                refund,
                referral - kept,
                kept,
                offer.fba() ? null : "D" + roll.letters(ALNUM, 9),
                offer.fba() ? null : "1Z" + roll.letters(ALNUM, 16)));
    }

    // ----------------------------------------------------------------------------------------------------------
    // The end of an offer's day.

    private void finish(Market market, Today t, int index, LocalDate date) {
        Offer offer = t.offer;
        if (!offer.launched(t.day)) {
            return;
        }
        offer.suppressed = incidents.suppressed(offer, t.day);
        Roll roll = dice.roll("pages", t.marketKey, offer.product().index(), t.day);
        int sessions = t.sessions + t.adClicks;
        int mobile = (int) Math.round(sessions * roll.between(0.55, 0.68));
        int pageViews = (int) Math.round(sessions * roll.between(1.2, 1.6));
        int mobileViews = Math.min(pageViews, (int) Math.round(pageViews * mobile / (double) Math.max(1, sessions)));
        if (!t.inStock && offer.fba()) {
            offer.stockOutDays++;
        }
        int found = market.found[index];
        int sellableReturns = market.sellableReturns[index];
        int unsellableReturns = market.unsellableReturns[index];
        market.found[index] = 0;
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
                        offer.fulfillable + offer.reserved,
                        t.startUnsellable,
                        t.disposed,
                        offer.unsellable)
                : new OfferDay.Stock(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        if (offer.fba()) {
            market.unitDays[index] += offer.fulfillable + offer.reserved + offer.unsellable;
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
                stock));
    }

    private void storage(Market market, Offer offer, int index, LocalDate date) {
        int days = market.storedDays[index];
        double average = days == 0 ? 0 : market.unitDays[index] / (double) days;
        market.unitDays[index] = 0;
        market.storedDays[index] = 0;
        YearMonth month = YearMonth.from(date);
        FeeSchedule.StorageCharge charge = fees == null ? null : fees.storage(offer, month);
        long fee = charge == null ? 0 : Math.round(charge.charge(average));
        String center = market.locality
                .fulfillmentCenters()
                .get(offer.product().index()
                        % market.locality.fulfillmentCenters().size());
        events.stored(new StorageMonth(offer, month, dayOf(date), average, center, charge, fee));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Planted incidents that add to the store's state or to what buyers do.

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
            if (po.offer == offer && po.readyDay > day) {
                purchases.set(i, new PurchaseOrder(po.offer, po.units, po.readyDay + held, po.forwarder));
            }
        }
    }

    /**
     * Storage over capacity: the store's capacity limit is taken as its stored volume at the start of the day over
     * 0.8 (it used 80 % of it); a shipment of the flooding product arrives that day, checked in over two days, big
     * enough to take the volume to the incident's utilisation.
     */
    private void flood(Market market, PlantedIncident flood, int day) {
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
        offer.inbound.add(new Offer.Inbound("FBA" + roll.letters(ALNUM, 9), units, day - 14, day, 2));
    }

    /**
     * Budget exhausted: searches for the campaign's terms rise so that, without its budget, it would spend the
     * incident's multiple of its daily budget (measured on its spend of the two weeks before).
     */
    private void surge(Market market, PlantedIncident surge, int day) {
        long[] spend = market.campaignSpend.get(surge.campaign());
        long total = 0;
        int counted = 0;
        for (int d = Math.max(0, day - 14); d < day; d++) {
            total += spend[d];
            counted++;
        }
        long budget = surge.campaign().dailyBudget();
        double usual = counted == 0 ? 0 : total / (double) counted;
        surge.searchFactor = Math.min(200, surge.magnitude() * budget / Math.max(usual, budget * 0.02));
    }

    /** What unhappy buyers do on a day: bursts of bad reviews, negative feedback, messages left waiting. */
    private void customersComplain(Market market, int day, LocalDate date) {
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
                        "R" + roll.letters(ALNUM, 13),
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

    private static int roundUp(double units, int carton) {
        return (int) Math.max(carton, Math.ceil(units / carton) * carton);
    }

    // ----------------------------------------------------------------------------------------------------------
    // State.

    /** One offer's day while it is being simulated. */
    private static final class Today {
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

        Today(Offer offer, int day) {
            this.offer = offer;
            this.day = day;
            this.marketKey = offer.marketplace().ordinal();
            this.index = offer.product().index();
            this.price = offer.listPrice();
        }
    }

    /** A shopper about to order: from an ad click (with the term and product figures to credit) or not. */
    private static final class Candidate {
        final Today today;
        final int units;
        final int second;
        final AdFigures term;
        final AdFigures product;

        Candidate(Today today, int units, int second, AdFigures term, AdFigures product) {
            this.today = today;
            this.units = units;
            this.second = second;
            this.term = term;
            this.product = product;
        }
    }

    private record PurchaseOrder(Offer offer, int units, int readyDay, Forwarder forwarder) {}

    private sealed interface Pending
            permits DueReturn, DueReview, DueFeedback, DueMessage, DueReimbursement, DueFound {}

    /** A return falling due; {@code reason} forces the reason (a planted return spike), null draws it. */
    private record DueReturn(OrderItem order, long key, String reason) implements Pending {}

    private record DueReview(OrderItem order, long key) implements Pending {}

    private record DueFeedback(OrderItem order, long key) implements Pending {}

    private record DueMessage(CustomerMessage message) implements Pending {}

    private record DueReimbursement(Offer offer, String reason, int units) implements Pending {}

    private record DueFound(Offer offer, int units) implements Pending {}

    /** A marketplace's running state: its offers, what falls due on later days, counters for ids. */
    private final class Market {
        final Locality locality;
        final List<Offer> offers;
        final List<List<Pending>> agenda;
        final List<PurchaseOrder> purchases = new ArrayList<>();
        final int[] found;
        final int[] sellableReturns;
        final int[] unsellableReturns;
        final long[] unitDays;
        final int[] storedDays;
        long orderSerial;
        long messageSerial;
        boolean keepsOrders;
        final java.util.Set<String> complained = new java.util.HashSet<>();
        final Map<Campaign, long[]> campaignSpend = new java.util.IdentityHashMap<>();
        final java.util.ArrayDeque<OrderItem> recentOrders = new java.util.ArrayDeque<>();

        Market(Locality locality, List<Offer> offers) {
            this.locality = locality;
            this.offers = offers;
            this.agenda = new ArrayList<>(plan.days());
            for (int i = 0; i < plan.days(); i++) {
                agenda.add(null);
            }
            this.found = new int[offers.size()];
            this.sellableReturns = new int[offers.size()];
            this.unsellableReturns = new int[offers.size()];
            this.unitDays = new long[offers.size()];
            this.storedDays = new int[offers.size()];
        }

        long key() {
            return locality.marketplace().ordinal();
        }

        void schedule(int day, Pending due) {
            if (day < 0 || day >= plan.days()) {
                return;
            }
            List<Pending> list = agenda.get(day);
            if (list == null) {
                list = new ArrayList<>();
                agenda.set(day, list);
            }
            list.add(due);
        }

        List<Pending> agenda(int day) {
            List<Pending> list = agenda.get(day);
            return list == null ? List.of() : list;
        }

        void clearAgenda(int day) {
            agenda.set(day, null);
        }

        /** An order id in Amazon's 3-7-7 form, unique: the middle block is a permutation of a serial number. */
        String orderId(Roll roll) {
            long serial = ++orderSerial;
            long middle = (serial * 7_919L + 1_234_567L) % 10_000_000L;
            String prefix = locality.orderPrefixes().get((int)
                    ((serial / 10_000_000L) % locality.orderPrefixes().size()));
            return prefix + "-" + String.format(Locale.ROOT, "%07d", middle) + "-" + roll.digits(7);
        }
    }
}
