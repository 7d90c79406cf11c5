package dev.bosun.catalog.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AsinAdSpend;
import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listings;
import dev.bosun.catalog.Traffic;
import dev.bosun.catalog.domain.PeriodTiling.Period;
import dev.bosun.catalog.domain.SalesDrop;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.PromotionEnded;
import dev.bosun.reviews.ProductReview;
import dev.bosun.reviews.Reviews;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sales-drop diagnosis per ASIN: units of the last 7 days against the 7 before (from the Business Report or the
 * SP-API sales and traffic report by child ASIN), classified as traffic, conversion or Buy Box loss, with the likely
 * causes checked in the modules that know them: a stock-out (inventory), an inactive listing (catalog), an ad
 * spend cut (advertising), new 1 to 3 star reviews (reviews), a price rise (the average selling price) and the
 * store's own promotion ending (the order lines' promotion discounts, {@link PromotionEnded}). A drop after the
 * store's own promotion ended, with the product in stock and its listing active, is info: buyers pay the full price
 * again, which the seller planned. A fall counts only beyond the limit and beyond chance ({@link SalesDrop#chance}), so that slow sellers' weekly swings stay
 * quiet.
 *
 * <p>The fortnight is the latest one the reports cover completely, ending at most a week before the review date,
 * since Business Reports arrive a day or two late.
 */
@Component
class SalesDropRule implements ReviewRule {

    static final String DROP = "drop";
    static final String MIN_UNITS = "min-units";
    static final String BUY_BOX_DROP = "buy-box-drop";
    static final String AD_CUT = "ad-spend-cut";
    static final String PRICE_RISE = "price-rise";
    static final String CHANCE = "chance";
    static final int WINDOW_DAYS = 7;
    static final int LATEST_END_LAG = 7;

    private final Traffic traffic;
    private final Listings listings;
    private final InventorySnapshots inventory;
    private final AdPerformance ads;
    private final Reviews reviews;
    private final OrderBook orders;

    SalesDropRule(
            Traffic traffic,
            Listings listings,
            InventorySnapshots inventory,
            AdPerformance ads,
            Reviews reviews,
            OrderBook orders) {
        this.traffic = traffic;
        this.listings = listings;
        this.inventory = inventory;
        this.ads = ads;
        this.reviews = reviews;
        this.orders = orders;
    }

    @Override
    public String id() {
        return "catalog.sales-drop";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.LISTINGS;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        DROP,
                        "0.30",
                        Unit.RATE,
                        "0.05",
                        "0.95",
                        "Bosun default 30 %; PRODUCT.md: last 7 days against the 7 before (seed"
                                + " 亚马逊运营每日工作复盘: 每天审核销售报表)"),
                ThresholdSpec.of(
                        MIN_UNITS,
                        "10",
                        Unit.COUNT,
                        "1",
                        "100000",
                        "Bosun default: 10 units in the earlier week, so slow sellers do not ring the bell"),
                ThresholdSpec.of(
                        BUY_BOX_DROP,
                        "0.10",
                        Unit.RATE,
                        "0.01",
                        "1",
                        "Bosun default: 10 points of Buy Box share (seed 亚马逊运营的工作范畴: Buy Box 占有率目标 >70%)"),
                ThresholdSpec.of(
                        CHANCE,
                        "0.0002",
                        Unit.NUMBER,
                        "0.000001",
                        "0.2",
                        "Bosun default: a fall chance alone explains at most once in 5,000 fortnights (order items"
                                + " of the two weeks split like coin tosses), about one item a day from chance alone"
                                + " in a 5,000-SKU store; on simulated healthy stores weaker limits flag weekly"
                                + " swings"),
                ThresholdSpec.of(AD_CUT, "0.30", Unit.RATE, "0.05", "1", "Bosun default: ad spend down 30 % or more"),
                ThresholdSpec.of(
                        PRICE_RISE, "0.05", Unit.RATE, "0.01", "1", "Bosun default: average price up 5 % or more"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            LocalDate last = context.date().minusDays(1);
            WindowFigures figures =
                    RecentFunnels.upTo(context, traffic, marketplace, last, 2 * WINDOW_DAYS + LATEST_END_LAG + 1);
            for (int lag = 0; lag < LATEST_END_LAG; lag++) {
                LocalDate end = last.minusDays(lag);
                Optional<List<Period>> after = figures.tiling(end.minusDays(WINDOW_DAYS - 1), end);
                Optional<List<Period>> before =
                        figures.tiling(end.minusDays(2 * WINDOW_DAYS - 1), end.minusDays(WINDOW_DAYS));
                if (after.isPresent() && before.isPresent()) {
                    findings.addAll(fortnight(context, marketplace, figures, before.get(), after.get(), end));
                    break;
                }
            }
        }
        return findings;
    }

    private List<Finding> fortnight(
            ReviewContext context,
            Marketplace marketplace,
            WindowFigures figures,
            List<Period> beforePeriods,
            List<Period> afterPeriods,
            LocalDate end) {
        Thresholds t = context.thresholds();
        Map<String, WindowFigures.Sum> before = figures.sums(beforePeriods);
        Map<String, WindowFigures.Sum> after = figures.sums(afterPeriods);
        Causes causes = null;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, WindowFigures.Sum> e : before.entrySet()) {
            String asin = e.getKey();
            WindowFigures.Sum b = e.getValue();
            WindowFigures.Sum a = after.get(asin);
            SalesDrop.Window afterWindow = a != null
                    ? a.window()
                    : new SalesDrop.Window(
                            0, b.sessions == null ? null : 0L, null, null, b.orderItems == null ? null : 0L);
            Optional<SalesDrop.Diagnosis> diagnosis = SalesDrop.diagnose(
                    b.window(),
                    afterWindow,
                    t.value(DROP),
                    t.intValue(MIN_UNITS),
                    t.value(BUY_BOX_DROP),
                    t.value(CHANCE));
            if (diagnosis.isEmpty()) {
                continue;
            }
            if (causes == null) {
                causes = new Causes(context, marketplace, end);
            }
            findings.add(finding(context, marketplace, asin, b, a, afterWindow, diagnosis.get(), causes, figures, end));
        }
        return findings;
    }

    private Finding finding(
            ReviewContext context,
            Marketplace marketplace,
            String asin,
            WindowFigures.Sum before,
            WindowFigures.Sum after,
            SalesDrop.Window afterWindow,
            SalesDrop.Diagnosis d,
            Causes causes,
            WindowFigures figures,
            LocalDate end) {
        Thresholds t = context.thresholds();
        SalesDrop.Window b = before.window();
        LocalDate from = end.minusDays(WINDOW_DAYS - 1);
        List<Evidence.Figure> list = new ArrayList<>();
        list.add(Evidence.Figure.compared(
                "units", BigDecimal.valueOf(afterWindow.units()), BigDecimal.valueOf(b.units()), Unit.COUNT));
        list.add(Evidence.Figure.compared(
                "sessions",
                afterWindow.sessions() == null ? null : BigDecimal.valueOf(afterWindow.sessions()),
                b.sessions() == null ? null : BigDecimal.valueOf(b.sessions()),
                Unit.COUNT));
        list.add(Evidence.Figure.compared("unit-session-rate", afterWindow.conversion(), b.conversion(), Unit.RATE));
        list.add(Evidence.Figure.compared("buy-box-share", afterWindow.buyBoxShare(), b.buyBoxShare(), Unit.RATE));
        list.add(new Evidence.Figure(
                "sales",
                afterWindow.sales() == null ? BigDecimal.ZERO : afterWindow.sales(),
                b.sales(),
                Unit.MONEY,
                before.currency));
        list.add(Evidence.Figure.compared("average-price", afterWindow.averagePrice(), b.averagePrice(), Unit.MONEY));
        if (b.orderItems() != null) {
            list.add(Evidence.Figure.compared(
                    "order-items",
                    BigDecimal.valueOf(afterWindow.orders()),
                    BigDecimal.valueOf(b.orderItems()),
                    Unit.COUNT));
        }
        list.add(Evidence.Figure.of(
                "chance-one-in",
                d.chance() <= 0 ? null : BigDecimal.valueOf(Math.round(Math.min(1e12, 1 / d.chance()))),
                Unit.COUNT));

        Set<String> skus = new java.util.TreeSet<>(before.skus);
        if (after != null) {
            skus.addAll(after.skus);
        }
        skus.addAll(causes.skusOf(asin));
        List<Evidence.Check> checks = List.of(
                causes.stockOut(asin, skus, from, end),
                causes.inactiveListing(asin),
                causes.adSpendCut(asin, t.value(AD_CUT)),
                causes.badReviews(asin, from, end),
                priceRise(b, afterWindow, t.value(PRICE_RISE)),
                PromotionEnded.check(
                        orders, context.accountId(), marketplace, skus, from, end, WINDOW_DAYS, t.value(PRICE_RISE)));

        Evidence evidence = Evidence.of(from, end, list, t.evidence(DROP, "<"))
                .comparedWith(from.minusDays(WINDOW_DAYS), end.minusDays(WINDOW_DAYS))
                .withChecks(checks)
                .withSeries(new Evidence.Series(
                        "units",
                        Unit.COUNT,
                        figures.unitsSeries(asin, end.minusDays(2L * WINDOW_DAYS - 1), end).stream()
                                .map(p -> new Evidence.Point(p.getKey(), BigDecimal.valueOf(p.getValue())))
                                .toList()));
        Money atStake = null;
        if (before.currency != null && b.sales() != null) {
            BigDecimal lost = b.sales().subtract(afterWindow.sales() == null ? BigDecimal.ZERO : afterWindow.sales());
            if (lost.signum() > 0) {
                atStake = new Money(lost, Currency.getInstance(before.currency)).rounded();
            }
        }
        String cause = d.cause().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Optional<String> found = checks.stream()
                .filter(Evidence.Check::found)
                .map(Evidence.Check::key)
                .findFirst();
        String sku = skus.size() == 1 ? skus.iterator().next() : null;
        // A drop that follows the seller's own promotion ending is what the seller planned (buyers pay the full price
        // again): reported for the record, not as trouble, unless the product also could not sell (no stock, listing
        // inactive). Other causes found stay listed in the evidence.
        Set<String> foundKeys = checks.stream()
                .filter(Evidence.Check::found)
                .map(Evidence.Check::key)
                .collect(Collectors.toSet());
        boolean ownPromotion = foundKeys.contains(PromotionEnded.KEY)
                && !foundKeys.contains("stock-out")
                && !foundKeys.contains("inactive-listing");
        return new Finding(
                Subject.asin(asin, sku, marketplace),
                "",
                ownPromotion ? Severity.INFO : d.severe() ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.catalog.sales-drop.title." + cause,
                        asin,
                        marketplace.code(),
                        Unit.RATE.format(d.unitsChange().negate()),
                        String.valueOf(b.units()),
                        String.valueOf(afterWindow.units())),
                evidence,
                MessageText.of(
                        "review.rule.catalog.sales-drop.action."
                                + (ownPromotion ? PromotionEnded.KEY : found.orElse(cause)),
                        asin),
                atStake);
    }

    private static Evidence.Check priceRise(SalesDrop.Window before, SalesDrop.Window after, BigDecimal limit) {
        BigDecimal was = before.averagePrice();
        BigDecimal now = after.averagePrice();
        if (was == null || now == null || was.signum() == 0) {
            return Evidence.Check.unknown("price-rise", "no sales to price in one of the weeks");
        }
        String detail = "average price " + was.toPlainString() + " → " + now.toPlainString();
        BigDecimal change = now.subtract(was).divide(was, 4, java.math.RoundingMode.HALF_UP);
        return change.compareTo(limit) >= 0
                ? Evidence.Check.found("price-rise", detail)
                : Evidence.Check.notFound("price-rise", detail);
    }

    /** The facts of other modules the causes are checked against, loaded once per marketplace. */
    private final class Causes {
        private final ReviewContext context;
        private final Marketplace marketplace;
        private final List<Listing> listingsHere;
        private final List<StockSnapshot> stock;
        private final Map<String, AsinAdSpend> adSpend;
        private final boolean anyAdRows;

        Causes(ReviewContext context, Marketplace marketplace, LocalDate end) {
            this.context = context;
            this.marketplace = marketplace;
            this.listingsHere = listings.inMarketplace(context.accountId(), marketplace);
            this.stock = inventory.stockBetween(context.accountId(), marketplace, end.minusDays(WINDOW_DAYS - 1), end);
            List<AsinAdSpend> spend = ads.dailySpendByAsin(
                    context.accountId(),
                    marketplace,
                    end.minusDays(2L * WINDOW_DAYS - 1),
                    end.minusDays(WINDOW_DAYS - 1),
                    end);
            this.anyAdRows = !spend.isEmpty();
            this.adSpend = spend.stream().collect(Collectors.toMap(AsinAdSpend::asin, a -> a));
        }

        Set<String> skusOf(String asin) {
            return listingsHere.stream()
                    .filter(l -> asin.equals(l.asin()))
                    .map(Listing::sku)
                    .collect(Collectors.toSet());
        }

        Evidence.Check stockOut(String asin, Set<String> skus, LocalDate from, LocalDate to) {
            List<StockSnapshot> ofAsin = stock.stream()
                    .filter(s -> asin.equals(s.asin()) || skus.contains(s.sku()))
                    .filter(s -> s.fulfillable() != null)
                    .toList();
            if (ofAsin.isEmpty()) {
                return Evidence.Check.unknown("stock-out", "no FBA stock snapshot from " + from + " to " + to);
            }
            Optional<StockSnapshot> empty =
                    ofAsin.stream().filter(s -> s.fulfillable() == 0).findFirst();
            return empty.map(s ->
                            Evidence.Check.found("stock-out", s.sku() + ": 0 units available on " + s.snapshotDate()))
                    .orElseGet(() -> Evidence.Check.notFound(
                            "stock-out", ofAsin.size() + " snapshots, all with units available"));
        }

        Evidence.Check inactiveListing(String asin) {
            List<Listing> ofAsin = listingsHere.stream()
                    .filter(l -> asin.equals(l.asin()) && l.status() != null)
                    .toList();
            if (ofAsin.isEmpty()) {
                return Evidence.Check.unknown("inactive-listing", "no listing report with a status for " + asin);
            }
            List<String> inactive = ofAsin.stream()
                    .filter(l -> !"active".equalsIgnoreCase(l.status().strip()))
                    .map(l -> l.sku() + " " + l.status())
                    .toList();
            return inactive.isEmpty()
                    ? Evidence.Check.notFound("inactive-listing", "every listing Active")
                    : Evidence.Check.found("inactive-listing", String.join(", ", inactive));
        }

        Evidence.Check adSpendCut(String asin, BigDecimal limit) {
            if (!anyAdRows) {
                return Evidence.Check.unknown("ad-spend-cut", "no daily advertised product report");
            }
            // the spend is split at the first day of the recent window (the causes are loaded for that window)
            AsinAdSpend spend = adSpend.get(asin);
            BigDecimal now = spend == null ? BigDecimal.ZERO : spend.since();
            BigDecimal was = spend == null ? BigDecimal.ZERO : spend.before();
            String currency = spend == null ? "" : spend.currency();
            String detail = "ad spend "
                    + was.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " → "
                    + now.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + currency;
            boolean cut = was.signum() > 0
                    && was.subtract(now)
                                    .divide(was, 4, java.math.RoundingMode.HALF_UP)
                                    .compareTo(limit)
                            >= 0;
            return cut
                    ? Evidence.Check.found("ad-spend-cut", detail.strip())
                    : Evidence.Check.notFound("ad-spend-cut", detail.strip());
        }

        Evidence.Check badReviews(String asin, LocalDate from, LocalDate to) {
            List<ProductReview> all = reviews.reviewsOf(context.accountId(), asin).stream()
                    .filter(r -> r.marketplace() == marketplace)
                    .toList();
            if (all.isEmpty()) {
                return Evidence.Check.unknown("bad-reviews", "no reviews recorded for " + asin);
            }
            long bad = all.stream()
                    .filter(r -> r.stars() <= 3
                            && !r.reviewedOn().isBefore(from.minusDays(WINDOW_DAYS))
                            && !r.reviewedOn().isAfter(to))
                    .count();
            String detail = bad + " reviews of 1 to 3 stars from " + from.minusDays(WINDOW_DAYS) + " to " + to;
            return bad > 0
                    ? Evidence.Check.found("bad-reviews", detail)
                    : Evidence.Check.notFound("bad-reviews", detail);
        }
    }
}
