package dev.bosun.advertising;

import dev.bosun.advertising.AdChange.Field;
import dev.bosun.advertising.AdChange.Operation;
import dev.bosun.advertising.AdjustmentProposal.Kind;
import dev.bosun.advertising.db.AcosTargets;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.GroupConversion;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.db.AdEntities;
import dev.bosun.advertising.domain.AdLimits;
import dev.bosun.advertising.domain.BidPolicy;
import dev.bosun.advertising.domain.BudgetCap;
import dev.bosun.advertising.domain.BudgetPolicy;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.advertising.domain.MatchTypes;
import dev.bosun.advertising.domain.PlacementPolicy;
import dev.bosun.advertising.domain.StockPolicy;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.SkuSales;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Reads the figures and the imported structure for the bid, budget and stock proposals of {@link AdOptimizer}, asks
 * the policies of {@code domain} and turns their decisions into proposals with bulk-sheet rows. Only Sponsored
 * Products entities the bulk sheet named are changed (the rows need their ids); archived or paused campaigns and ad
 * groups are left alone.
 */
@Component
class Adjustments {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal WEEK = BigDecimal.valueOf(7);

    private final AdAnalytics analytics;
    private final AdAnalysis analysis;
    private final AdEntities entities;
    private final AdPerformance performance;
    private final InventorySnapshots inventory;
    private final OrderBook orders;

    Adjustments(
            AdAnalytics analytics,
            AdAnalysis analysis,
            AdEntities entities,
            AdPerformance performance,
            InventorySnapshots inventory,
            OrderBook orders) {
        this.analytics = analytics;
        this.analysis = analysis;
        this.entities = entities;
        this.performance = performance;
        this.inventory = inventory;
        this.orders = orders;
    }

    // ---- bids -------------------------------------------------------------------------------------------------

    List<AdjustmentProposal> bids(long accountId, LocalDate date, AdjustmentSettings settings, Marketplace only) {
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.bidDays() - 1L);
        Scope scope = new Scope(only, null, null);
        List<Sum> lines = analytics.sums(accountId, AdLevel.TARGET, from, to, scope);
        if (lines.isEmpty()) {
            return List.of();
        }
        Built b = built(accountId);
        Map<List<String>, Sum> groups = new HashMap<>();
        for (Sum g : analytics.sums(accountId, AdLevel.AD_GROUP, from, to, scope)) {
            groups.put(List.of(g.marketplace().code(), g.key().get(0), g.key().get(1)), g);
        }
        Map<List<String>, GroupConversion> conversions = analytics.groupConversions(accountId, from, to);
        Map<String, AcosTargets.Row> stored = analysis.storedTargets(accountId);
        BidPolicy policy = settings.bids();
        List<AdjustmentProposal> proposals = new ArrayList<>();
        for (Sum s : lines) {
            Marketplace m = s.marketplace();
            String campaignName = s.key().get(0);
            String groupName = s.key().get(1);
            String targeting = s.key().get(2);
            String match = s.key().get(3);
            AdCampaign c = b.campaign(m, campaignName);
            if (c == null || !running(c.state()) || c.adProduct() != AdProduct.SP) {
                continue;
            }
            AdGroup g = b.groups.get(c.campaignId() + "\t" + groupName);
            if (g == null || !running(g.state())) {
                continue;
            }
            BigDecimal bid;
            BulkEntity entity;
            String entityId;
            String text;
            String matchType;
            if (MatchTypes.isKeyword(match)) {
                AdKeyword k = b.keywords.get(g.adGroupId() + "\t" + lower(targeting) + "\t" + match);
                if (k == null || !running(k.state())) {
                    continue;
                }
                bid = k.bid() != null ? k.bid() : g.defaultBid();
                entity = BulkEntity.KEYWORD;
                entityId = k.keywordId();
                text = k.keywordText();
                matchType = match.toLowerCase(Locale.ROOT);
            } else {
                AdTarget t = b.targets.get(g.adGroupId() + "\t" + lower(targeting));
                if (t == null || !running(t.state())) {
                    continue;
                }
                bid = t.bid() != null ? t.bid() : g.defaultBid();
                entity = BulkEntity.PRODUCT_TARGETING;
                entityId = t.targetId();
                text = t.expression();
                matchType = null;
            }
            Sum group = groups.get(List.of(m.code(), campaignName, groupName));
            GroupConversion conversion = conversions.get(List.of(m.code(), campaignName, groupName));
            String asin = conversion == null ? null : conversion.firstAsin();
            AcosTarget target = analysis.targetAcos(accountId, stored, m, asin, from, to);
            AdFigures f = s.figures();
            Optional<BidPolicy.Decision> decision = policy.propose(
                    bid,
                    f.clicks(),
                    f.sales(),
                    group == null ? 0 : group.figures().clicks(),
                    group == null ? null : group.figures().sales(),
                    target.value(),
                    AdLimits.minBid(m),
                    AdLimits.scale(m));
            if (decision.isEmpty()) {
                continue;
            }
            BidPolicy.Decision d = decision.get();
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("clicks", BigDecimal.valueOf(f.clicks()));
            facts.put("orders", BigDecimal.valueOf(f.orders() == null ? 0 : f.orders()));
            facts.put("sales-per-click", perClick(f.sales(), f.clicks()));
            facts.put(
                    "group-sales-per-click",
                    group == null
                            ? null
                            : perClick(group.figures().sales(), group.figures().clicks()));
            facts.put("expected-sales-per-click", d.salesPerClick().setScale(4, RoundingMode.HALF_UP));
            facts.put("prior-clicks", BigDecimal.valueOf(policy.priorClicks()));
            facts.put("ideal-bid", d.ideal().setScale(4, RoundingMode.HALF_UP));
            facts.put("step-limit", policy.maxStep());
            facts.put(
                    "expected-acos",
                    d.salesPerClick().signum() == 0
                            ? null
                            : d.proposed().divide(d.salesPerClick(), 4, RoundingMode.HALF_UP));
            BigDecimal weeks = weeks(s.days());
            BigDecimal spendWeek = f.spend().divide(weeks, MC);
            BigDecimal change = d.proposed().subtract(bid).divide(bid, MC);
            proposals.add(new AdjustmentProposal(
                    Kind.BID,
                    d.proposed().compareTo(bid) > 0 ? "below-target" : "above-target",
                    m,
                    s.currency(),
                    c.name(),
                    g.name(),
                    text,
                    matchType,
                    from,
                    to,
                    f,
                    target,
                    bid,
                    d.proposed(),
                    facts,
                    spendWeek.multiply(change, MC).setScale(2, RoundingMode.HALF_UP),
                    null,
                    List.of(new AdChange(
                            m,
                            entity,
                            Operation.UPDATE,
                            c.campaignId(),
                            c.name(),
                            g.adGroupId(),
                            g.name(),
                            entityId,
                            text,
                            matchType,
                            Field.BID,
                            plain(bid),
                            plain(d.proposed())))));
        }
        proposals.sort(
                Comparator.comparing((AdjustmentProposal p) -> p.figures().spend())
                        .reversed());
        return proposals;
    }

    // ---- placements -------------------------------------------------------------------------------------------

    List<AdjustmentProposal> placements(long accountId, LocalDate date, AdjustmentSettings settings, Marketplace only) {
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.bidDays() - 1L);
        record Key(Marketplace marketplace, String campaign, String currency) {}
        Map<Key, Map<PlacementPolicy.Placement, AdFigures>> byCampaign = new LinkedHashMap<>();
        for (PlacementPerformance row : performance.placements(accountId, from, to)) {
            AdScope s = row.scope();
            if (!s.daily() || s.adProduct() != AdProduct.SP || (only != null && s.marketplace() != only)) {
                continue;
            }
            byCampaign
                    .computeIfAbsent(new Key(s.marketplace(), row.campaignName(), s.currency()), k -> new TreeMap<>())
                    .merge(PlacementPolicy.Placement.of(row.placement()), row.figures(), AdFigures::plus);
        }
        if (byCampaign.isEmpty()) {
            return List.of();
        }
        Built b = built(accountId);
        Map<String, List<PlacementAdjustment>> adjustments = new HashMap<>();
        for (PlacementAdjustment a : entities.allPlacementAdjustments(accountId)) {
            adjustments.computeIfAbsent(a.campaignId(), x -> new ArrayList<>()).add(a);
        }
        List<AdjustmentProposal> proposals = new ArrayList<>();
        for (Map.Entry<Key, Map<PlacementPolicy.Placement, AdFigures>> e : byCampaign.entrySet()) {
            Key key = e.getKey();
            AdCampaign c = b.campaign(key.marketplace(), key.campaign());
            if (c == null || !running(c.state())) {
                continue;
            }
            AdFigures rest = e.getValue().get(PlacementPolicy.Placement.REST);
            if (rest == null) {
                continue;
            }
            AdFigures all = AdFigures.none();
            for (AdFigures f : e.getValue().values()) {
                all = all.plus(f);
            }
            BigDecimal campaignPerClick = perClick(all.sales(), all.clicks());
            for (PlacementPolicy.Placement placement :
                    List.of(PlacementPolicy.Placement.TOP, PlacementPolicy.Placement.PRODUCT_PAGE)) {
                AdFigures f = e.getValue().get(placement);
                if (f == null) {
                    continue;
                }
                BigDecimal now = adjustments.getOrDefault(c.campaignId(), List.of()).stream()
                        .filter(a -> PlacementPolicy.Placement.of(a.placement()) == placement)
                        .map(PlacementAdjustment::percentage)
                        .findFirst()
                        .orElse(BigDecimal.ZERO);
                Optional<PlacementPolicy.Decision> decision = PlacementPolicy.propose(
                        settings.bids(), now, f.clicks(), f.sales(), rest.clicks(), rest.sales(), campaignPerClick);
                if (decision.isEmpty()) {
                    continue;
                }
                PlacementPolicy.Decision d = decision.get();
                BigDecimal after = BigDecimal.valueOf(d.proposed());
                Map<String, BigDecimal> facts = new LinkedHashMap<>();
                facts.put("clicks", BigDecimal.valueOf(f.clicks()));
                facts.put("expected-sales-per-click", d.salesPerClick());
                facts.put("rest-clicks", BigDecimal.valueOf(rest.clicks()));
                facts.put("rest-sales-per-click", d.baseSalesPerClick());
                facts.put("ideal-percent", d.ideal());
                facts.put("step-limit", settings.bids().maxStep());
                proposals.add(new AdjustmentProposal(
                        Kind.PLACEMENT,
                        after.compareTo(now) > 0 ? "placement-sells-more" : "placement-sells-less",
                        key.marketplace(),
                        key.currency(),
                        c.name(),
                        null,
                        placement.label(),
                        null,
                        from,
                        to,
                        f,
                        null,
                        now,
                        after,
                        facts,
                        null,
                        null,
                        // The bulk sheet's "Placement" column: carried in keywordText (AdChange has no field of its
                        // own for it).
                        List.of(new AdChange(
                                key.marketplace(),
                                BulkEntity.BIDDING_ADJUSTMENT,
                                Operation.UPDATE,
                                c.campaignId(),
                                c.name(),
                                null,
                                null,
                                null,
                                placement.label(),
                                null,
                                Field.PLACEMENT_PERCENTAGE,
                                now.stripTrailingZeros().toPlainString(),
                                String.valueOf(d.proposed())))));
            }
        }
        return proposals;
    }

    // ---- budgets ----------------------------------------------------------------------------------------------

    List<AdjustmentProposal> budgets(long accountId, LocalDate date, AdjustmentSettings settings, Marketplace only) {
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.budgetDays() - 1L);
        record Key(Marketplace marketplace, String campaign, String currency) {}
        Map<Key, List<CampaignPerformance>> byCampaign = new LinkedHashMap<>();
        for (CampaignPerformance day : performance.campaignDays(accountId, from, to)) {
            AdScope s = day.scope();
            if (s.adProduct() != AdProduct.SP || !s.daily() || (only != null && s.marketplace() != only)) {
                continue;
            }
            byCampaign
                    .computeIfAbsent(new Key(s.marketplace(), day.campaignName(), s.currency()), k -> new ArrayList<>())
                    .add(day);
        }
        if (byCampaign.isEmpty()) {
            return List.of();
        }
        Built b = built(accountId);
        Map<String, BigDecimal> maxBids = analysis.maxBidsByCampaign(accountId);
        Map<String, AcosTargets.Row> stored = analysis.storedTargets(accountId);
        Map<List<String>, GroupConversion> conversions = analytics.groupConversions(accountId, from, to);
        List<AdjustmentProposal> proposals = new ArrayList<>();
        for (Map.Entry<Key, List<CampaignPerformance>> e : byCampaign.entrySet()) {
            Key key = e.getKey();
            List<CampaignPerformance> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing(r -> r.scope().from()));
            CampaignPerformance last = rows.get(rows.size() - 1);
            AdCampaign c = b.campaign(key.marketplace(), key.campaign());
            String state = c != null && c.state() != null ? c.state() : last.status();
            if (!running(state)) {
                continue;
            }
            BigDecimal budget = c != null && c.dailyBudget() != null ? c.dailyBudget() : last.budget();
            if (budget == null) {
                continue;
            }
            int capped = BudgetCap.cappedDays(
                    rows.stream().map(r -> r.figures().spend()).toList(),
                    rows.stream()
                            .map(r -> r.budget() == null ? budget : r.budget())
                            .toList(),
                    maxBids.get(key.campaign()));
            AdFigures sum = AdFigures.none();
            for (CampaignPerformance r : rows) {
                sum = sum.plus(r.figures());
            }
            Set<String> asins = new LinkedHashSet<>();
            conversions.forEach((k, v) -> {
                if (k.get(0).equals(key.marketplace().code()) && k.get(1).equals(key.campaign())) {
                    asins.add(v.firstAsin());
                    asins.add(v.lastAsin());
                }
            });
            String asin = asins.size() == 1 ? asins.iterator().next() : null;
            AcosTarget target = analysis.targetAcos(accountId, stored, key.marketplace(), asin, from, to);
            Marketplace m = key.marketplace();
            Optional<BudgetPolicy.Decision> decision = settings.budgets()
                    .propose(
                            budget,
                            rows.size(),
                            capped,
                            sum.clicks(),
                            sum.spend(),
                            sum.sales(),
                            sum.orders(),
                            target.value(),
                            target.breakEven(),
                            AdLimits.minBudget(m),
                            AdLimits.scale(m));
            if (decision.isEmpty()) {
                continue;
            }
            BudgetPolicy.Decision d = decision.get();
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("days-at-budget", BigDecimal.valueOf(capped));
            facts.put("days", BigDecimal.valueOf(rows.size()));
            facts.put(
                    "average-daily-spend",
                    sum.spend().divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP));
            facts.put("clicks", BigDecimal.valueOf(sum.clicks()));
            facts.put("orders", BigDecimal.valueOf(sum.orders() == null ? 0 : sum.orders()));
            facts.put(
                    "acos",
                    sum.acos().map(a -> a.setScale(4, RoundingMode.HALF_UP)).orElse(null));
            facts.put("target-acos", target.value());
            facts.put("break-even-acos", target.breakEven());
            String reason = d.direction() == BudgetPolicy.Direction.RAISE
                    ? "capped"
                    : d.waste().name().toLowerCase(Locale.ROOT).replace('_', '-');
            proposals.add(new AdjustmentProposal(
                    Kind.BUDGET,
                    reason,
                    m,
                    key.currency(),
                    key.campaign(),
                    null,
                    key.campaign(),
                    null,
                    from,
                    to,
                    sum,
                    target,
                    budget,
                    d.proposed(),
                    facts,
                    d.spendChangePerWeek(),
                    d.salesChangePerWeek(),
                    List.of(new AdChange(
                            m,
                            BulkEntity.CAMPAIGN,
                            Operation.UPDATE,
                            c == null ? null : c.campaignId(),
                            key.campaign(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            Field.DAILY_BUDGET,
                            plain(budget),
                            plain(d.proposed())))));
        }
        proposals.sort(
                Comparator.comparing((AdjustmentProposal p) -> p.figures().spend())
                        .reversed());
        return proposals;
    }

    // ---- stock ------------------------------------------------------------------------------------------------

    List<AdjustmentProposal> stock(long accountId, LocalDate date, AdjustmentSettings settings, Marketplace only) {
        Built b = built(accountId);
        if (b.ads.isEmpty()) {
            return List.of();
        }
        Set<Marketplace> marketplaces = new LinkedHashSet<>();
        for (AdCampaign c : b.campaigns.values()) {
            if (only == null || c.marketplace() == only) {
                marketplaces.add(c.marketplace());
            }
        }
        List<AdjustmentProposal> proposals = new ArrayList<>();
        for (Marketplace m : marketplaces) {
            proposals.addAll(stock(accountId, date, settings, m, b));
        }
        return proposals;
    }

    private List<AdjustmentProposal> stock(
            long accountId, LocalDate date, AdjustmentSettings settings, Marketplace m, Built b) {
        Optional<LocalDate> latest = inventory.latestStockDay(accountId, m, date);
        // A snapshot older than a week says too little about today's shelf.
        if (latest.isEmpty() || latest.get().isBefore(date.minusDays(7))) {
            return List.of();
        }
        LocalDate day = latest.get();
        List<StockSnapshot> history =
                inventory.stockBetween(accountId, m, day.minusDays(settings.stockMemoryDays()), day);
        Map<String, String> asinOfSku = new HashMap<>();
        Map<String, int[]> shelf = new TreeMap<>(); // asin -> {fulfillable, inbound}
        Set<String> emptyRecently = new java.util.HashSet<>();
        for (StockSnapshot s : history) {
            if (s.asin() == null || s.fulfillable() == null || Boolean.FALSE.equals(s.afnListingExists())) {
                continue;
            }
            asinOfSku.put(s.sku(), s.asin());
            if (s.fulfillable() <= 0) {
                emptyRecently.add(s.asin());
            }
            if (s.snapshotDate().equals(day)) {
                int[] v = shelf.computeIfAbsent(s.asin(), a -> new int[2]);
                v[0] += s.fulfillable();
                v[1] += nz(s.inboundWorking()) + nz(s.inboundShipped()) + nz(s.inboundReceiving());
            }
        }
        if (shelf.isEmpty()) {
            return List.of();
        }
        LocalDate salesFrom = day.minusDays(settings.velocityDays());
        Map<String, Long> units = new HashMap<>();
        for (SkuSales s : orders.salesBySku(
                accountId,
                salesFrom.atStartOfDay(m.zone()).toInstant(),
                day.atStartOfDay(m.zone()).toInstant())) {
            if (s.marketplace() != m) {
                continue;
            }
            String asin = s.asin() != null ? s.asin() : asinOfSku.get(s.sku());
            if (asin != null) {
                units.merge(asin, s.units(), Long::sum);
            }
        }
        // The ads of each ASIN in the marketplace's running Sponsored Products campaigns and ad groups.
        Map<String, List<ProductAd>> adsByAsin = new TreeMap<>();
        Map<String, Set<String>> asinsByGroup = new HashMap<>();
        for (ProductAd ad : b.ads) {
            AdCampaign c = b.campaignsById.get(ad.campaignId());
            AdGroup g = b.groupsById.get(ad.adGroupId());
            if (c == null || c.marketplace() != m || c.adProduct() != AdProduct.SP || !running(c.state())) {
                continue;
            }
            if (g != null && !running(g.state())) {
                continue;
            }
            String asin = ad.asin() != null ? ad.asin() : asinOfSku.get(ad.sku());
            if (asin == null || "ARCHIVED".equals(ad.state())) {
                continue;
            }
            adsByAsin.computeIfAbsent(asin, a -> new ArrayList<>()).add(ad);
            if (running(ad.state())) {
                asinsByGroup
                        .computeIfAbsent(ad.adGroupId(), x -> new LinkedHashSet<>())
                        .add(asin);
            }
        }
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.velocityDays() - 1L);
        Map<String, Sum> asinFigures = new HashMap<>();
        for (Sum s : analytics.sums(accountId, AdLevel.ASIN, from, to, new Scope(m, null, null))) {
            asinFigures.merge(s.key().get(0), s, (x, y) -> x);
        }
        StockPolicy policy = settings.stock();
        List<AdjustmentProposal> proposals = new ArrayList<>();
        for (Map.Entry<String, List<ProductAd>> e : adsByAsin.entrySet()) {
            String asin = e.getKey();
            int[] onShelf = shelf.get(asin);
            if (onShelf == null) {
                continue;
            }
            List<ProductAd> running =
                    e.getValue().stream().filter(a -> running(a.state())).toList();
            List<ProductAd> paused = e.getValue().stream()
                    .filter(a -> "PAUSED".equals(a.state()))
                    .toList();
            double perDay = units.getOrDefault(asin, 0L) / (double) settings.velocityDays();
            Optional<StockPolicy.Decision> decision = policy.decide(
                    onShelf[0], perDay, !running.isEmpty(), !paused.isEmpty() && emptyRecently.contains(asin));
            if (decision.isEmpty()) {
                continue;
            }
            StockPolicy.Decision d = decision.get();
            Sum figures = asinFigures.get(asin);
            AdFigures f = figures == null ? AdFigures.none() : figures.figures();
            BigDecimal weeks = weeks(settings.velocityDays());
            String currency = figures != null ? figures.currency() : b.currency(m);
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("fulfillable", BigDecimal.valueOf(onShelf[0]));
            facts.put("inbound", BigDecimal.valueOf(onShelf[1]));
            facts.put("units-per-day", BigDecimal.valueOf(perDay).setScale(2, RoundingMode.HALF_UP));
            facts.put("days-of-cover", d.cover());
            List<AdChange> changes = new ArrayList<>();
            Kind kind;
            BigDecimal spendWeek = f.spend().divide(weeks, MC).setScale(2, RoundingMode.HALF_UP);
            BigDecimal salesWeek = (f.sales() == null ? BigDecimal.ZERO : f.sales())
                    .divide(weeks, MC)
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal spendEffect;
            BigDecimal salesEffect;
            switch (d.action()) {
                case PAUSE -> {
                    kind = Kind.STOCK_PAUSE;
                    facts.put("pause-days", BigDecimal.valueOf(policy.pauseDays()));
                    for (ProductAd ad : running) {
                        changes.add(stateChange(m, b, ad, "enabled", "paused"));
                    }
                    spendEffect = spendWeek.negate();
                    salesEffect = salesWeek.negate();
                }
                case LOWER -> {
                    kind = Kind.STOCK_LOWER;
                    facts.put("lower-days", BigDecimal.valueOf(policy.lowerDays()));
                    facts.put("lower-by", policy.lowerBy());
                    for (ProductAd ad : running) {
                        Set<String> groupAsins = asinsByGroup.getOrDefault(ad.adGroupId(), Set.of());
                        if (groupAsins.size() == 1) {
                            changes.addAll(lowerBids(m, b, ad.adGroupId(), policy.lowerBy()));
                        }
                    }
                    spendEffect =
                            spendWeek.multiply(policy.lowerBy(), MC).negate().setScale(2, RoundingMode.HALF_UP);
                    salesEffect = null;
                }
                default -> {
                    kind = Kind.STOCK_RESUME;
                    facts.put("resume-days", BigDecimal.valueOf(policy.resumeDays()));
                    for (ProductAd ad : paused) {
                        changes.add(stateChange(m, b, ad, "paused", "enabled"));
                    }
                    spendEffect = null;
                    salesEffect = null;
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            facts.put("ads", BigDecimal.valueOf(changes.size()));
            ProductAd first = (running.isEmpty() ? paused : running).get(0);
            AdCampaign c = b.campaignsById.get(first.campaignId());
            AdGroup g = b.groupsById.get(first.adGroupId());
            proposals.add(new AdjustmentProposal(
                    kind,
                    kind == Kind.STOCK_RESUME ? "stock-back" : "stock-out-near",
                    m,
                    currency,
                    c.name(),
                    g == null ? null : g.name(),
                    asin,
                    null,
                    from,
                    to,
                    f,
                    null,
                    null,
                    null,
                    facts,
                    spendEffect,
                    salesEffect,
                    changes));
        }
        return proposals;
    }

    private static AdChange stateChange(Marketplace m, Built b, ProductAd ad, String before, String after) {
        AdCampaign c = b.campaignsById.get(ad.campaignId());
        AdGroup g = b.groupsById.get(ad.adGroupId());
        return new AdChange(
                m,
                BulkEntity.PRODUCT_AD,
                Operation.UPDATE,
                ad.campaignId(),
                c.name(),
                ad.adGroupId(),
                g == null ? null : g.name(),
                ad.adId(),
                null,
                null,
                Field.STATE,
                before,
                after);
    }

    private static List<AdChange> lowerBids(Marketplace m, Built b, String adGroupId, BigDecimal by) {
        AdGroup g = b.groupsById.get(adGroupId);
        if (g == null) {
            return List.of();
        }
        AdCampaign c = b.campaignsById.get(g.campaignId());
        BigDecimal factor = BigDecimal.ONE.subtract(by);
        List<AdChange> changes = new ArrayList<>();
        for (AdKeyword k : b.keywordsByGroup.getOrDefault(adGroupId, List.of())) {
            BigDecimal bid = k.bid() != null ? k.bid() : g.defaultBid();
            if (k.negative() || !running(k.state()) || bid == null) {
                continue;
            }
            BigDecimal lower = lowered(m, bid, factor);
            if (lower.compareTo(bid) < 0) {
                changes.add(new AdChange(
                        m,
                        BulkEntity.KEYWORD,
                        Operation.UPDATE,
                        c.campaignId(),
                        c.name(),
                        g.adGroupId(),
                        g.name(),
                        k.keywordId(),
                        k.keywordText(),
                        k.matchType().toLowerCase(Locale.ROOT),
                        Field.BID,
                        plain(bid),
                        plain(lower)));
            }
        }
        for (AdTarget t : b.targetsByGroup.getOrDefault(adGroupId, List.of())) {
            BigDecimal bid = t.bid() != null ? t.bid() : g.defaultBid();
            if (t.negative() || !running(t.state()) || bid == null) {
                continue;
            }
            BigDecimal lower = lowered(m, bid, factor);
            if (lower.compareTo(bid) < 0) {
                changes.add(new AdChange(
                        m,
                        BulkEntity.PRODUCT_TARGETING,
                        Operation.UPDATE,
                        c.campaignId(),
                        c.name(),
                        g.adGroupId(),
                        g.name(),
                        t.targetId(),
                        t.expression(),
                        null,
                        Field.BID,
                        plain(bid),
                        plain(lower)));
            }
        }
        return changes;
    }

    private static BigDecimal lowered(Marketplace m, BigDecimal bid, BigDecimal factor) {
        return bid.multiply(factor, MC).max(AdLimits.minBid(m)).setScale(AdLimits.scale(m), RoundingMode.HALF_UP);
    }

    // ---- structure --------------------------------------------------------------------------------------------

    /** The imported structure indexed by the names the reports use. */
    static final class Built {
        final Map<String, AdCampaign> campaigns = new LinkedHashMap<>();
        final Map<String, AdCampaign> campaignsById = new HashMap<>();
        final Map<String, AdGroup> groups = new HashMap<>();
        final Map<String, AdGroup> groupsById = new HashMap<>();
        final Map<String, AdKeyword> keywords = new HashMap<>();
        final Map<String, AdTarget> targets = new HashMap<>();
        final Map<String, List<AdKeyword>> keywordsByGroup = new HashMap<>();
        final Map<String, List<AdTarget>> targetsByGroup = new HashMap<>();
        final List<ProductAd> ads = new ArrayList<>();
        /** Negative keywords of whole campaigns (no ad group). */
        final List<AdKeyword> campaignKeywords = new ArrayList<>();
        /** Campaigns with a campaign-level negative product target. */
        final Set<String> campaignNegatives = new java.util.HashSet<>();

        /** Running ad groups by campaign id, by name; built on first use. */
        private Map<String, List<AdGroup>> runningGroupsByCampaign;

        AdCampaign campaign(Marketplace m, String name) {
            return campaigns.get(m.code() + "\t" + name);
        }

        /** The campaign's running ad groups, by name. */
        synchronized List<AdGroup> runningGroups(String campaignId) {
            if (runningGroupsByCampaign == null) {
                Map<String, List<AdGroup>> byCampaign = new HashMap<>();
                for (AdGroup g : groupsById.values()) {
                    if (running(g.state())) {
                        byCampaign
                                .computeIfAbsent(g.campaignId(), c -> new ArrayList<>())
                                .add(g);
                    }
                }
                byCampaign.values().forEach(list -> list.sort(java.util.Comparator.comparing(AdGroup::name)));
                runningGroupsByCampaign = byCampaign;
            }
            return runningGroupsByCampaign.getOrDefault(campaignId, List.of());
        }

        String currency(Marketplace m) {
            return campaigns.values().stream()
                    .filter(c -> c.marketplace() == m)
                    .map(AdCampaign::currency)
                    .findFirst()
                    .orElse(m.currency().getCurrencyCode());
        }
    }

    Built built(long accountId) {
        Built b = new Built();
        for (AdCampaign c : entities.campaigns(accountId)) {
            b.campaigns.put(c.marketplace().code() + "\t" + c.name(), c);
            b.campaignsById.put(c.campaignId(), c);
        }
        for (AdGroup g : entities.allAdGroups(accountId)) {
            b.groups.put(g.campaignId() + "\t" + g.name(), g);
            b.groupsById.put(g.adGroupId(), g);
        }
        for (AdKeyword k : entities.allKeywords(accountId)) {
            if (k.adGroupId() != null) {
                b.keywordsByGroup
                        .computeIfAbsent(k.adGroupId(), x -> new ArrayList<>())
                        .add(k);
                if (!k.negative()) {
                    b.keywords.put(k.adGroupId() + "\t" + lower(k.keywordText()) + "\t" + k.matchType(), k);
                }
            } else {
                b.campaignKeywords.add(k);
            }
        }
        for (AdTarget t : entities.allTargets(accountId)) {
            if (t.adGroupId() != null) {
                b.targetsByGroup
                        .computeIfAbsent(t.adGroupId(), x -> new ArrayList<>())
                        .add(t);
                if (!t.negative()) {
                    b.targets.put(t.adGroupId() + "\t" + lower(t.expression()), t);
                }
            } else if (t.negative()) {
                b.campaignNegatives.add(t.campaignId());
            }
        }
        b.ads.addAll(entities.allProductAds(accountId));
        return b;
    }

    /** Enabled, or no state given (a sheet without the column). */
    static boolean running(String state) {
        return state == null || state.isBlank() || "ENABLED".equalsIgnoreCase(state);
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal perClick(BigDecimal sales, long clicks) {
        return clicks == 0
                ? null
                : (sales == null ? BigDecimal.ZERO : sales).divide(BigDecimal.valueOf(clicks), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal weeks(int days) {
        return BigDecimal.valueOf(Math.max(1, days)).divide(WEEK, MC);
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        // As the sheet writes money: 0.8 as 0.80, 12 as 12.
        v = v.scale() < 0 ? v.setScale(0) : v.scale() == 1 ? v.setScale(2) : v;
        return v.toPlainString();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
