package dev.bosun.advertising.review;

import dev.bosun.accounts.Role;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.advertising.domain.AcosRunaway;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.PromotionEnded;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * ACoS runaway per campaign: the last 7 days against the 21 before (campaign reports), a rise beyond the limit that
 * chance does not explain ({@link AcosRunaway}), with the driver named: dearer clicks (CPC), clicks that stopped
 * converting (CVR) or smaller orders. A bid change shows as a CPC rise; the bulk sheet keeps only today's bids, so
 * the item cannot say whether the bid itself was changed.
 *
 * <p>Sponsored Products campaigns only: their advertised product report ties a campaign to its ASINs, so that a
 * runaway caused by a stock-out (an advertised ASIN with no FBA units during the week: the clicks land on a page
 * that cannot sell) is told apart. Such an item is "info" with the stock-out as its cause, since the stock-out
 * itself is the inventory rules' item; the action is to pause the ads until the stock is back. Brands and Display
 * campaigns (14-day attribution, no ASIN per campaign in their reports) are left out until their ASINs are known.
 */
@Component
class AcosRunawayRule implements ReviewRule {

    static final String RISE = "rise";
    static final String MIN_CLICKS = "min-clicks";
    static final String CHANCE = "chance";
    static final int WEEK = 7;
    static final int BEFORE = 21;
    /** The fall in the advertised SKUs' promotion discount share that names the seller's promotion ending as cause. */
    static final BigDecimal PROMOTION_SHARE_FALL = new BigDecimal("0.05");

    private final AdPerformance performance;
    private final InventorySnapshots inventory;
    private final OrderBook orders;

    AcosRunawayRule(AdPerformance performance, InventorySnapshots inventory, OrderBook orders) {
        this.performance = performance;
        this.inventory = inventory;
        this.orders = orders;
    }

    @Override
    public String id() {
        return "ads.acos-runaway";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.ADVERTISING;
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
                        RISE,
                        "0.5",
                        Unit.RATE,
                        "0.1",
                        "10",
                        "Bosun default: ACoS up by half (issue 8: last 7 days against the 21 before; seed: check"
                                + " ACoS daily by 10 am)"),
                ThresholdSpec.of(
                        MIN_CLICKS,
                        "30",
                        Unit.COUNT,
                        "5",
                        "100000",
                        "Bosun default: 30 clicks in the week, so that small campaigns do not ring the bell"),
                ThresholdSpec.of(
                        CHANCE,
                        "0.005",
                        Unit.NUMBER,
                        "0.000001",
                        "0.5",
                        "Bosun default: so few orders at the earlier conversion rate happen by chance at most once"
                                + " in 200 weeks (Poisson); a CPC rise needs no such test. On simulated healthy stores"
                                + " 0.05 and 15 clicks flag 8 campaigns in 16 reviews"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        LocalDate to = context.date().minusDays(1);
        LocalDate weekFrom = to.minusDays(WEEK - 1);
        LocalDate beforeTo = weekFrom.minusDays(1);
        LocalDate beforeFrom = beforeTo.minusDays(BEFORE - 1);
        List<CampaignPerformance> days = performance.campaignDays(context.accountId(), beforeFrom, to).stream()
                .filter(d -> d.scope().adProduct() == AdProduct.SP)
                .toList();
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            for (Map.Entry<CampaignDays.Key, List<CampaignPerformance>> e :
                    CampaignDays.byCampaign(days, marketplace).entrySet()) {
                AdFigures before = CampaignDays.sum(e.getValue(), beforeFrom, beforeTo);
                AdFigures week = CampaignDays.sum(e.getValue(), weekFrom, to);
                Optional<AcosRunaway.Diagnosis> d = AcosRunaway.diagnose(
                        before,
                        week,
                        t.value(RISE).doubleValue(),
                        t.intValue(MIN_CLICKS),
                        t.value(CHANCE).doubleValue());
                if (d.isPresent()) {
                    Evidence.Check stock = stockOut(context.accountId(), e.getKey(), weekFrom, to);
                    Evidence.Check promotion = PromotionEnded.check(
                            orders,
                            context.accountId(),
                            marketplace,
                            advertisedSkus(context.accountId(), e.getKey(), weekFrom, to),
                            weekFrom,
                            to,
                            BEFORE,
                            PROMOTION_SHARE_FALL);
                    findings.add(finding(
                            e.getKey(),
                            e.getValue(),
                            before,
                            week,
                            d.get(),
                            stock,
                            promotion,
                            weekFrom,
                            to,
                            beforeFrom,
                            t));
                }
            }
        }
        return findings;
    }

    private Finding finding(
            CampaignDays.Key key,
            List<CampaignPerformance> days,
            AdFigures before,
            AdFigures week,
            AcosRunaway.Diagnosis d,
            Evidence.Check stock,
            Evidence.Check promotion,
            LocalDate from,
            LocalDate to,
            LocalDate beforeFrom,
            Thresholds t) {
        String currency = key.currency();
        BigDecimal weeks = BigDecimal.valueOf(BEFORE / WEEK);
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.compared(
                "acos", week.acos().orElse(null), before.acos().orElse(null), Unit.RATE));
        figures.add(Evidence.Figure.compared(
                "cpc", week.costPerClick().orElse(null), before.costPerClick().orElse(null), Unit.MONEY));
        figures.add(Evidence.Figure.compared(
                "ad-cvr",
                week.conversionRate().orElse(null),
                before.conversionRate().orElse(null),
                Unit.RATE));
        figures.add(new Evidence.Figure(
                "ad-spend-per-week",
                week.spend(),
                before.spend().divide(weeks, 2, RoundingMode.HALF_UP),
                Unit.MONEY,
                currency));
        figures.add(new Evidence.Figure(
                "ad-sales-per-week",
                week.sales() == null ? BigDecimal.ZERO : week.sales(),
                before.sales() == null ? null : before.sales().divide(weeks, 2, RoundingMode.HALF_UP),
                Unit.MONEY,
                currency));
        figures.add(Evidence.Figure.of(
                "chance-one-in",
                d.chance() <= 0 ? null : BigDecimal.valueOf(Math.round(Math.min(1e12, 1 / d.chance()))),
                Unit.COUNT));
        List<Evidence.Check> checks = List.of(
                check("cpc-rise", d.driver() == AcosRunaway.Driver.CPC, d.cpcChange()),
                check("cvr-drop", d.driver() == AcosRunaway.Driver.CVR, d.cvrChange()),
                check("order-value-drop", d.driver() == AcosRunaway.Driver.ORDER_VALUE, d.orderValueChange()),
                Evidence.Check.unknown("bid-change", "the bulk sheet keeps today's bids only"),
                stock,
                promotion);
        List<Evidence.Point> points = new ArrayList<>();
        for (CampaignPerformance day : days) {
            day.figures()
                    .acos()
                    .ifPresent(a -> points.add(new Evidence.Point(day.scope().from(), a)));
        }
        points.sort(java.util.Comparator.comparing(Evidence.Point::date));
        Evidence evidence = Evidence.of(from, to, figures, t.evidence(RISE, "<"))
                .comparedWith(beforeFrom, from.minusDays(1))
                .withChecks(checks)
                .withSeries(new Evidence.Series("acos", Unit.RATE, points));
        String driver = stock.found()
                ? "stock-out"
                : promotion.found()
                        ? PromotionEnded.KEY
                        : d.driver().name().toLowerCase(Locale.ROOT).replace('_', '-');
        BigDecimal extra = week.acos().isEmpty() || before.acos().isEmpty()
                ? week.spend()
                : week.spend()
                        .subtract(week.sales().multiply(before.acos().get()))
                        .max(BigDecimal.ZERO);
        return new Finding(
                AdItems.campaign(key.campaign(), key.marketplace()),
                "",
                stock.found() || promotion.found()
                        ? Severity.INFO
                        : Double.isInfinite(d.ratio()) || d.ratio() >= 3 ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.ads.acos-runaway.title." + driver,
                        key.campaign(),
                        key.marketplace().code(),
                        Unit.RATE.format(before.acos().orElse(null)),
                        Unit.RATE.format(week.acos().orElse(null))),
                evidence,
                MessageText.of("review.rule.ads.acos-runaway.action." + driver, key.campaign()),
                AdItems.money(extra, currency));
    }

    /** Whether an ASIN the campaign advertised in the week had no FBA units on a day of it. */
    private Evidence.Check stockOut(long accountId, CampaignDays.Key key, LocalDate from, LocalDate to) {
        java.util.Set<String> asins = new java.util.TreeSet<>();
        for (AdvertisedProductPerformance p : performance.advertisedProducts(accountId, from, to)) {
            if (p.scope().marketplace() == key.marketplace()
                    && p.campaignName().equals(key.campaign())
                    && p.asin() != null) {
                asins.add(p.asin());
            }
        }
        if (asins.isEmpty()) {
            return Evidence.Check.unknown("stock-out", "no advertised product report for the week");
        }
        List<StockSnapshot> stock = inventory.stockBetween(accountId, key.marketplace(), from, to).stream()
                .filter(s -> asins.contains(s.asin()) && s.fulfillable() != null)
                .toList();
        if (stock.isEmpty()) {
            return Evidence.Check.unknown("stock-out", "no FBA stock snapshot of " + String.join(", ", asins));
        }
        return stock.stream()
                .filter(s -> s.fulfillable() == 0)
                .findFirst()
                .map(s -> Evidence.Check.found(
                        "stock-out", s.asin() + " (" + s.sku() + "): 0 units available on " + s.snapshotDate()))
                .orElseGet(() -> Evidence.Check.notFound("stock-out", "units available every day"));
    }

    /** The SKUs the campaign advertised in the week. */
    private java.util.Set<String> advertisedSkus(long accountId, CampaignDays.Key key, LocalDate from, LocalDate to) {
        java.util.Set<String> skus = new java.util.TreeSet<>();
        for (AdvertisedProductPerformance p : performance.advertisedProducts(accountId, from, to)) {
            if (p.scope().marketplace() == key.marketplace()
                    && p.campaignName().equals(key.campaign())
                    && p.sku() != null) {
                skus.add(p.sku());
            }
        }
        return skus;
    }

    private static Evidence.Check check(String key, boolean found, double change) {
        String detail = Double.isNaN(change)
                ? "no order in the week"
                : (change >= 0 ? "+" : "") + Unit.RATE.format(BigDecimal.valueOf(change));
        return found ? Evidence.Check.found(key, detail) : Evidence.Check.notFound(key, detail);
    }
}
