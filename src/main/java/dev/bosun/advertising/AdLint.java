package dev.bosun.advertising;

import dev.bosun.advertising.AdChange.Operation;
import dev.bosun.advertising.db.AcosTargets;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.domain.BudgetCap;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Structure lint: how the Sponsored Products campaigns are built, held against the rules of thumb of issue 8.
 * Automatic and manual targeting mixed in one campaign; ad groups advertising products of more than {@code
 * maxFamilies} families (a family: the children of one parent ASIN, else the category the operator placed the ASIN
 * in, else the ASIN alone); one keyword text and match type enabled in two or more campaigns (they bid against each
 * other in the same auction); a term harvested as an exact keyword in a manual campaign still bought through an
 * automatic campaign without a negative exact there; campaigns live for {@code noNegativesDays} without any negative;
 * campaigns out of budget on {@code minCappedDays} of the last 7. Reads the latest bulk sheet and the reports.
 */
@Service
public class AdLint {

    private static final Set<String> AUTO_TARGETS = Set.of("close-match", "loose-match", "substitutes", "complements");

    private final Adjustments adjustments;
    private final AdAnalytics analytics;
    private final AdAnalysis analysis;
    private final AdPerformance performance;
    private final ObjectProvider<ProductFamilies> families;

    AdLint(
            Adjustments adjustments,
            AdAnalytics analytics,
            AdAnalysis analysis,
            AdPerformance performance,
            ObjectProvider<ProductFamilies> families) {
        this.adjustments = adjustments;
        this.analytics = analytics;
        this.analysis = analysis;
        this.performance = performance;
        this.families = families;
    }

    /**
     * The lint's knobs.
     *
     * @param windowDays the days of reports read (search terms, targets)
     * @param noNegativesDays how long a campaign runs before it should have negatives
     * @param maxFamilies the most product families an ad group may advertise
     * @param minCappedDays days out of budget of the last 7 that make a finding
     */
    public record Settings(int windowDays, int noNegativesDays, int maxFamilies, int minCappedDays) {

        public Settings {
            if (windowDays < 7 || windowDays > 90 || noNegativesDays < 1 || maxFamilies < 1 || minCappedDays < 1) {
                throw new IllegalArgumentException("window 7 to 90 days; the other limits at least 1");
            }
        }

        /** 30 days of reports, negatives after 30 days, 2 families, 2 capped days. */
        public static Settings defaults() {
            return new Settings(30, 30, 2, 2);
        }
    }

    /**
     * The findings as of {@code date} (reports up to the day before), campaign by campaign.
     *
     * @param marketplace only this marketplace, or null
     */
    public List<StructureFinding> lint(long accountId, LocalDate date, Settings settings, Marketplace marketplace) {
        Adjustments.Built b = adjustments.built(accountId);
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(settings.windowDays() - 1L);
        List<StructureFinding> findings = new ArrayList<>();
        List<AdCampaign> campaigns = b.campaigns.values().stream()
                .filter(c -> c.adProduct() == AdProduct.SP && Adjustments.running(c.state()))
                .filter(c -> marketplace == null || c.marketplace() == marketplace)
                .toList();
        if (!campaigns.isEmpty()) {
            Scope scope = new Scope(marketplace, null, null);
            List<Sum> targetLines = analytics.sums(accountId, AdLevel.TARGET, from, to, scope);
            mixed(b, campaigns, targetLines, findings);
            unrelated(accountId, b, campaigns, findings, settings);
            duplicates(b, campaigns, targetLines, findings);
            harvested(accountId, b, campaigns, from, to, scope, findings);
            noNegatives(accountId, b, campaigns, date, settings, findings);
        }
        outOfBudget(accountId, date, settings, marketplace, findings);
        findings.sort(Comparator.comparing((StructureFinding f) -> f.kind().ordinal())
                .thenComparing(f -> f.marketplace().code())
                .thenComparing(StructureFinding::campaignName)
                .thenComparing(StructureFinding::subject));
        return findings;
    }

    private void mixed(
            Adjustments.Built b, List<AdCampaign> campaigns, List<Sum> targetLines, List<StructureFinding> out) {
        Map<String, long[]> seen = new HashMap<>(); // marketplace \t campaign -> {auto, manual}
        for (Sum s : targetLines) {
            boolean auto = AUTO_TARGETS.contains(s.key().get(2).strip().toLowerCase(Locale.ROOT));
            long[] v =
                    seen.computeIfAbsent(s.marketplace().code() + "\t" + s.key().get(0), k -> new long[2]);
            v[auto ? 0 : 1]++;
        }
        for (AdCampaign c : campaigns) {
            long auto = 0;
            long manual = 0;
            for (AdGroup g : groups(b, c)) {
                for (AdTarget t : b.targetsByGroup.getOrDefault(g.adGroupId(), List.of())) {
                    if (!t.negative() && Adjustments.running(t.state())) {
                        if (AUTO_TARGETS.contains(t.expression().strip().toLowerCase(Locale.ROOT))) {
                            auto++;
                        } else {
                            manual++;
                        }
                    }
                }
                for (AdKeyword k : b.keywordsByGroup.getOrDefault(g.adGroupId(), List.of())) {
                    if (!k.negative() && Adjustments.running(k.state())) {
                        manual++;
                    }
                }
            }
            long[] reported = seen.get(c.marketplace().code() + "\t" + c.name());
            if (reported != null) {
                auto = Math.max(auto, reported[0]);
                manual = Math.max(manual, reported[1]);
            }
            if (auto > 0 && manual > 0) {
                Map<String, BigDecimal> facts = new LinkedHashMap<>();
                facts.put("auto-targets", BigDecimal.valueOf(auto));
                facts.put("manual-targets", BigDecimal.valueOf(manual));
                out.add(new StructureFinding(
                        StructureFinding.Kind.MIXED_TARGETING,
                        c.marketplace(),
                        c.currency(),
                        c.name(),
                        null,
                        c.name(),
                        List.of(),
                        facts,
                        List.of()));
            }
        }
    }

    private void unrelated(
            long accountId,
            Adjustments.Built b,
            List<AdCampaign> campaigns,
            List<StructureFinding> out,
            Settings settings) {
        Map<Marketplace, Map<String, String>> parents = new HashMap<>();
        ProductFamilies source = families.getIfAvailable();
        Map<String, String> categories = new HashMap<>();
        for (AcosTargets.Row r : analysis.storedTargets(accountId).values()) {
            if ("ASIN".equals(r.scope()) && r.category() != null) {
                categories.put(r.key(), r.category());
            }
        }
        Map<String, List<ProductAd>> adsByGroup = new HashMap<>();
        for (ProductAd ad : b.ads) {
            if (Adjustments.running(ad.state()) && ad.asin() != null) {
                adsByGroup
                        .computeIfAbsent(ad.adGroupId(), x -> new ArrayList<>())
                        .add(ad);
            }
        }
        for (AdCampaign c : campaigns) {
            Map<String, String> parentOf = parents.computeIfAbsent(
                    c.marketplace(), m -> source == null ? Map.of() : source.parents(accountId, m));
            for (AdGroup g : groups(b, c)) {
                Map<String, Set<String>> byFamily = new TreeMap<>();
                for (ProductAd ad : adsByGroup.getOrDefault(g.adGroupId(), List.of())) {
                    String family = parentOf.containsKey(ad.asin())
                            ? "parent:" + parentOf.get(ad.asin())
                            : categories.containsKey(ad.asin())
                                    ? "category:" + categories.get(ad.asin())
                                    : "asin:" + ad.asin();
                    byFamily.computeIfAbsent(family, x -> new TreeSet<>()).add(ad.asin());
                }
                if (byFamily.size() > settings.maxFamilies()) {
                    Set<String> asins = new TreeSet<>();
                    byFamily.values().forEach(asins::addAll);
                    Map<String, BigDecimal> facts = new LinkedHashMap<>();
                    facts.put("asins", BigDecimal.valueOf(asins.size()));
                    facts.put("families", BigDecimal.valueOf(byFamily.size()));
                    facts.put("max-families", BigDecimal.valueOf(settings.maxFamilies()));
                    out.add(new StructureFinding(
                            StructureFinding.Kind.UNRELATED_ASINS,
                            c.marketplace(),
                            c.currency(),
                            c.name(),
                            g.name(),
                            g.name(),
                            List.copyOf(asins),
                            facts,
                            List.of()));
                }
            }
        }
    }

    private void duplicates(
            Adjustments.Built b, List<AdCampaign> campaigns, List<Sum> targetLines, List<StructureFinding> out) {
        Map<String, AdCampaign> byId = new HashMap<>();
        campaigns.forEach(c -> byId.put(c.campaignId(), c));
        Map<String, Set<String>> campaignsOf = new TreeMap<>(); // marketplace \t text \t match -> campaign names
        Map<String, String> textOf = new HashMap<>();
        for (List<AdKeyword> keywords : b.keywordsByGroup.values()) {
            for (AdKeyword k : keywords) {
                AdCampaign c = byId.get(k.campaignId());
                AdGroup g = b.groupsById.get(k.adGroupId());
                if (c == null
                        || k.negative()
                        || !Adjustments.running(k.state())
                        || g == null
                        || !Adjustments.running(g.state())) {
                    continue;
                }
                String key = c.marketplace().code() + "\t"
                        + k.keywordText().strip().toLowerCase(Locale.ROOT) + "\t" + k.matchType();
                campaignsOf.computeIfAbsent(key, x -> new TreeSet<>()).add(c.name());
                textOf.putIfAbsent(key, k.keywordText().strip());
            }
        }
        Map<String, long[]> figures = new HashMap<>(); // marketplace \t text \t match -> {clicks, spend cents}
        Map<String, BigDecimal> spend = new HashMap<>();
        for (Sum s : targetLines) {
            String key = s.marketplace().code() + "\t" + s.key().get(2).strip().toLowerCase(Locale.ROOT) + "\t"
                    + s.key().get(3);
            figures.computeIfAbsent(key, x -> new long[1])[0] += s.figures().clicks();
            spend.merge(key, s.figures().spend(), BigDecimal::add);
        }
        campaignsOf.forEach((key, names) -> {
            if (names.size() < 2) {
                return;
            }
            String[] parts = key.split("\t", -1);
            Marketplace m = Marketplace.valueOf(parts[0]);
            List<String> list = List.copyOf(names);
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("campaigns", BigDecimal.valueOf(names.size()));
            long[] clicks = figures.get(key);
            facts.put("clicks", clicks == null ? null : BigDecimal.valueOf(clicks[0]));
            facts.put("spend", spend.get(key));
            AdCampaign first = campaigns.stream()
                    .filter(c -> c.marketplace() == m && c.name().equals(list.get(0)))
                    .findFirst()
                    .orElseThrow();
            out.add(new StructureFinding(
                    StructureFinding.Kind.DUPLICATE_KEYWORD,
                    m,
                    first.currency(),
                    list.get(0),
                    null,
                    textOf.get(key) + " [" + parts[2].toLowerCase(Locale.ROOT) + "]",
                    list,
                    facts,
                    List.of()));
        });
    }

    private void harvested(
            long accountId,
            Adjustments.Built b,
            List<AdCampaign> campaigns,
            LocalDate from,
            LocalDate to,
            Scope scope,
            List<StructureFinding> out) {
        Map<String, AdCampaign> byId = new HashMap<>();
        campaigns.forEach(c -> byId.put(c.campaignId(), c));
        // Exact keywords of manual campaigns: marketplace \t text -> the manual campaign's name.
        Map<String, String> harvested = new HashMap<>();
        Set<String> negated = new HashSet<>(); // campaign id \t text (campaign or any ad group level)
        for (AdKeyword k : allKeywords(b)) {
            String text = k.keywordText().strip().toLowerCase(Locale.ROOT);
            if (k.negative()) {
                if ("NEGATIVE_EXACT".equals(k.matchType()) || "NEGATIVE_PHRASE".equals(k.matchType())) {
                    negated.add(k.campaignId() + "\t" + text);
                }
                continue;
            }
            AdCampaign c = byId.get(k.campaignId());
            if (c != null && "EXACT".equals(k.matchType()) && Adjustments.running(k.state()) && !auto(c)) {
                harvested.putIfAbsent(c.marketplace().code() + "\t" + text, c.name());
            }
        }
        if (harvested.isEmpty()) {
            return;
        }
        Map<String, AdCampaign> autoByName = new HashMap<>();
        campaigns.stream()
                .filter(AdLint::auto)
                .forEach(c -> autoByName.put(c.marketplace().code() + "\t" + c.name(), c));
        Map<String, long[]> clicks = new TreeMap<>();
        Map<String, BigDecimal> spend = new HashMap<>();
        Set<String> harvestedTerms = new HashSet<>();
        harvested.keySet().forEach(k -> harvestedTerms.add(k.substring(k.indexOf('\t') + 1)));
        for (Sum s : analytics.searchTermsAmong(accountId, from, to, scope, harvestedTerms)) {
            String term = s.key().get(4).strip().toLowerCase(Locale.ROOT);
            String mp = s.marketplace().code();
            AdCampaign auto = autoByName.get(mp + "\t" + s.key().get(0));
            if (auto == null
                    || !harvested.containsKey(mp + "\t" + term)
                    || s.figures().clicks() == 0) {
                continue;
            }
            if (negated.contains(auto.campaignId() + "\t" + term)) {
                continue;
            }
            String key = mp + "\t" + auto.name() + "\t" + term;
            clicks.computeIfAbsent(key, x -> new long[1])[0] += s.figures().clicks();
            spend.merge(key, s.figures().spend(), BigDecimal::add);
        }
        clicks.forEach((key, c) -> {
            String[] parts = key.split("\t", -1);
            Marketplace m = Marketplace.valueOf(parts[0]);
            AdCampaign auto = autoByName.get(parts[0] + "\t" + parts[1]);
            String manual = harvested.get(parts[0] + "\t" + parts[2]);
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("clicks", BigDecimal.valueOf(c[0]));
            facts.put("spend", spend.get(key));
            out.add(new StructureFinding(
                    StructureFinding.Kind.HARVEST_NOT_NEGATED,
                    m,
                    auto.currency(),
                    auto.name(),
                    null,
                    parts[2],
                    List.of(manual),
                    facts,
                    List.of(new AdChange(
                            m,
                            BulkEntity.CAMPAIGN_NEGATIVE_KEYWORD,
                            Operation.CREATE,
                            auto.campaignId(),
                            auto.name(),
                            null,
                            null,
                            null,
                            parts[2],
                            "negativeExact",
                            null,
                            null,
                            "enabled"))));
        });
    }

    private void noNegatives(
            long accountId,
            Adjustments.Built b,
            List<AdCampaign> campaigns,
            LocalDate date,
            Settings settings,
            List<StructureFinding> out) {
        Set<String> withNegatives = new HashSet<>();
        for (AdKeyword k : allKeywords(b)) {
            if (k.negative()) {
                withNegatives.add(k.campaignId());
            }
        }
        for (List<AdTarget> targets : b.targetsByGroup.values()) {
            targets.stream().filter(AdTarget::negative).forEach(t -> withNegatives.add(t.campaignId()));
        }
        withNegatives.addAll(b.campaignNegatives);
        LocalDate limit = date.minusDays(settings.noNegativesDays());
        Map<String, LocalDate> firstSeen = new HashMap<>();
        for (CampaignPerformance day : performance.campaignDays(accountId, limit.minusDays(1), limit)) {
            firstSeen.putIfAbsent(
                    day.scope().marketplace().code() + "\t" + day.campaignName(),
                    day.scope().from());
        }
        for (AdCampaign c : campaigns) {
            if (withNegatives.contains(c.campaignId())) {
                continue;
            }
            LocalDate start = c.startDate() != null
                    ? c.startDate()
                    : firstSeen.get(c.marketplace().code() + "\t" + c.name());
            if (start == null || start.isAfter(limit)) {
                continue;
            }
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("days-live", BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(start, date)));
            facts.put("no-negatives-days", BigDecimal.valueOf(settings.noNegativesDays()));
            out.add(new StructureFinding(
                    StructureFinding.Kind.NO_NEGATIVES,
                    c.marketplace(),
                    c.currency(),
                    c.name(),
                    null,
                    c.name(),
                    List.of(),
                    facts,
                    List.of()));
        }
    }

    private void outOfBudget(
            long accountId, LocalDate date, Settings settings, Marketplace only, List<StructureFinding> out) {
        LocalDate to = date.minusDays(1);
        LocalDate from = to.minusDays(6);
        record Key(Marketplace marketplace, String campaign, String currency) {}
        Map<Key, List<CampaignPerformance>> byCampaign = new LinkedHashMap<>();
        for (CampaignPerformance day : performance.campaignDays(accountId, from, to)) {
            if (day.scope().daily() && (only == null || day.scope().marketplace() == only)) {
                byCampaign
                        .computeIfAbsent(
                                new Key(
                                        day.scope().marketplace(),
                                        day.campaignName(),
                                        day.scope().currency()),
                                k -> new ArrayList<>())
                        .add(day);
            }
        }
        if (byCampaign.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> maxBids = analysis.maxBidsByCampaign(accountId);
        byCampaign.forEach((key, rows) -> {
            if (rows.stream().noneMatch(r -> r.budget() != null)) {
                return;
            }
            int capped = BudgetCap.cappedDays(
                    rows.stream().map(r -> r.figures().spend()).toList(),
                    rows.stream().map(CampaignPerformance::budget).toList(),
                    maxBids.get(key.campaign()));
            if (capped < settings.minCappedDays()) {
                return;
            }
            Map<String, BigDecimal> facts = new LinkedHashMap<>();
            facts.put("days-at-budget", BigDecimal.valueOf(capped));
            facts.put("days", BigDecimal.valueOf(rows.size()));
            facts.put(
                    "daily-budget",
                    rows.stream()
                            .map(CampaignPerformance::budget)
                            .filter(java.util.Objects::nonNull)
                            .reduce((a, c) -> c)
                            .orElse(null));
            out.add(new StructureFinding(
                    StructureFinding.Kind.OUT_OF_BUDGET,
                    key.marketplace(),
                    key.currency(),
                    key.campaign(),
                    null,
                    key.campaign(),
                    List.of(),
                    facts,
                    List.of()));
        });
    }

    private static List<AdGroup> groups(Adjustments.Built b, AdCampaign c) {
        return b.runningGroups(c.campaignId());
    }

    private static List<AdKeyword> allKeywords(Adjustments.Built b) {
        List<AdKeyword> all = new ArrayList<>(b.campaignKeywords);
        b.keywordsByGroup.values().forEach(all::addAll);
        return all;
    }

    private static boolean auto(AdCampaign c) {
        return "AUTO".equalsIgnoreCase(c.targetingType());
    }
}
