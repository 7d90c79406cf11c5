package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A simulated seller's store as it stands on the first simulated day: its brand, catalog, offers in each
 * marketplace (with their opening stock and reviews), advertising campaigns, suppliers and forwarders. Built from
 * a {@link StorePlan} only, so the same plan builds the same store.
 */
public final class Store {

    private static final List<String> BRANDS =
            List.of("Nordhaven", "Kumolu", "Brightwell", "Tallora", "Oakline", "Veloria", "Havnby", "Sunmori");
    private static final List<String> LINES = List.of("Classic", "Pro", "Lite", "Max", "Eco", "Plus");
    private static final List<String> AUTO_TARGETS =
            List.of("close-match", "loose-match", "substitutes", "complements");
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final StorePlan plan;
    private final Dice dice;
    private final String brand;
    private final List<Product> products;
    private final List<Supplier> suppliers;
    private final List<Forwarder> forwarders;
    private final Map<Marketplace, Locality> localities = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, List<Offer>> offers = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, List<Campaign>> campaigns = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, Map<String, List<String>>> competitorAsins = new EnumMap<>(Marketplace.class);
    private final Set<String> usedIds = new HashSet<>();

    private Store(StorePlan plan) {
        this.plan = plan;
        this.dice = new Dice(plan.seed());
        Roll roll = dice.roll("brand");
        this.brand = roll.pick(BRANDS);
        this.suppliers = List.of(
                new Supplier("Ningbo Hengda Housewares Co., Ltd.", roll.upTo(18, 30), 300, 24),
                new Supplier("Shenzhen Kailong Electronics Co., Ltd.", roll.upTo(15, 25), 500, 50),
                new Supplier("Yiwu Anxin Pet Products Co., Ltd.", roll.upTo(20, 35), 400, 40),
                new Supplier("Xiamen Tiansheng Sports Goods Co., Ltd.", roll.upTo(20, 32), 300, 30),
                new Supplier("Guangzhou Meiyan Cosmetics Tools Co., Ltd.", roll.upTo(15, 28), 500, 60));
        this.forwarders = List.of(
                new Forwarder("Oceanlink Logistics (sea)", "SEA", 34, 6),
                new Forwarder("Skybridge Express (air)", "AIR", 9, 2));
        this.products = catalog();
        for (Marketplace marketplace : plan.marketplaces()) {
            Locality locality = Locality.of(marketplace);
            localities.put(marketplace, locality);
            competitorAsins.put(marketplace, competitors(marketplace));
            offers.put(marketplace, offers(locality));
            campaigns.put(marketplace, campaigns(locality));
        }
    }

    /** Builds the store of a plan. */
    public static Store open(StorePlan plan) {
        return new Store(plan);
    }

    public StorePlan plan() {
        return plan;
    }

    public Dice dice() {
        return dice;
    }

    public String brand() {
        return brand;
    }

    public List<Product> products() {
        return products;
    }

    public List<Supplier> suppliers() {
        return suppliers;
    }

    public List<Forwarder> forwarders() {
        return forwarders;
    }

    public Locality locality(Marketplace marketplace) {
        return localities.get(marketplace);
    }

    /** The offers of a marketplace in catalog order (products not sold there are absent). */
    public List<Offer> offers(Marketplace marketplace) {
        return offers.get(marketplace);
    }

    public List<Campaign> campaigns(Marketplace marketplace) {
        return campaigns.get(marketplace);
    }

    /** Competitors' ASINs selling the same kind of product, by product type key. */
    public List<String> competitorAsins(Marketplace marketplace, String typeKey) {
        return competitorAsins.get(marketplace).get(typeKey);
    }

    private List<Product> catalog() {
        List<Product> all = new ArrayList<>();
        Category[] categories = Category.values();
        String prefix = brand.substring(0, 3).toUpperCase(Locale.ROOT);
        int family = 0;
        while (all.size() < plan.skus()) {
            Category category = categories[family % categories.length];
            ProductType type = category.types()
                    .get((family / categories.length) % category.types().size());
            String line =
                    LINES.get((family / (categories.length * category.types().size())) % LINES.size());
            Roll roll = dice.roll("family", family);
            int children = Math.min(
                    Math.min(plan.skus() - all.size(), roll.weighted(0.45, 0.35, 0.2) + 1),
                    type.variants().size());
            int launchDay = roll.chance(0.75)
                    ? -roll.upTo(60, 900)
                    : roll.upTo(Math.min(10, plan.days() - 1), Math.max(10, (int) (plan.days() * 0.75)));
            double quality = Math.max(0.75, Math.min(1.3, roll.normal(1.0, 0.1)));
            double price =
                    type.priceUsd() * roll.between(0.9, 1.15) * (line.equals("Pro") || line.equals("Max") ? 1.2 : 1);
            double costShare = roll.between(0.22, 0.3);
            String parentAsin = children > 1 ? asin(roll) : null;
            Supplier supplier = suppliers.get(category.ordinal() % suppliers.size());
            ListingQuality listing =
                    new ListingQuality(roll.upTo(3, 5), roll.upTo(4, 9), roll.upTo(60, 249), roll.chance(0.6));
            double[] weights = {1.0, 0.6, 0.35};
            double weightSum = 0;
            for (int k = 0; k < children; k++) {
                weightSum += weights[k];
            }
            for (int k = 0; k < children; k++) {
                String variant = type.variants().get(k);
                String asin = asin(roll);
                String sku = prefix + "-" + code(type.key()) + "-" + String.format(Locale.ROOT, "%02d", family + 1)
                        + "-" + variantCode(variant);
                double[] size = {
                    round1(type.sizeCm()[0] * roll.between(0.96, 1.04)),
                    round1(type.sizeCm()[1] * roll.between(0.96, 1.04)),
                    round1(type.sizeCm()[2] * roll.between(0.96, 1.04))
                };
                int grams = (int) Math.round(type.weightGrams() * roll.between(0.95, 1.08));
                all.add(new Product(
                        all.size(),
                        family,
                        sku,
                        asin,
                        parentAsin == null ? asin : parentAsin,
                        category,
                        type,
                        brand,
                        line,
                        variant,
                        size,
                        grams,
                        listing,
                        launchDay,
                        quality,
                        Math.round(price * (1 - 0.05 * k) * 100) / 100.0,
                        costShare,
                        weights[k] / weightSum,
                        supplier));
            }
            family++;
        }
        return Collections.unmodifiableList(all);
    }

    private Map<String, List<String>> competitors(Marketplace marketplace) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        Roll roll = dice.roll("competitors", marketplace.ordinal());
        for (Category category : Category.values()) {
            for (ProductType type : category.types()) {
                List<String> asins = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    asins.add(asin(roll));
                }
                byType.put(type.key(), List.copyOf(asins));
            }
        }
        return byType;
    }

    private List<Offer> offers(Locality locality) {
        Marketplace marketplace = locality.marketplace();
        boolean main = marketplace == plan.marketplaces().get(0) || marketplace == Marketplace.US;
        List<Offer> list = new ArrayList<>();
        int family = -1;
        boolean listed = false;
        boolean fba = true;
        double familySessions = 0;
        for (Product product : products) {
            Roll roll = dice.roll("offer", marketplace.ordinal(), product.index());
            if (product.family() != family) {
                family = product.family();
                Roll familyRoll = dice.roll("listed", marketplace.ordinal(), family);
                // The first family is the store's best seller and sold everywhere; the others are listed abroad by
                // chance.
                listed = main || family == 0 || familyRoll.chance(marketplace == Marketplace.DE ? 0.85 : 0.65);
                fba = !familyRoll.chance(0.1) || product.weightGrams() > 2000;
                familySessions = familyRoll.lognormal(34, 0.45) * locality.marketSize();
            }
            if (!listed) {
                continue;
            }
            long price = locality.price(product.priceUsd());
            long cost = Math.round(
                    product.priceUsd() * product.costShare() * locality.priceFactor() * locality.minorPerMajor());
            int openDay = Math.min(product.launchDay(), plan.days() - 1);
            Instant opened = plan.date(openDay)
                    .atTime(LocalTime.of(roll.upTo(8, 17), roll.upTo(0, 59), roll.upTo(0, 59)))
                    .atZone(marketplace.zone())
                    .toInstant();
            Offer offer = new Offer(
                    product,
                    locality,
                    "X00" + uniqueLetters(roll, 7),
                    roll.digits(4) + uniqueLetters(roll, 7),
                    fba,
                    price,
                    cost,
                    familySessions * product.sessionWeight(),
                    opened,
                    plan.days());
            offer.competitorPrice = price * roll.between(0.95, 1.06);
            if (product.launchDay() < -30) {
                int ratings = (int) Math.round(roll.lognormal(220, 0.9) * locality.marketSize());
                double stars = Math.max(3.3, Math.min(4.8, roll.normal(3.55 + 0.8 * product.quality(), 0.12)));
                offer.ratingCount = Math.max(5, ratings);
                offer.ratingSum = stars * offer.ratingCount;
            }
            double velocity = offer.baseSessions() * product.category().conversion() * 1.15;
            if (fba && product.launchDay() < 0) {
                // A store that has been selling for a while: stock on the shelf (as its replenishment keeps it, some
                // three months) and a shipment on the water.
                int units = (int) Math.round(velocity * roll.between(80, 120));
                offer.fulfillable = units;
                offer.addLot(-roll.upTo(10, 120), units);
                int arrival = roll.upTo(5, 45);
                offer.inbound.add(new Offer.Inbound(
                        "FBA" + uniqueLetters(roll, 9),
                        (int) Math.round(velocity * roll.between(50, 80)),
                        -1,
                        arrival,
                        roll.upTo(2, 7)));
            } else if (fba && product.launchDay() < plan.days()) {
                // A launch: the first shipment, checked in on the launch day, lasts until the next one lands.
                offer.inbound.add(new Offer.Inbound(
                        "FBA" + uniqueLetters(roll, 9),
                        (int) Math.round(velocity * roll.between(100, 130)),
                        product.launchDay() - 1,
                        product.launchDay(),
                        1));
            }
            list.add(offer);
        }
        return Collections.unmodifiableList(list);
    }

    private List<Campaign> campaigns(Locality locality) {
        Marketplace marketplace = locality.marketplace();
        List<Offer> listed = offers.get(marketplace);
        List<Campaign> list = new ArrayList<>();
        Map<Integer, List<Offer>> families = new LinkedHashMap<>();
        for (Offer offer : listed) {
            families.computeIfAbsent(offer.product().family(), f -> new ArrayList<>())
                    .add(offer);
        }
        int language = locality.language();
        for (List<Offer> members : families.values()) {
            Product lead = members.get(0).product();
            Roll roll = dice.roll("campaigns", marketplace.ordinal(), lead.family());
            long baseBid = baseBid(locality, members.get(0));
            String label = lead.type().name(0) + " " + lead.line();
            String portfolio = lead.category().title(0);
            java.time.LocalDate startDate =
                    plan.date(Math.max(0, lead.launchDay())).minusDays(lead.launchDay() < 0 ? roll.upTo(0, 200) : 0);
            List<String> keywords = lead.keywords(language);
            List<Campaign.Target> auto = new ArrayList<>();
            for (String expression : AUTO_TARGETS) {
                auto.add(new Campaign.Target(
                        id(roll, 14),
                        "AUTO",
                        expression,
                        null,
                        bid(locality, baseBid * 0.85),
                        autoRelevance(expression),
                        autoTerms(locality, lead, expression)));
            }
            list.add(campaign(
                    roll,
                    marketplace,
                    AdType.SP,
                    label + " | SP | Auto",
                    "AUTO",
                    baseBid,
                    portfolio,
                    startDate,
                    lead,
                    List.of(new Campaign.AdGroup(id(roll, 14), "Auto", bid(locality, baseBid * 0.85), members, auto))));
            List<Campaign.Target> manual = new ArrayList<>();
            String[] matches = {"EXACT", "EXACT", "PHRASE", "BROAD"};
            double[] bidFactors = {1.1, 1.05, 0.95, 0.85};
            for (int i = 0; i < matches.length && i < keywords.size(); i++) {
                manual.add(new Campaign.Target(
                        id(roll, 14),
                        "KEYWORD",
                        keywords.get(i),
                        matches[i],
                        bid(locality, baseBid * bidFactors[i]),
                        1.0 - 0.06 * i,
                        keywordTerms(locality, keywords, i, matches[i])));
            }
            list.add(campaign(
                    roll,
                    marketplace,
                    AdType.SP,
                    label + " | SP | Keywords",
                    "MANUAL",
                    baseBid,
                    portfolio,
                    startDate,
                    lead,
                    List.of(new Campaign.AdGroup(id(roll, 14), "Keywords", bid(locality, baseBid), members, manual))));
            if (roll.chance(0.4)) {
                List<Campaign.Target> products = new ArrayList<>();
                List<String> rivals = competitorAsins(marketplace, lead.type().key());
                for (int i = 0; i < 2; i++) {
                    String rival = rivals.get(i);
                    products.add(new Campaign.Target(
                            id(roll, 14),
                            "PRODUCT",
                            "asin=\"" + rival + "\"",
                            null,
                            bid(locality, baseBid * 0.9),
                            0.6,
                            List.of(new Campaign.SearchTerm(
                                    rival.toLowerCase(Locale.ROOT), 600 * locality.marketSize(), 0.6))));
                }
                list.add(campaign(
                        roll,
                        marketplace,
                        AdType.SP,
                        label + " | SP | Competitor ASINs",
                        "MANUAL",
                        baseBid,
                        portfolio,
                        startDate,
                        lead,
                        List.of(new Campaign.AdGroup(
                                id(roll, 14), "Competitor ASINs", bid(locality, baseBid * 0.9), members, products))));
            }
        }
        for (Category category : Category.values()) {
            List<Offer> inCategory = listed.stream()
                    .filter(o -> o.product().category() == category)
                    .toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            Roll roll = dice.roll("brand-campaigns", marketplace.ordinal(), category.ordinal());
            long baseBid = baseBid(locality, inCategory.get(0));
            List<Campaign.Target> headline = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Offer offer : inCategory) {
                String head = offer.product().keywords(language).get(0);
                if (!seen.contains(head) && seen.size() < 3) {
                    seen.add(head);
                    headline.add(new Campaign.Target(
                            id(roll, 14),
                            "KEYWORD",
                            head,
                            "BROAD",
                            bid(locality, baseBid * 1.2),
                            0.7,
                            List.of(new Campaign.SearchTerm(head, 5200 * locality.marketSize(), 0.7))));
                }
            }
            String portfolio = category.title(0);
            list.add(campaign(
                    roll,
                    marketplace,
                    AdType.SB,
                    brand + " | " + category.title(0) + " | SB",
                    "MANUAL",
                    baseBid,
                    portfolio,
                    plan.start().minusDays(roll.upTo(30, 300)),
                    inCategory.get(0).product(),
                    List.of(new Campaign.AdGroup(
                            id(roll, 14), "Headline", bid(locality, baseBid * 1.2), inCategory, headline))));
            List<Campaign.Target> views = List.of(new Campaign.Target(
                    id(roll, 14),
                    "AUDIENCE",
                    "views=(exact-product lookback=30)",
                    null,
                    bid(locality, baseBid * 0.6),
                    0.35,
                    List.of(new Campaign.SearchTerm("views", 9000 * locality.marketSize(), 0.35))));
            list.add(campaign(
                    roll,
                    marketplace,
                    AdType.SD,
                    brand + " | " + category.title(0) + " | SD Remarketing",
                    "MANUAL",
                    baseBid,
                    portfolio,
                    plan.start().minusDays(roll.upTo(30, 300)),
                    inCategory.get(0).product(),
                    List.of(new Campaign.AdGroup(
                            id(roll, 14), "Views", bid(locality, baseBid * 0.6), inCategory, views))));
        }
        return Collections.unmodifiableList(list);
    }

    private Campaign campaign(
            Roll roll,
            Marketplace marketplace,
            AdType type,
            String name,
            String targeting,
            long baseBid,
            String portfolio,
            java.time.LocalDate startDate,
            Product lead,
            List<Campaign.AdGroup> groups) {
        int targets = groups.stream().mapToInt(g -> g.targets().size()).sum();
        long budget = Math.max(baseBid * targets * 7, MINIMUM_BUDGET);
        return new Campaign(
                id(roll, 15),
                marketplace,
                type,
                name,
                targeting,
                roundBudget(marketplace, budget),
                portfolio,
                type == AdType.SD ? "Optimize for conversions" : "Dynamic bids - down only",
                startDate,
                lead.category(),
                List.copyOf(groups));
    }

    /** The store bids so that a click costs about a third of what it earns: price × conversion × 0.33. */
    private static long baseBid(Locality locality, Offer offer) {
        double value = offer.listPrice() * offer.product().category().conversion() * 0.33;
        return bid(locality, value);
    }

    /** A bid in minor units, at least the Ads console's minimum (0.02 in dollars and euros, 2 yen). */
    private static long bid(Locality locality, double minor) {
        return Math.max(2, Math.round(minor));
    }

    /** The smallest daily budget the store sets: 10 dollars or euros, 1,000 yen (1,000 minor units either way). */
    private static final long MINIMUM_BUDGET = 1000;

    private static long roundBudget(Marketplace marketplace, long budget) {
        long step = marketplace == Marketplace.JP ? 100 : 500;
        return (budget + step - 1) / step * step;
    }

    private static double autoRelevance(String expression) {
        return switch (expression) {
            case "close-match" -> 0.85;
            case "loose-match" -> 0.55;
            case "substitutes" -> 0.5;
            default -> 0.3;
        };
    }

    private List<Campaign.SearchTerm> autoTerms(Locality locality, Product lead, String expression) {
        int language = locality.language();
        List<String> keywords = lead.keywords(language);
        List<Campaign.SearchTerm> terms = new ArrayList<>();
        double scale = locality.marketSize();
        switch (expression) {
            case "close-match" -> {
                for (int i = 0; i < keywords.size(); i++) {
                    terms.add(new Campaign.SearchTerm(keywords.get(i), volume(i) * scale, 0.85));
                }
            }
            case "loose-match" -> {
                List<String> modifiers = modifiers(language);
                for (int i = 0; i < 3; i++) {
                    terms.add(new Campaign.SearchTerm(
                            keywords.get(i) + " " + modifiers.get(i + 2), volume(i) * 0.2 * scale, 0.55));
                }
                for (ProductType other : lead.category().types()) {
                    if (!other.key().equals(lead.type().key())) {
                        terms.add(
                                new Campaign.SearchTerm(other.keywords(language).get(0), 1800 * scale, 0.25));
                    }
                }
            }
            case "substitutes" -> {
                for (String rival :
                        competitorAsins(locality.marketplace(), lead.type().key())) {
                    terms.add(new Campaign.SearchTerm(rival.toLowerCase(Locale.ROOT), 700 * scale, 0.5));
                }
            }
            default -> {
                for (ProductType other : lead.category().types()) {
                    if (!other.key().equals(lead.type().key())) {
                        String rival = competitorAsins(locality.marketplace(), other.key())
                                .get(0);
                        terms.add(new Campaign.SearchTerm(rival.toLowerCase(Locale.ROOT), 500 * scale, 0.3));
                    }
                }
            }
        }
        return List.copyOf(terms);
    }

    private static List<Campaign.SearchTerm> keywordTerms(
            Locality locality, List<String> keywords, int index, String match) {
        String keyword = keywords.get(index);
        double scale = locality.marketSize();
        double volume = volume(index) * scale;
        List<String> modifiers = modifiers(locality.language());
        List<Campaign.SearchTerm> terms = new ArrayList<>();
        switch (match) {
            case "EXACT" -> terms.add(new Campaign.SearchTerm(keyword, volume, 1.0));
            case "PHRASE" -> {
                terms.add(new Campaign.SearchTerm(keyword, volume, 0.9));
                terms.add(new Campaign.SearchTerm(keyword + " " + modifiers.get(0), volume * 0.3, 0.85));
                terms.add(new Campaign.SearchTerm(keyword + " " + modifiers.get(1), volume * 0.2, 0.75));
            }
            default -> {
                terms.add(new Campaign.SearchTerm(keyword, volume, 0.9));
                terms.add(new Campaign.SearchTerm(keyword + " " + modifiers.get(3), volume * 0.25, 0.7));
                terms.add(new Campaign.SearchTerm(
                        keywords.get((index + 1) % keywords.size()), volume(index + 1) * scale, 0.6));
                terms.add(new Campaign.SearchTerm(modifiers.get(4) + " " + keyword, volume * 0.15, 0.4));
            }
        }
        return List.copyOf(terms);
    }

    /** Daily US searches of the i-th keyword of a product type. */
    private static double volume(int index) {
        return 5200 * Math.pow(0.55, index);
    }

    private static List<String> modifiers(int language) {
        return switch (language) {
            case 1 -> List.of("set", "groß", "günstig", "damen", "geschenk");
            case 2 -> List.of("セット", "おすすめ", "人気", "大きい", "安い");
            default -> List.of("set", "large", "for women", "2 pack", "gift");
        };
    }

    private String asin(Roll roll) {
        return "B0" + uniqueLetters(roll, 8);
    }

    /** Letters and digits no other id of the store has. */
    private String uniqueLetters(Roll roll, int length) {
        while (true) {
            String candidate = roll.letters(ALNUM, length);
            if (usedIds.add(candidate)) {
                return candidate;
            }
        }
    }

    /** A numeric id (campaigns, ad groups, targets) without leading zero, unique in the store. */
    private String id(Roll roll, int digits) {
        while (true) {
            String candidate = roll.upTo(1, 9) + roll.digits(digits - 1);
            if (usedIds.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String code(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.isDigit(part.charAt(0)) ? part : part.substring(0, 1));
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The first four letters and digits of a variation label: 3-Piece → 3PIE, Space Grey → SPAC. */
    private static String variantCode(String variant) {
        String letters = variant.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return letters.substring(0, Math.min(4, letters.length()));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
