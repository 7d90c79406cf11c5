package dev.bosun.advertising;

import dev.bosun.advertising.db.AcosTargets;
import dev.bosun.advertising.db.AdAnalytics;
import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.db.AdAnalytics.TermFilter;
import dev.bosun.advertising.domain.CategoryBenchmark;
import dev.bosun.advertising.domain.TargetAcosPolicy;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.SkuSales;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The ads' figures as the operator reads them: per account, campaign, ad group, keyword or target, search term,
 * and per ASIN across campaigns, for a period and a comparison period, with the ratios of {@link AdMeasures}; the
 * search-term table with its filters; and the target ACoS of an ASIN. Total sales (for TACoS and the ads' share of
 * sales) come from the orders module at the account and ASIN levels.
 */
@Service
public class AdAnalysis {

    /** The scopes a target ACoS may be set for. */
    public static final List<String> TARGET_SCOPES = List.of("ACCOUNT", "CATEGORY", "ASIN");

    private final AdAnalytics analytics;
    private final AcosTargets targets;
    private final OrderBook orders;
    private final ObjectProvider<BreakEvenAcos> breakEven;

    AdAnalysis(AdAnalytics analytics, AcosTargets targets, OrderBook orders, ObjectProvider<BreakEvenAcos> breakEven) {
        this.analytics = analytics;
        this.targets = targets;
        this.orders = orders;
        this.breakEven = breakEven;
    }

    /** The filters of the search-term table. */
    public enum TermView {
        ALL,
        /** Clicks and no order in the period. */
        WASTED,
        /** At least one order in the period. */
        CONVERTING,
        /** Not seen in any earlier period. */
        NEW;

        public static Optional<TermView> named(String name) {
            if (name == null || name.isBlank()) {
                return Optional.of(ALL);
            }
            for (TermView v : values()) {
                if (v.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The lines of a level for a period (days inclusive) and a comparison period, most spend first.
     *
     * @param marketplace only this marketplace, or null
     * @param campaign only this campaign (by name), or null
     * @param adGroup only this ad group (by name, within the campaign), or null
     */
    public List<AdMetricRow> metrics(
            long accountId,
            AdLevel level,
            LocalDate from,
            LocalDate to,
            LocalDate compareFrom,
            LocalDate compareTo,
            Marketplace marketplace,
            String campaign,
            String adGroup) {
        Scope scope = new Scope(marketplace, blankToNull(campaign), blankToNull(adGroup));
        List<Sum> current = analytics.sums(accountId, level, from, to, scope);
        Map<List<Object>, Sum> previous = new HashMap<>();
        if (compareFrom != null && compareTo != null) {
            for (Sum s : analytics.sums(accountId, level, compareFrom, compareTo, scope)) {
                previous.put(key(s), s);
            }
        }
        Map<String, BigDecimal> totalsNow = Map.of();
        Map<String, BigDecimal> totalsBefore = Map.of();
        if (level == AdLevel.ACCOUNT || level == AdLevel.ASIN) {
            totalsNow = totalSales(accountId, level, from, to);
            totalsBefore = compareFrom == null ? Map.of() : totalSales(accountId, level, compareFrom, compareTo);
        }
        List<AdMetricRow> rows = new ArrayList<>(current.size());
        for (Sum s : current) {
            Sum before = previous.get(key(s));
            String totalKey = totalKey(level, s);
            rows.add(row(
                    level,
                    s,
                    new AdMeasures(s.figures(), totalKey == null ? null : totalsNow.get(totalKey)),
                    before == null
                            ? AdMeasures.none()
                            : new AdMeasures(before.figures(), totalKey == null ? null : totalsBefore.get(totalKey))));
        }
        return rows;
    }

    /**
     * A drill-down scope day by day, for its trend chart: the account (all campaigns), a campaign, or an ad group;
     * in the currency with the most spend when the scope spans several. Days without figures are left out.
     *
     * @param marketplace only this marketplace, or null
     * @param campaign the campaign's name, or null for the account
     * @param adGroup the ad group's name within the campaign, or null
     */
    public List<AdTrendDay> trend(
            long accountId, LocalDate from, LocalDate to, Marketplace marketplace, String campaign, String adGroup) {
        String c = blankToNull(campaign);
        List<AdAnalytics.Day> days =
                analytics.days(accountId, from, to, new Scope(marketplace, c, c == null ? null : blankToNull(adGroup)));
        Map<String, BigDecimal> spendByCurrency = new HashMap<>();
        days.forEach(d -> spendByCurrency.merge(d.currency(), d.figures().spend(), BigDecimal::add));
        String currency = spendByCurrency.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        return days.stream()
                .filter(d -> d.currency().equals(currency))
                .map(d -> new AdTrendDay(d.date(), d.currency(), new AdMeasures(d.figures(), null)))
                .toList();
    }

    /** The most search-term lines one read returns. */
    public static final int MAX_TERM_LINES = AdAnalytics.MAX_ROWS;

    /** The search terms of a period, filtered, most spend first, at most {@code limit} lines. */
    public List<AdMetricRow> searchTerms(
            long accountId,
            LocalDate from,
            LocalDate to,
            Marketplace marketplace,
            String campaign,
            TermView view,
            String text,
            int limit) {
        Scope scope = new Scope(marketplace, blankToNull(campaign), null);
        return analytics
                .searchTerms(
                        accountId,
                        from,
                        to,
                        scope,
                        TermFilter.valueOf(view.name()),
                        text,
                        Math.max(1, Math.min(limit, AdAnalytics.MAX_ROWS)))
                .stream()
                .map(s -> row(AdLevel.SEARCH_TERM, s, new AdMeasures(s.figures(), null), AdMeasures.none()))
                .toList();
    }

    /** The target ACoS of an ASIN (or, for a null ASIN, of the account), with break-even when finance tells it. */
    public AcosTarget targetAcos(long accountId, Marketplace marketplace, String asin, LocalDate from, LocalDate to) {
        return targetAcos(accountId, targets.all(accountId), marketplace, asin, from, to);
    }

    AcosTarget targetAcos(
            long accountId,
            Map<String, AcosTargets.Row> rows,
            Marketplace marketplace,
            String asin,
            LocalDate from,
            LocalDate to) {
        AcosTargets.Row forAsin = asin == null ? null : rows.get("ASIN:" + asin);
        String category = forAsin == null ? null : forAsin.category();
        AcosTargets.Row forCategory = category == null ? null : rows.get("CATEGORY:" + category);
        AcosTargets.Row forAccount = rows.get("ACCOUNT:");
        TargetAcosPolicy.Resolved resolved = TargetAcosPolicy.resolve(
                forAsin == null ? null : forAsin.target(),
                category,
                forCategory == null ? null : forCategory.target(),
                forAccount == null ? null : forAccount.target());
        BigDecimal even = null;
        BreakEvenAcos source = breakEven.getIfAvailable();
        if (source != null && asin != null && marketplace != null) {
            even = source.of(accountId, marketplace, asin, from, to).orElse(null);
        }
        return new AcosTarget(resolved.value(), resolved.source(), resolved.category(), even);
    }

    /** The highest keyword, target or default bid of each campaign by name, from the latest bulk sheet. */
    public Map<String, BigDecimal> maxBidsByCampaign(long accountId) {
        return analytics.maxBids(accountId);
    }

    /** The operator's own targets: the account's first, then categories, then ASINs, each by key. */
    public List<TargetAcosSetting> targetAcosSettings(long accountId) {
        return targets.all(accountId).values().stream()
                .map(r -> new TargetAcosSetting(r.scope(), r.key(), r.category(), r.target(), null, null))
                .sorted(java.util.Comparator.comparing((TargetAcosSetting t) -> TARGET_SCOPES.indexOf(t.scope()))
                        .thenComparing(TargetAcosSetting::key))
                .toList();
    }

    /** The category benchmarks of issue 8, the targets that hold where the operator set none. */
    public List<TargetAcosSetting> benchmarks() {
        return java.util.Arrays.stream(CategoryBenchmark.values())
                .map(b -> new TargetAcosSetting("BENCHMARK", b.name(), null, b.target(), b.low(), b.high()))
                .toList();
    }

    /** The operator's targets as stored, keyed {@code SCOPE:key}, for proposals that resolve many ASINs. */
    Map<String, AcosTargets.Row> storedTargets(long accountId) {
        return targets.all(accountId);
    }

    /**
     * Sets a target ACoS.
     *
     * @param scope ACCOUNT (key ignored), CATEGORY (key: the category, e.g. HOME) or ASIN (key: the ASIN;
     *     {@code category} places it in a category)
     * @param target a fraction, or null to keep only the ASIN's category
     */
    public void setTargetAcos(long accountId, String scope, String key, String category, BigDecimal target) {
        String s = scope.strip().toUpperCase(Locale.ROOT);
        if (!TARGET_SCOPES.contains(s)) {
            throw new IllegalArgumentException("scope is one of " + TARGET_SCOPES);
        }
        if (target != null && (target.signum() <= 0 || target.compareTo(BigDecimal.valueOf(5)) >= 0)) {
            throw new IllegalArgumentException("a target ACoS is a fraction above 0 (0.25 is 25 %)");
        }
        String k = s.equals("ACCOUNT") ? "" : key.strip();
        if (s.equals("CATEGORY")) {
            k = CategoryBenchmark.named(k).map(Enum::name).orElse(k.toUpperCase(Locale.ROOT));
        }
        String c = category == null
                ? null
                : CategoryBenchmark.named(category).map(Enum::name).orElse(category.strip());
        targets.put(accountId, s, k, c, target);
    }

    private Map<String, BigDecimal> totalSales(long accountId, AdLevel level, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<java.time.ZoneId, List<SkuSales>> byZone = new LinkedHashMap<>();
        for (Marketplace m : Marketplace.values()) {
            List<SkuSales> sales = byZone.computeIfAbsent(
                    m.zone(),
                    zone -> orders.salesBySku(
                            accountId,
                            from.atStartOfDay(zone).toInstant(),
                            to.plusDays(1).atStartOfDay(zone).toInstant()));
            for (SkuSales s : sales) {
                if (s.marketplace() != m || s.sales() == null || s.currency() == null) {
                    continue;
                }
                String key = level == AdLevel.ACCOUNT
                        ? m.code() + "|" + s.currency()
                        : m.code() + "|" + s.currency() + "|" + s.asin();
                totals.merge(key, s.sales(), BigDecimal::add);
            }
        }
        return totals;
    }

    private static String totalKey(AdLevel level, Sum s) {
        return switch (level) {
            case ACCOUNT -> s.marketplace().code() + "|" + s.currency();
            case ASIN ->
                s.marketplace().code() + "|" + s.currency() + "|" + s.key().get(0);
            default -> null;
        };
    }

    private static List<Object> key(Sum s) {
        List<Object> key = new ArrayList<>();
        key.add(s.marketplace());
        key.add(s.currency());
        key.addAll(s.key());
        return key;
    }

    private static AdMetricRow row(AdLevel level, Sum s, AdMeasures current, AdMeasures previous) {
        List<String> k = s.key();
        return switch (level) {
            case ACCOUNT ->
                new AdMetricRow(
                        level, s.marketplace(), s.currency(), null, null, null, null, null, null, current, previous);
            case CAMPAIGN ->
                new AdMetricRow(
                        level,
                        s.marketplace(),
                        s.currency(),
                        k.get(0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        current,
                        previous);
            case AD_GROUP ->
                new AdMetricRow(
                        level,
                        s.marketplace(),
                        s.currency(),
                        k.get(0),
                        k.get(1),
                        null,
                        null,
                        null,
                        null,
                        current,
                        previous);
            case TARGET ->
                new AdMetricRow(
                        level,
                        s.marketplace(),
                        s.currency(),
                        k.get(0),
                        k.get(1),
                        k.get(2),
                        k.get(3),
                        null,
                        null,
                        current,
                        previous);
            case SEARCH_TERM ->
                new AdMetricRow(
                        level,
                        s.marketplace(),
                        s.currency(),
                        k.get(0),
                        k.get(1),
                        k.get(2),
                        k.get(3),
                        k.get(4),
                        null,
                        current,
                        previous);
            case ASIN ->
                new AdMetricRow(
                        level,
                        s.marketplace(),
                        s.currency(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        k.get(0),
                        current,
                        previous);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
