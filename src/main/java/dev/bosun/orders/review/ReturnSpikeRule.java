package dev.bosun.orders.review;

import dev.bosun.accounts.Role;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.ReturnReason;
import dev.bosun.orders.Returns;
import dev.bosun.orders.SkuReturns;
import dev.bosun.orders.SkuSales;
import dev.bosun.orders.TimeWindow;
import dev.bosun.orders.domain.ReturnSpike;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Return spike: a SKU whose returns of one reason come back far faster than its usual pace in the last days (a burst,
 * {@link ReturnSpike#burst}): a warning, critical when its FBA returns over the window, as a share of the units sold
 * in it, pass twice the limit. A SKU over the limit without a burst (its usual rate is high) is listed for information;
 * a SKU too new to have a usual pace (fewer than {@value #KNOWN_PACE_UNITS} units sold in the baseline) is a warning
 * when over the limit by more than chance explains ({@link ReturnSpike#beyondLimit}).
 * The dominant reason says who should act (quality and parts: sourcing and QC; not as described: the listing;
 * damage: packaging; size: the size chart). Returns and sales are read from the orders module.
 */
@Component
class ReturnSpikeRule implements ReviewRule {

    static final String LIMIT = "limit";
    static final String MIN_RETURNS = "min-returns";
    static final String WINDOW = "window-days";
    static final String RECENT = "recent-days";
    static final String BASELINE = "baseline-days";
    static final String FACTOR = "factor";
    static final String CHANCE = "chance";
    /** Days of sales the recent returns come from: most come back within three weeks. */
    static final int RETURN_LAG_DAYS = 21;
    /** Units a SKU must have sold in the baseline for its usual pace of returns to be known. */
    static final int KNOWN_PACE_UNITS = 30;
    /** How likely, at most, a new SKU's returns may be at the limit's rate to count as over it (one in twenty). */
    static final BigDecimal NEW_SKU_CHANCE = new BigDecimal("0.05");

    private final OrderBook orders;
    private final Returns returns;

    ReturnSpikeRule(OrderBook orders, Returns returns) {
        this.orders = orders;
        this.returns = returns;
    }

    @Override
    public String id() {
        return "orders.return-spike";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.ORDERS;
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
                        LIMIT,
                        "0.10",
                        Unit.RATE,
                        "0.01",
                        "0.8",
                        "Bosun default 10 %; the seeds ask for the return rate to be watched daily"
                                + " (亚马逊精品运营岗位职责) and frequent returns sent back to sourcing and QC"
                                + " (亚马逊运营每日工作复盘) without naming a figure"),
                ThresholdSpec.of(
                        MIN_RETURNS,
                        "3",
                        Unit.COUNT,
                        "1",
                        "1000",
                        "Bosun default: at least 3 returned units, so one or two returns of a slow seller stay quiet"),
                ThresholdSpec.of(WINDOW, "30", Unit.DAYS, "7", "120", "Bosun default: the last 30 days"),
                ThresholdSpec.of(
                        RECENT,
                        "7",
                        Unit.DAYS,
                        "3",
                        "30",
                        "Bosun default: a bad batch shows within a week of its returns coming back"),
                ThresholdSpec.of(
                        BASELINE,
                        "60",
                        Unit.DAYS,
                        "14",
                        "365",
                        "Bosun default: the SKU's usual pace of returns over the 60 days before"),
                ThresholdSpec.of(
                        FACTOR,
                        "3",
                        Unit.NUMBER,
                        "1.5",
                        "20",
                        "Bosun default: three times the usual pace of a reason (seed 亚马逊运营每日工作复盘: frequent"
                                + " returns go back to sourcing and QC)"),
                ThresholdSpec.of(
                        CHANCE,
                        "0.001",
                        Unit.NUMBER,
                        "0.000001",
                        "0.2",
                        "Bosun default: a burst chance alone reaches at most once in 1,000 weeks; weaker limits flag"
                                + " chance clusters on simulated healthy stores"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        if (context.marketplaces().isEmpty()) {
            return List.of();
        }
        Thresholds t = context.thresholds();
        int days = t.intValue(WINDOW);
        ZoneId zone = context.marketplaces().get(0).zone();
        LocalDate from = context.date().minusDays(days);
        LocalDate to = context.date().minusDays(1);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = context.date().atStartOfDay(zone).toInstant();
        Instant previousStart = from.minusDays(days).atStartOfDay(zone).toInstant();

        LocalDate salesFrom = context.date().minusDays(RETURN_LAG_DAYS);
        Instant salesStart = salesFrom.atStartOfDay(zone).toInstant();
        Instant salesBaselineStart =
                salesFrom.minusDays(t.intValue(BASELINE)).atStartOfDay(zone).toInstant();
        List<List<SkuSales>> sales = orders.salesBySku(
                context.accountId(),
                List.of(
                        new TimeWindow(start, end),
                        new TimeWindow(previousStart, start),
                        new TimeWindow(salesStart, end),
                        new TimeWindow(salesBaselineStart, salesStart)));
        Map<String, Sold> sold = bySku(sales.get(0));
        Map<String, Sold> soldBefore = bySku(sales.get(1));
        Map<String, Long> returnedBefore = new LinkedHashMap<>();
        returns.returnsBySku(context.accountId(), previousStart, start)
                .forEach(r -> returnedBefore.put(r.sku(), r.units()));
        Bursts bursts = new Bursts(context, zone, bySku(sales.get(2)), bySku(sales.get(3)));

        List<Finding> findings = new ArrayList<>();
        for (SkuReturns r : returns.returnsBySku(context.accountId(), start, end)) {
            Sold s = sold.get(r.sku());
            if (s == null) {
                continue;
            }
            Sold before = soldBefore.get(r.sku());
            long previousSold = before == null ? 0 : before.units;
            long previousReturned = returnedBefore.getOrDefault(r.sku(), 0L);
            Optional<ReturnSpike.Reading> high = ReturnSpike.read(
                    s.units,
                    r.unitsByReason(),
                    previousSold,
                    previousReturned,
                    t.value(LIMIT),
                    t.intValue(MIN_RETURNS));
            if (!bursts.paceKnown(r.sku())) {
                // A new SKU has no usual pace to burst from: its rate over the limit is the news, when chance alone
                // would rarely bring that many returns at the limit's rate.
                high.filter(reading -> ReturnSpike.beyondLimit(s.units, r.units(), t.value(LIMIT), NEW_SKU_CHANCE))
                        .ifPresent(reading -> findings.add(finding(
                                context,
                                r,
                                s,
                                reading,
                                null,
                                reading.severe() ? Severity.CRITICAL : Severity.WARNING,
                                from,
                                to,
                                days)));
                continue;
            }
            Optional<ReturnSpike.Burst> burst = bursts.of(r.sku());
            if (burst.isPresent()) {
                ReturnSpike.Reading reading = high.orElseGet(() -> ReturnSpike.describe(
                        s.units, r.unitsByReason(), previousSold, previousReturned, t.value(LIMIT)));
                Severity severity = reading.severe() ? Severity.CRITICAL : Severity.WARNING;
                findings.add(finding(context, r, s, reading, burst.get(), severity, from, to, days));
            } else {
                high.ifPresent(
                        reading -> findings.add(finding(context, r, s, reading, null, Severity.INFO, from, to, days)));
            }
        }
        return findings;
    }

    /** The SKUs whose returns of a reason burst in the recent days, against their usual pace. */
    private final class Bursts {
        private final Map<String, Map<ReturnReason, ReturnSpike.ReasonReturns>> bySku = new HashMap<>();
        private final Map<ReturnReason, BigDecimal> shares = new HashMap<>();
        private final Map<String, Double> salesRatio = new HashMap<>();
        private final Map<String, Long> baselineUnits = new HashMap<>();
        private final ReviewContext context;

        /**
         * @param recentSales sales of the last {@value #RETURN_LAG_DAYS} days, by SKU
         * @param baselineSales sales of the baseline days before those, by SKU
         */
        Bursts(ReviewContext context, ZoneId zone, Map<String, Sold> recentSales, Map<String, Sold> baselineSales) {
            this.context = context;
            Thresholds t = context.thresholds();
            int recentDays = t.intValue(RECENT);
            int baselineDays = t.intValue(BASELINE);
            LocalDate recentFrom = context.date().minusDays(recentDays);
            Instant end = context.date().atStartOfDay(zone).toInstant();
            Instant recentStart = recentFrom.atStartOfDay(zone).toInstant();
            Instant baselineStart =
                    recentFrom.minusDays(baselineDays).atStartOfDay(zone).toInstant();
            Map<ReturnReason, Long> accountOrders = new HashMap<>();
            for (SkuReturns r : returns.returnsBySku(context.accountId(), baselineStart, recentStart)) {
                r.ordersByReason().forEach((reason, orders) -> {
                    bySku.computeIfAbsent(r.sku(), k -> new HashMap<>())
                            .put(reason, new ReturnSpike.ReasonReturns(0, orders));
                    accountOrders.merge(reason, orders, Long::sum);
                });
            }
            long all =
                    accountOrders.values().stream().mapToLong(Long::longValue).sum();
            accountOrders.forEach((reason, orders) -> shares.put(
                    reason, BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_UP)));
            for (SkuReturns r : returns.returnsBySku(context.accountId(), recentStart, end)) {
                r.ordersByReason()
                        .forEach((reason, orders) -> bySku.computeIfAbsent(r.sku(), k -> new HashMap<>())
                                .merge(
                                        reason,
                                        new ReturnSpike.ReasonReturns(orders, 0),
                                        (a, b) -> new ReturnSpike.ReasonReturns(
                                                a.recentOrders() + b.recentOrders(),
                                                a.baselineOrders() + b.baselineOrders())));
            }
            baselineSales.forEach((sku, base) -> baselineUnits.put(sku, base.units));
            recentSales.forEach((sku, recent) -> {
                Sold base = baselineSales.get(sku);
                if (base != null && base.units > 0) {
                    salesRatio.put(
                            sku, (recent.units / (double) RETURN_LAG_DAYS) / (base.units / (double) baselineDays));
                }
            });
        }

        /** Whether the SKU sold enough in the baseline for its usual pace of returns to be known. */
        boolean paceKnown(String sku) {
            return baselineUnits.getOrDefault(sku, 0L) >= KNOWN_PACE_UNITS;
        }

        Optional<ReturnSpike.Burst> of(String sku) {
            Map<ReturnReason, ReturnSpike.ReasonReturns> reasons = bySku.get(sku);
            if (reasons == null) {
                return Optional.empty();
            }
            Thresholds t = context.thresholds();
            return ReturnSpike.burst(
                    reasons,
                    shares,
                    t.intValue(RECENT),
                    t.intValue(BASELINE),
                    salesRatio.getOrDefault(sku, 1.0),
                    t.intValue(MIN_RETURNS),
                    t.value(FACTOR),
                    t.value(CHANCE));
        }
    }

    private Finding finding(
            ReviewContext context,
            SkuReturns r,
            Sold s,
            ReturnSpike.Reading reading,
            ReturnSpike.Burst burst,
            Severity severity,
            LocalDate from,
            LocalDate to,
            int days) {
        Thresholds t = context.thresholds();
        long returned = r.units();
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.compared("return-rate", reading.rate(), reading.previousRate(), Unit.RATE));
        figures.add(Evidence.Figure.of("units-returned", returned, Unit.COUNT));
        figures.add(Evidence.Figure.of("units-sold", s.units, Unit.COUNT));
        figures.add(Evidence.Figure.of("top-reason-units", reading.topUnits(), Unit.COUNT));
        figures.add(Evidence.Figure.of("top-reason-share", reading.topShare(), Unit.RATE));
        Money atStake = null;
        if (s.currency != null && s.units > 0 && s.sales.signum() > 0) {
            BigDecimal price = s.sales.divide(BigDecimal.valueOf(s.units), 4, RoundingMode.HALF_UP);
            atStake =
                    new Money(price.multiply(BigDecimal.valueOf(returned)), Currency.getInstance(s.currency)).rounded();
            figures.add(Evidence.Figure.money("refunded-sales", atStake.amount(), s.currency));
        }
        if (burst != null) {
            figures.add(Evidence.Figure.of("burst-orders", burst.orders(), Unit.COUNT));
            figures.add(Evidence.Figure.of("burst-expected", burst.expected(), Unit.NUMBER));
            figures.add(Evidence.Figure.of(
                    "chance-one-in",
                    burst.chance() <= 0 ? null : BigDecimal.valueOf(Math.round(Math.min(1e12, 1 / burst.chance()))),
                    Unit.COUNT));
        }
        List<Evidence.Check> reasons = new ArrayList<>();
        r.unitsByReason().entrySet().stream()
                .sorted(Map.Entry.<dev.bosun.orders.ReturnReason, Long>comparingByValue()
                        .reversed())
                .forEach(e -> reasons.add(Evidence.Check.found(
                        "return-reason", e.getKey().code() + " (" + e.getKey().label() + "): " + e.getValue())));
        Evidence evidence = Evidence.of(from, to, figures, t.evidence(LIMIT, "<="))
                .comparedWith(from.minusDays(days), from.minusDays(1))
                .withChecks(reasons);
        Marketplace marketplace =
                s.marketplaces.size() == 1 ? s.marketplaces.iterator().next() : null;
        String asin = r.asin() != null ? r.asin() : s.asin;
        ReasonGroup group = reading.topReason().group();
        return new Finding(
                Subject.sku(r.sku(), asin, marketplace),
                "",
                severity,
                MessageText.of(
                        "review.rule.orders.return-spike.title",
                        r.sku(),
                        Unit.RATE.format(reading.rate()),
                        String.valueOf(days),
                        String.valueOf(returned),
                        String.valueOf(s.units),
                        reading.topReason().code(),
                        Unit.RATE.format(reading.topShare())),
                evidence,
                MessageText.of(
                        "review.rule.orders.return-spike.action." + group.name().toLowerCase(Locale.ROOT), r.sku()),
                atStake);
    }

    private static Map<String, Sold> bySku(List<SkuSales> lines) {
        Map<String, Sold> bySku = new LinkedHashMap<>();
        for (SkuSales line : lines) {
            Sold s = bySku.computeIfAbsent(line.sku(), k -> new Sold());
            s.units += line.units();
            if (line.currency() != null && (s.currency == null || s.currency.equals(line.currency()))) {
                s.currency = line.currency();
                s.sales = s.sales.add(line.sales());
            }
            if (line.asin() != null) {
                s.asin = line.asin();
            }
            if (line.marketplace() != null) {
                s.marketplaces.add(line.marketplace());
            }
        }
        return bySku;
    }

    /** A SKU's sales summed over marketplaces (money only in the first currency seen). */
    private static final class Sold {
        long units;
        BigDecimal sales = BigDecimal.ZERO;
        String currency;
        String asin;
        final Set<Marketplace> marketplaces = new LinkedHashSet<>();
    }
}
