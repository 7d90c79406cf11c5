package dev.bosun.orders.review;

import dev.bosun.accounts.Role;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.Returns;
import dev.bosun.orders.SkuReturns;
import dev.bosun.orders.SkuSales;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Return spike: a SKU whose FBA returns over the window, as a share of the units sold in it, pass the limit;
 * with the dominant reason, which says who should act (quality and parts: sourcing and QC; not as described: the
 * listing; damage: packaging; size: the size chart). Returns and sales are read from the orders module.
 */
@Component
class ReturnSpikeRule implements ReviewRule {

    static final String LIMIT = "limit";
    static final String MIN_RETURNS = "min-returns";
    static final String WINDOW = "window-days";

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
                ThresholdSpec.of(WINDOW, "30", Unit.DAYS, "7", "120", "Bosun default: the last 30 days"));
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

        Map<String, Sold> sold = bySku(orders.salesBySku(context.accountId(), start, end));
        Map<String, Sold> soldBefore = bySku(orders.salesBySku(context.accountId(), previousStart, start));
        Map<String, Long> returnedBefore = new LinkedHashMap<>();
        returns.returnsBySku(context.accountId(), previousStart, start)
                .forEach(r -> returnedBefore.put(r.sku(), r.units()));

        List<Finding> findings = new ArrayList<>();
        for (SkuReturns r : returns.returnsBySku(context.accountId(), start, end)) {
            Sold s = sold.get(r.sku());
            if (s == null) {
                continue;
            }
            Sold before = soldBefore.get(r.sku());
            ReturnSpike.read(
                            s.units,
                            r.unitsByReason(),
                            before == null ? 0 : before.units,
                            returnedBefore.getOrDefault(r.sku(), 0L),
                            t.value(LIMIT),
                            t.intValue(MIN_RETURNS))
                    .ifPresent(reading -> findings.add(finding(context, r, s, reading, from, to, days)));
        }
        return findings;
    }

    private Finding finding(
            ReviewContext context,
            SkuReturns r,
            Sold s,
            ReturnSpike.Reading reading,
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
                reading.severe() ? Severity.CRITICAL : Severity.WARNING,
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
