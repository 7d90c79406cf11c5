package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.IncidentType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The incidents planted in a store, found in it, and what they do to the model's factors: the simulation asks,
 * per offer or campaign and day, how traffic, conversion, the Buy Box, returns, fees or auctions are changed. With
 * no incidents every factor is neutral, so a healthy store is simulated exactly as before.
 */
public final class Incidents {

    private static final Set<String> RETURN_REASONS = Set.of(
            "DEFECTIVE",
            "NOT_AS_DESCRIBED",
            "UNWANTED_ITEM",
            "ORDERED_WRONG_ITEM",
            "FOUND_BETTER_PRICE",
            "QUALITY_UNACCEPTABLE",
            "MISSED_ESTIMATED_DELIVERY",
            "DAMAGED_BY_CARRIER",
            "MISSING_PARTS",
            "NO_REASON_GIVEN",
            "NOT_COMPATIBLE",
            "SWITCHEROO");

    private static final Incidents NONE = new Incidents(List.of());

    private final List<PlantedIncident> planted;

    private Incidents(List<PlantedIncident> planted) {
        this.planted = List.copyOf(planted);
    }

    /** No incidents: a healthy store. */
    public static Incidents none() {
        return NONE;
    }

    /**
     * Finds each incident's subject in the store and checks it can happen there.
     *
     * @param withFees whether the simulation charges Amazon's fees (a fee overcharge needs them)
     * @throws IncidentRejectedException for the first incident that cannot be planted, with the reason
     */
    public static Incidents plant(Store store, List<Incident> incidents, boolean withFees) {
        List<PlantedIncident> planted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Object> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // Subjects given first, so that a picked subject never takes one named by another incident.
        for (Incident incident : incidents) {
            if (incident.sku() != null || incident.campaign() != null) {
                Marketplace marketplace = incident.marketplace() == null
                        ? store.plan().marketplaces().get(0)
                        : incident.marketplace();
                if (store.plan().marketplaces().contains(marketplace)) {
                    store.offers(marketplace).stream()
                            .filter(o -> matches(o, incident.sku()))
                            .forEach(used::add);
                    store.campaigns(marketplace).stream()
                            .filter(c -> c.id().equals(incident.campaign())
                                    || c.name().equals(incident.campaign()))
                            .forEach(used::add);
                }
            }
        }
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            String id = incident.id() != null ? incident.id() : "incident-" + (i + 1);
            if (id.isBlank()) {
                throw new IncidentRejectedException(i, id, incident.type().fileName(), "the id is blank");
            }
            if (!ids.add(id)) {
                throw new IncidentRejectedException(
                        i, id, incident.type().fileName(), "another incident has the id '" + id + "' already");
            }
            planted.add(new Planter(store, i, id, incident, withFees, used).plant());
        }
        return new Incidents(planted);
    }

    public List<PlantedIncident> all() {
        return planted;
    }

    public boolean isEmpty() {
        return planted.isEmpty();
    }

    /** The incidents of a type acting in a marketplace on a day. */
    List<PlantedIncident> active(IncidentType type, Marketplace marketplace, int day) {
        if (planted.isEmpty()) {
            return List.of();
        }
        List<PlantedIncident> list = new ArrayList<>(1);
        for (PlantedIncident p : planted) {
            if (p.type() == type && p.marketplace() == marketplace && p.active(day)) {
                list.add(p);
            }
        }
        return list;
    }

    /** Whether any incident of these types is planted in the marketplace. */
    boolean any(Marketplace marketplace, IncidentType... types) {
        for (PlantedIncident p : planted) {
            if (p.marketplace() == marketplace && List.of(types).contains(p.type())) {
                return true;
            }
        }
        return false;
    }

    private PlantedIncident onOffer(IncidentType type, Offer offer, int day) {
        for (PlantedIncident p : planted) {
            if (p.type() == type && p.about(offer) && p.active(day)) {
                return p;
            }
        }
        return null;
    }

    /** The factor on an offer's organic sessions. */
    double traffic(Offer offer, int day) {
        if (planted.isEmpty()) {
            return 1;
        }
        double factor = 1;
        for (PlantedIncident p : planted) {
            if (!p.about(offer) || !p.active(day)) {
                continue;
            }
            factor *= switch (p.type()) {
                case TRAFFIC_LOSS -> 1 - p.magnitude();
                case STOCK_OUT_RISK -> p.magnitude();
                case LISTING_SUPPRESSED, ZOMBIE_LISTING -> p.magnitude();
                default -> 1;
            };
        }
        return factor;
    }

    /** The factor on an offer's conversion (organic and after ad clicks). */
    double conversion(Offer offer, int day) {
        if (planted.isEmpty()) {
            return 1;
        }
        double factor = 1;
        for (PlantedIncident p : planted) {
            if (p.about(offer) && p.active(day)) {
                if (p.type() == IncidentType.CONVERSION_LOSS) {
                    factor *= 1 - p.magnitude();
                } else if (p.type() == IncidentType.LISTING_SUPPRESSED) {
                    factor = 0;
                }
            }
        }
        return factor;
    }

    /** The factor on an offer's Buy Box share. */
    double buyBox(Offer offer, int day) {
        if (planted.isEmpty()) {
            return 1;
        }
        PlantedIncident p = onOffer(IncidentType.BUY_BOX_LOSS, offer, day);
        if (onOffer(IncidentType.LISTING_SUPPRESSED, offer, day) != null) {
            return 0;
        }
        return p == null ? 1 : 1 - p.magnitude();
    }

    /** Whether the offer's ads cannot show (the listing is suppressed, or nobody searches for it any more). */
    boolean adsStopped(Offer offer, int day) {
        return !planted.isEmpty()
                && (onOffer(IncidentType.LISTING_SUPPRESSED, offer, day) != null
                        || onOffer(IncidentType.ZOMBIE_LISTING, offer, day) != null);
    }

    /** Whether the listing is suppressed on a day. */
    boolean suppressed(Offer offer, int day) {
        return !planted.isEmpty() && onOffer(IncidentType.LISTING_SUPPRESSED, offer, day) != null;
    }

    /** The stock-out risk planted on an offer and acting on a day, or null. */
    PlantedIncident stockOutRisk(Offer offer, int day) {
        return planted.isEmpty() ? null : onOffer(IncidentType.STOCK_OUT_RISK, offer, day);
    }

    /** The return spike on the offer's orders placed on {@code orderDay}: those of the week before it on count. */
    PlantedIncident returnSpike(Offer offer, int orderDay) {
        if (planted.isEmpty()) {
            return null;
        }
        for (PlantedIncident p : planted) {
            if (p.type() == IncidentType.RETURN_SPIKE
                    && p.about(offer)
                    && orderDay >= p.first() - 7
                    && orderDay <= p.last()) {
                return p;
            }
        }
        return null;
    }

    /** The factor on an offer's FBA fee on a day (a fee overcharge). */
    double fulfillmentFee(Offer offer, int day) {
        if (planted.isEmpty()) {
            return 1;
        }
        PlantedIncident p = onOffer(IncidentType.FEE_OVERCHARGE, offer, day);
        return p == null ? 1 : p.magnitude();
    }

    /** The factor on the conversion of a campaign's ad clicks. */
    double adConversion(Campaign campaign, int day) {
        for (PlantedIncident p : planted) {
            if (p.type() == IncidentType.ACOS_RUNAWAY && p.campaign() == campaign && p.active(day)) {
                return 1 / p.magnitude();
            }
        }
        return 1;
    }

    /** The factor on the searches a campaign's targets see. */
    double searches(Campaign campaign, int day) {
        for (PlantedIncident p : planted) {
            if (p.type() == IncidentType.BUDGET_EXHAUSTED && p.campaign() == campaign && p.active(day)) {
                return p.searchFactor;
            }
        }
        return 1;
    }

    /** The planted search terms running under a target on a day. */
    List<PlantedIncident> plantedTerms(Campaign.Target target, int day) {
        if (planted.isEmpty()) {
            return List.of();
        }
        List<PlantedIncident> list = new ArrayList<>(1);
        for (PlantedIncident p : planted) {
            if (p.target() == target && p.term() != null && p.active(day)) {
                list.add(p);
            }
        }
        return list;
    }

    /** The share of a marketplace's seller-fulfilled orders of a day that ship late (0 without incident). */
    double lateShipments(Marketplace marketplace, int day) {
        double share = 0;
        for (PlantedIncident p : active(IncidentType.LATE_SHIPMENT, marketplace, day)) {
            share = Math.max(share, p.magnitude());
        }
        return share;
    }

    /** The share of a marketplace's seller-fulfilled orders of a day shipped without valid tracking. */
    double invalidTracking(Marketplace marketplace, int day) {
        double share = 0;
        for (PlantedIncident p : active(IncidentType.INVALID_TRACKING, marketplace, day)) {
            share = Math.max(share, p.magnitude());
        }
        return share;
    }

    private static boolean matches(Offer offer, String sku) {
        return sku != null
                && (offer.sku().equalsIgnoreCase(sku.strip()) || offer.asin().equalsIgnoreCase(sku.strip()));
    }

    /** Finds and checks the subject of one incident. */
    private static final class Planter {
        private final Store store;
        private final int index;
        private final String id;
        private final Incident incident;
        private final IncidentType type;
        private final boolean withFees;
        private final Set<Object> used;

        Planter(Store store, int index, String id, Incident incident, boolean withFees, Set<Object> used) {
            this.store = store;
            this.index = index;
            this.id = id;
            this.incident = incident;
            this.type = incident.type();
            this.withFees = withFees;
            this.used = used;
        }

        private IncidentRejectedException problem(String text) {
            return new IncidentRejectedException(index, id, type.fileName(), text);
        }

        PlantedIncident plant() {
            StorePlan plan = store.plan();
            Marketplace marketplace =
                    incident.marketplace() == null ? plan.marketplaces().get(0) : incident.marketplace();
            if (!plan.marketplaces().contains(marketplace)) {
                throw problem("the store does not sell in " + marketplace.code() + "; it sells in "
                        + String.join(
                                ", ",
                                plan.marketplaces().stream()
                                        .map(Marketplace::code)
                                        .toList()));
            }
            LocalDate date = incident.start().resolve(plan.end());
            if (date.isBefore(plan.start()) || date.isAfter(plan.end())) {
                throw problem(
                        "starts on " + date + ", outside the simulated days " + plan.start() + " to " + plan.end());
            }
            int first = (int) ChronoUnit.DAYS.between(plan.start(), date);
            int days = incident.days() != null ? incident.days() : type.defaultDays();
            int last = days == 0 ? plan.days() - 1 : Math.min(plan.days() - 1, first + days - 1);
            double magnitude = magnitude();
            if (type == IncidentType.FEE_OVERCHARGE && !withFees) {
                throw problem("a fee overcharge needs the simulation of Amazon's fees, which is off");
            }
            if (type.subject() != IncidentType.Subject.CAMPAIGN
                    && type.subject() != IncidentType.Subject.SEARCH_TERM
                    && incident.campaign() != null) {
                throw problem("names a campaign, but '" + type.fileName() + "' is not about a campaign");
            }
            if (type.subject() != IncidentType.Subject.SEARCH_TERM && incident.term() != null) {
                throw problem("names a search term, but '" + type.fileName() + "' is not about one");
            }
            String detail = detail(marketplace);
            return switch (type.subject()) {
                case PRODUCT, FBA_PRODUCT -> {
                    boolean picked = incident.sku() == null;
                    Offer offer = picked ? pickOffer(marketplace, first) : offer(marketplace, first);
                    used.add(offer);
                    String about = type == IncidentType.CERTIFICATE_EXPIRING ? certificate(offer, marketplace) : detail;
                    yield new PlantedIncident(
                            id, type, marketplace, first, last, magnitude, offer, null, null, null, about, picked);
                }
                case MARKETPLACE -> {
                    Offer offer = null;
                    if (incident.sku() != null) {
                        if (type != IncidentType.STORAGE_OVER_CAPACITY && type != IncidentType.MESSAGE_SLA) {
                            throw problem("is about the whole marketplace and takes no sku");
                        }
                        offer = offer(marketplace, first);
                        if (type == IncidentType.STORAGE_OVER_CAPACITY && !offer.fba()) {
                            throw problem(offer.sku() + " is not fulfilled by Amazon: its units take no FBA storage");
                        }
                    } else if (type == IncidentType.STORAGE_OVER_CAPACITY) {
                        offer = store.offers(marketplace).stream()
                                .filter(o -> o.fba() && o.launched(first) && !used.contains(o))
                                .max(Comparator.comparingDouble(o -> o.product().volumeCm3() * o.baseSessions()))
                                .orElseThrow(() ->
                                        problem("no product fulfilled by Amazon is on sale in " + marketplace.code()));
                    }
                    if (type == IncidentType.LATE_SHIPMENT || type == IncidentType.INVALID_TRACKING) {
                        boolean sellerFulfilled =
                                store.offers(marketplace).stream().anyMatch(o -> !o.fba() && o.launched(first));
                        if (!sellerFulfilled) {
                            throw problem("the store ships no order itself in " + marketplace.code()
                                    + " (every product there is fulfilled by Amazon), so nothing can ship late"
                                    + " or without tracking; try another seed or more SKUs");
                        }
                    }
                    if (offer != null) {
                        used.add(offer);
                    }
                    yield new PlantedIncident(
                            id, type, marketplace, first, last, magnitude, offer, null, null, null, detail, false);
                }
                case CAMPAIGN -> {
                    boolean picked = incident.campaign() == null;
                    Campaign campaign = picked ? pickCampaign(marketplace, first, false) : campaign(marketplace, first);
                    used.add(campaign);
                    yield new PlantedIncident(
                            id, type, marketplace, first, last, magnitude, null, campaign, null, null, detail, picked);
                }
                case SEARCH_TERM -> {
                    boolean picked = incident.campaign() == null;
                    Campaign campaign = picked ? pickCampaign(marketplace, first, true) : campaign(marketplace, first);
                    used.add(campaign);
                    Campaign.Target target = target(campaign);
                    String text = incident.term() != null ? incident.term().strip() : makeUpTerm(campaign);
                    if (text.isEmpty()) {
                        throw problem("the search term is blank");
                    }
                    for (Campaign.AdGroup group : campaign.adGroups()) {
                        for (Campaign.Target t : group.targets()) {
                            if (t.terms().stream().anyMatch(s -> s.text().equalsIgnoreCase(text))) {
                                throw problem("'" + text + "' is a search term of the campaign already; plant a new"
                                        + " one");
                            }
                        }
                    }
                    Campaign.SearchTerm term = new Campaign.SearchTerm(
                            text.toLowerCase(Locale.ROOT), 0, type == IncidentType.HARVEST ? 1.0 : 0.35);
                    yield new PlantedIncident(
                            id,
                            type,
                            marketplace,
                            first,
                            last,
                            magnitude,
                            null,
                            campaign,
                            target,
                            term,
                            detail,
                            picked);
                }
            };
        }

        private double magnitude() {
            if (incident.magnitude() == null) {
                return type.defaultMagnitude();
            }
            double value = incident.magnitude();
            if (type.minimumMagnitude() == type.maximumMagnitude()) {
                if (value != type.minimumMagnitude()) {
                    throw problem("takes no magnitude");
                }
                return value;
            }
            if (Double.isNaN(value) || value < type.minimumMagnitude() || value > type.maximumMagnitude()) {
                throw problem("the magnitude (" + type.magnitudeMeaning() + ") must be from "
                        + number(type.minimumMagnitude()) + " to " + number(type.maximumMagnitude()) + ", not "
                        + number(value));
            }
            return value;
        }

        private String detail(Marketplace marketplace) {
            String given = incident.detail() == null ? null : incident.detail().strip();
            if (type == IncidentType.RETURN_SPIKE) {
                if (given == null) {
                    return "DEFECTIVE";
                }
                String code = given.toUpperCase(Locale.ROOT);
                if (!RETURN_REASONS.contains(code)) {
                    throw problem("'" + given + "' is not a return reason code; use one of "
                            + String.join(", ", RETURN_REASONS.stream().sorted().toList()));
                }
                return code;
            }
            if (type == IncidentType.CERTIFICATE_EXPIRING) {
                return given; // completed with the product, see certificate()
            }
            if (given != null) {
                throw problem("'" + type.fileName() + "' takes no detail");
            }
            return null;
        }

        private Offer offer(Marketplace marketplace, int first) {
            Offer offer = store.offers(marketplace).stream()
                    .filter(o -> matches(o, incident.sku()))
                    .findFirst()
                    .orElseThrow(() -> problem("the store has no SKU or ASIN '" + incident.sku() + "' in "
                            + marketplace.code() + "; its SKUs there include "
                            + String.join(
                                    ", ",
                                    store.offers(marketplace).stream()
                                            .limit(5)
                                            .map(Offer::sku)
                                            .toList())));
            if (!offer.launched(first)) {
                throw problem(offer.sku() + " is not on sale before "
                        + store.plan().date(offer.product().launchDay()));
            }
            if (type.subject() == IncidentType.Subject.FBA_PRODUCT && !offer.fba()) {
                throw problem(offer.sku() + " is fulfilled by the seller, not by Amazon");
            }
            return offer;
        }

        private Offer pickOffer(Marketplace marketplace, int first) {
            boolean fba = type.subject() == IncidentType.Subject.FBA_PRODUCT;
            Comparator<Offer> order = Comparator.comparingDouble(Offer::baseSessions);
            if (type != IncidentType.ZOMBIE_LISTING) {
                order = order.reversed(); // best sellers first: their trouble shows most
            }
            List<Offer> candidates = store.offers(marketplace).stream()
                    .filter(o -> !fba || o.fba())
                    .filter(o ->
                            o.launched(Math.max(0, first - 28)) || o.product().launchDay() < 0)
                    .filter(o -> !used.contains(o) && !advertisedByUsedCampaign(o))
                    .sorted(order)
                    .toList();
            if (candidates.isEmpty()) {
                throw problem("no product " + (fba ? "fulfilled by Amazon " : "") + "left to plant it on in "
                        + marketplace.code() + " (each product takes one incident unless named)");
            }
            if (type == IncidentType.CERTIFICATE_EXPIRING) {
                return candidates.stream()
                        .filter(o -> o.product().category() == Category.ELECTRONICS_ACCESSORIES)
                        .findFirst()
                        .orElse(candidates.get(0));
            }
            return candidates.get(0);
        }

        /** Whether a campaign another incident acts on advertises the offer (its trouble would mix with ours). */
        private boolean advertisedByUsedCampaign(Offer offer) {
            for (Object subject : used) {
                if (subject instanceof Campaign c
                        && c.adGroups().stream().anyMatch(g -> g.offers().contains(offer))) {
                    return true;
                }
            }
            return false;
        }

        private boolean advertisesUsedOffer(Campaign campaign) {
            return campaign.adGroups().stream()
                    .flatMap(g -> g.offers().stream())
                    .anyMatch(used::contains);
        }

        private Campaign campaign(Marketplace marketplace, int first) {
            String wanted = incident.campaign().strip();
            Campaign campaign = store.campaigns(marketplace).stream()
                    .filter(c -> c.id().equals(wanted) || c.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> problem(
                            "the store has no campaign named or numbered '" + wanted + "' in " + marketplace.code()));
            if (campaign.type() != AdType.SP) {
                throw problem("'" + campaign.name() + "' is a " + campaign.type()
                        + " campaign; planted advertising incidents act on Sponsored Products campaigns");
            }
            if (campaign.startDate().isAfter(store.plan().date(first))) {
                throw problem("'" + campaign.name() + "' starts on " + campaign.startDate() + ", after the incident");
            }
            return campaign;
        }

        private Campaign pickCampaign(Marketplace marketplace, int first, boolean automatic) {
            LocalDate date = store.plan().date(first);
            return store.campaigns(marketplace).stream()
                    .filter(c -> c.type() == AdType.SP && !c.startDate().isAfter(date.minusDays(14)))
                    .filter(c -> automatic == "AUTO".equals(c.targeting()))
                    .filter(c -> !used.contains(c) && !advertisesUsedOffer(c))
                    .max(Comparator.comparingDouble(Incidents::campaignTraffic))
                    .orElseThrow(() -> problem("no " + (automatic ? "automatic" : "keyword")
                            + " Sponsored Products campaign left to plant it on in " + marketplace.code()));
        }

        private Campaign.Target target(Campaign campaign) {
            List<Campaign.Target> targets = campaign.adGroups().get(0).targets();
            String wanted = type == IncidentType.HARVEST ? "close-match" : "loose-match";
            for (Campaign.Target t : targets) {
                if (t.text().equals(wanted) || "BROAD".equals(t.matchType())) {
                    return t;
                }
            }
            return targets.get(targets.size() - 1);
        }

        /** A long-tail search for a harvest; a search for a product of another category for a waste. */
        private String makeUpTerm(Campaign campaign) {
            Offer lead = campaign.adGroups().get(0).offers().get(0);
            int language = lead.locality().language();
            if (type == IncidentType.HARVEST) {
                List<String> keywords = lead.product().keywords(language);
                String base = keywords.get(Math.min(1, keywords.size() - 1));
                return base + " " + lead.product().variant().toLowerCase(Locale.ROOT);
            }
            Category other = Category.values()[(lead.product().category().ordinal() + 2) % Category.values().length];
            return other.types().get(0).keywords(language).get(0);
        }

        /** The name of the expiring certificate: given, or the one the product's kind and market call for. */
        String certificate(Offer offer, Marketplace marketplace) {
            if (incident.detail() != null && !incident.detail().isBlank()) {
                return incident.detail().strip();
            }
            boolean electronics = offer.product().category() == Category.ELECTRONICS_ACCESSORIES;
            if (marketplace == Marketplace.JP) {
                return electronics ? "PSE conformity certificate" : "product safety test report";
            }
            if (marketplace.region() == Region.EU) {
                return electronics ? "CE declaration of conformity" : "EPR packaging registration";
            }
            return electronics ? "FCC supplier's declaration of conformity" : "product safety test report";
        }
    }

    /** How much a campaign is searched for: the sum of its terms' daily searches. */
    private static double campaignTraffic(Campaign campaign) {
        double searches = 0;
        for (Campaign.AdGroup group : campaign.adGroups()) {
            for (Campaign.Target target : group.targets()) {
                for (Campaign.SearchTerm term : target.terms()) {
                    searches += term.dailySearches();
                }
            }
        }
        return searches;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
