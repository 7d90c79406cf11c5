package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advertising of one marketplace's day: per campaign, ad group and target a simple auction of the searches
 * (bid and relevance against the market's price give impressions, clicks at a second price never above the bid),
 * the daily budget, and what shoppers do after a click. Orders placed after a click are credited back by
 * {@link #settle} once the day's orders are in.
 */
final class Auction {

    private final Store store;
    private final Dice dice;
    private final Incidents incidents;

    Auction(Store store, Incidents incidents) {
        this.store = store;
        this.dice = store.dice();
        this.incidents = incidents;
    }

    AdDay advertise(Market market, List<Today> today, int day, LocalDate date) {
        Marketplace marketplace = market.locality.marketplace();
        Map<Offer, Today> byOffer = new IdentityHashMap<>();
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
                Map<Offer, AdDay.ProductDay> productDays = new IdentityHashMap<>();
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
        int units = Demand.units(roll);
        double wins = roll.uniform();
        int second = Demand.second(roll);
        if (buys < conversion) {
            if (wins < landing.buyBox) {
                landing.candidates.add(new Candidate(landing, units, second, term, product));
            } else {
                landing.lostUnits += units;
            }
        }
    }

    /** Adds the orders placed after ad clicks to the targets and campaigns, now that the day's orders are in. */
    static AdDay settle(AdDay day) {
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

    /**
     * Budget exhausted: searches for the campaign's terms rise so that, without its budget, it would spend the
     * incident's multiple of its daily budget (measured on its spend of the two weeks before).
     */
    void surge(Market market, PlantedIncident surge, int day) {
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
}
