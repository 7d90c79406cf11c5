package dev.bosun.inventory.review;

import dev.bosun.accounts.Role;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.SellableStock;
import dev.bosun.inventory.StockLedger;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.inventory.domain.StockOutRisk;
import dev.bosun.inventory.forecast.OrderConstraints;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.SkuSales;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stock-out risk per FBA SKU: the latest Manage FBA Inventory snapshot (at most a week old; rows of seller-fulfilled
 * SKUs, {@code afn-listing-exists} No, left out) against the units the
 * SKU sold in the recent window (from the orders), warning when available and inbound stock cover less than the
 * lead time plus the warning days, or the units on hand less than the warning days. Without a recent snapshot the
 * inventory ledger summary's sellable units of its latest day stand in (inbound then unknown). The default lead time
 * comes from the setting
 * {@code bosun.inventory.lead-time-days}; each account may set its own.
 *
 * <p>Each item carries what to do about it from the SKU's line of the replenishment sheet: the quantity to order
 * (Bosun's reorder proposal, in the supplier's MOQ and whole cases) and the last safe order date, in the evidence
 * (figures {@code order-quantity} and {@code days-to-order}, check {@code reorder}) and in the suggested action.
 */
@Component
class StockOutRiskRule implements ReviewRule {

    static final String LEAD_TIME = "lead-time-days";
    static final String WARNING = "warning-days";
    static final String WINDOW = "velocity-days";
    static final String MIN_UNITS = "min-units";
    /** A snapshot older than this says too little about today's shelf. */
    static final int MAX_SNAPSHOT_AGE_DAYS = 7;
    /** How far back the chart of units available reaches. */
    static final int HISTORY_DAYS = 60;

    private final InventorySnapshots inventory;
    private final StockLedger ledger;
    private final OrderBook orders;
    private final Replenishment replenishment;
    private final int defaultLeadTime;

    StockOutRiskRule(
            InventorySnapshots inventory,
            StockLedger ledger,
            OrderBook orders,
            Replenishment replenishment,
            @Value("${bosun.inventory.lead-time-days:30}") int defaultLeadTime) {
        this.inventory = inventory;
        this.ledger = ledger;
        this.orders = orders;
        this.replenishment = replenishment;
        this.defaultLeadTime = Math.max(1, Math.min(365, defaultLeadTime));
    }

    @Override
    public String id() {
        return "inventory.stock-out-risk";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.INVENTORY;
    }

    @Override
    public Severity severity() {
        return Severity.CRITICAL;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        LEAD_TIME,
                        String.valueOf(defaultLeadTime),
                        Unit.DAYS,
                        "1",
                        "365",
                        "setting bosun.inventory.lead-time-days (production, freight and FBA check-in; Bosun"
                                + " default 30 days)"),
                ThresholdSpec.of(WARNING, "7", Unit.DAYS, "0", "90", "7 days (seed: 亚马逊运营助理每日工作, 针对断货风险SKU需提前7天预警)"),
                ThresholdSpec.of(WINDOW, "14", Unit.DAYS, "3", "90", "Bosun default: the sales of the last 14 days"),
                ThresholdSpec.of(
                        MIN_UNITS,
                        "3",
                        Unit.COUNT,
                        "1",
                        "10000",
                        "Bosun default: at least 3 units sold in the window for a pace to count"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            Optional<Shelf> shelf = snapshotShelf(context, marketplace)
                    .or(() -> ledgerShelf(
                            context, marketplace, context.marketplaces().size() == 1));
            shelf.ifPresent(s -> findings.addAll(assess(context, marketplace, s)));
        }
        return findings;
    }

    /**
     * The stock a marketplace's SKUs are judged on: one day's units per SKU, from the Manage FBA Inventory snapshot
     * (with inbound units) or from the inventory ledger summary (sellable units only, inbound unknown).
     *
     * @param day the day the units stand for
     * @param salesEnd the end of the sales window (exclusive): the snapshot's day, or the day after a ledger day
     */
    private record Shelf(LocalDate day, LocalDate salesEnd, List<StockSnapshot> snapshots, boolean fromLedger) {}

    /** The latest Manage FBA Inventory snapshot up to the review date, when at most a week old. */
    private Optional<Shelf> snapshotShelf(ReviewContext context, Marketplace marketplace) {
        Optional<LocalDate> day = inventory.latestStockDay(context.accountId(), marketplace, context.date());
        if (day.isEmpty() || day.get().isBefore(context.date().minusDays(MAX_SNAPSHOT_AGE_DAYS))) {
            return Optional.empty();
        }
        List<StockSnapshot> history = inventory.stockBetween(
                context.accountId(), marketplace, day.get().minusDays(HISTORY_DAYS), day.get());
        return Optional.of(new Shelf(day.get(), day.get(), history, false));
    }

    /**
     * Without a recent snapshot, the ledger summary's sellable units at the end of its latest day before the review
     * date (at most a week old): the ledger comes daily and reaches back, where the snapshot is a report of the day
     * it was downloaded.
     */
    private Optional<Shelf> ledgerShelf(ReviewContext context, Marketplace marketplace, boolean onlyMarketplace) {
        LocalDate last = context.date().minusDays(1);
        List<SellableStock> rows = ledger.sellableBetween(
                context.accountId(), marketplace, onlyMarketplace, last.minusDays(HISTORY_DAYS), last);
        Optional<LocalDate> day = rows.stream().map(SellableStock::day).max(LocalDate::compareTo);
        if (day.isEmpty() || day.get().isBefore(context.date().minusDays(MAX_SNAPSHOT_AGE_DAYS))) {
            return Optional.empty();
        }
        List<StockSnapshot> history =
                rows.stream().map(r -> sellable(marketplace, r)).toList();
        return Optional.of(new Shelf(day.get(), day.get().plusDays(1), history, true));
    }

    private List<Finding> assess(ReviewContext context, Marketplace marketplace, Shelf shelf) {
        Thresholds t = context.thresholds();
        int window = t.intValue(WINDOW);
        LocalDate from = shelf.salesEnd().minusDays(window);
        LocalDate to = shelf.salesEnd().minusDays(1);
        Map<String, SkuSales> sold = new HashMap<>();
        orders
                .salesBySku(
                        context.accountId(),
                        from.atStartOfDay(marketplace.zone()).toInstant(),
                        shelf.salesEnd().atStartOfDay(marketplace.zone()).toInstant())
                .stream()
                .filter(s -> s.marketplace() == marketplace)
                .forEach(s -> sold.put(s.sku(), s));
        List<Finding> findings = new ArrayList<>();
        Map<String, ReplenishmentLine> sheet = new HashMap<>();
        boolean[] sheetRead = {false};
        for (StockSnapshot s : shelf.snapshots()) {
            if (!s.snapshotDate().equals(shelf.day()) || s.fulfillable() == null) {
                continue;
            }
            if (Boolean.FALSE.equals(s.afnListingExists())) {
                // A seller-fulfilled SKU: the report lists it, but its stock is the seller's, not Amazon's.
                continue;
            }
            SkuSales sales = sold.get(s.sku());
            if (sales == null) {
                continue;
            }
            long inbound = nz(s.inboundWorking()) + nz(s.inboundShipped()) + nz(s.inboundReceiving());
            BigDecimal price = price(s, sales);
            StockOutRisk.assess(
                            shelf.day(),
                            s.fulfillable(),
                            inbound,
                            sales.units(),
                            window,
                            t.intValue(MIN_UNITS),
                            t.intValue(LEAD_TIME),
                            t.intValue(WARNING),
                            price)
                    .ifPresent(risk -> {
                        if (!sheetRead[0]) {
                            sheetRead[0] = true;
                            replenishment
                                    .sheetOn(context.accountId(), marketplace, context.date())
                                    .forEach(l -> sheet.put(l.position().sku(), l));
                        }
                        findings.add(finding(
                                context, marketplace, s, inbound, sales, risk, from, to, shelf, sheet.get(s.sku())));
                    });
        }
        return findings;
    }

    private Finding finding(
            ReviewContext context,
            Marketplace marketplace,
            StockSnapshot s,
            long inbound,
            SkuSales sales,
            StockOutRisk.Risk risk,
            LocalDate from,
            LocalDate to,
            Shelf shelf,
            ReplenishmentLine line) {
        Thresholds t = context.thresholds();
        ReorderProposal proposal = line == null ? null : line.proposal();
        int lead = t.intValue(LEAD_TIME);
        int warning = t.intValue(WARNING);
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("days-of-cover", risk.coverWithInbound(), Unit.DAYS));
        figures.add(Evidence.Figure.of("days-of-cover-on-hand", risk.cover(), Unit.DAYS));
        figures.add(Evidence.Figure.of("units-available", s.fulfillable(), Unit.COUNT));
        if (!shelf.fromLedger()) {
            figures.add(Evidence.Figure.of("units-inbound", inbound, Unit.COUNT));
        }
        figures.add(Evidence.Figure.of("units-sold", sales.units(), Unit.COUNT));
        figures.add(Evidence.Figure.of("units-per-day", risk.velocity(), Unit.NUMBER));
        figures.add(Evidence.Figure.of("lead-time", lead, Unit.DAYS));
        if (proposal != null) {
            figures.add(Evidence.Figure.of("order-quantity", proposal.orderQuantity(), Unit.COUNT));
            if (proposal.lastSafeOrderDate() != null) {
                figures.add(Evidence.Figure.of(
                        "days-to-order",
                        java.time.temporal.ChronoUnit.DAYS.between(context.date(), proposal.lastSafeOrderDate()),
                        Unit.DAYS));
            }
        }
        List<Evidence.Check> checks = new ArrayList<>();
        if (shelf.fromLedger()) {
            checks.add(Evidence.Check.unknown(
                    "inbound",
                    "no Manage FBA Inventory snapshot since "
                            + context.date().minusDays(MAX_SNAPSHOT_AGE_DAYS)
                            + "; sellable units from the inventory ledger of " + shelf.day()));
        }
        checks.add(reorder(line));
        Evidence evidence = Evidence.of(
                        from,
                        to,
                        figures,
                        new Evidence.Threshold(
                                "cover-needed",
                                ">=",
                                BigDecimal.valueOf((long) lead + warning),
                                Unit.DAYS,
                                "lead time " + lead + " + warning " + warning + "; "
                                        + t.spec(WARNING).source() + "; lead time: "
                                        + (t.isOwn(LEAD_TIME)
                                                ? "account setting"
                                                : t.spec(LEAD_TIME).source())))
                .withChecks(checks)
                .withSeries(new Evidence.Series(
                        "units-available",
                        Unit.COUNT,
                        shelf.snapshots().stream()
                                .filter(h -> h.sku().equals(s.sku()) && h.fulfillable() != null)
                                .map(h -> new Evidence.Point(h.snapshotDate(), BigDecimal.valueOf(h.fulfillable())))
                                .toList()));
        String currency = s.currency() != null ? s.currency() : sales.currency();
        Money atStake = risk.atStake() == null || currency == null
                ? null
                : new Money(risk.atStake(), Currency.getInstance(currency));
        return new Finding(
                Subject.sku(s.sku(), s.asin() != null ? s.asin() : sales.asin(), marketplace),
                "",
                risk.critical() ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.inventory.stock-out-risk.title",
                        s.sku(),
                        marketplace.code(),
                        Unit.DAYS.format(risk.coverWithInbound()),
                        String.valueOf(lead + warning),
                        risk.stockOutDay().toString()),
                evidence,
                action(risk, s.sku(), marketplace, context.date(), proposal, line),
                atStake);
    }

    /**
     * The suggested action: with a reorder proposal, how many units to order by which day (in the supplier's MOQ and
     * cases); without one (the SKU has too little sales history for a forecast), the plain reorder advice.
     */
    private static MessageText action(
            StockOutRisk.Risk risk,
            String sku,
            Marketplace marketplace,
            LocalDate today,
            ReorderProposal proposal,
            ReplenishmentLine line) {
        String suffix = risk.critical() ? ".critical" : "";
        if (proposal == null || proposal.orderQuantity() <= 0) {
            return MessageText.of("review.rule.inventory.stock-out-risk.action" + suffix, sku, marketplace.code());
        }
        LocalDate orderBy = proposal.lastSafeOrderDate() == null
                        || proposal.lastSafeOrderDate().isBefore(today)
                ? today
                : proposal.lastSafeOrderDate();
        OrderConstraints c = line.terms().constraints();
        return MessageText.of(
                "review.rule.inventory.stock-out-risk.action.order" + suffix,
                sku,
                marketplace.code(),
                String.valueOf(proposal.orderQuantity()),
                orderBy.toString(),
                String.valueOf(c.minimumOrderQuantity()),
                String.valueOf(c.casePack()),
                line.terms().supplier() == null ? "-" : line.terms().supplier());
    }

    /** What the replenishment sheet proposes for the SKU, as the evidence's reorder check. */
    private static Evidence.Check reorder(ReplenishmentLine line) {
        if (line == null || line.proposal() == null) {
            return Evidence.Check.unknown(
                    "reorder", "no reorder proposal: the SKU has no sales history in the replenishment sheet");
        }
        ReorderProposal p = line.proposal();
        OrderConstraints c = line.terms().constraints();
        String detail = "order " + p.orderQuantity() + " units by " + p.lastSafeOrderDate() + " (MOQ "
                + c.minimumOrderQuantity() + ", case pack " + c.casePack() + ", supplier "
                + (line.terms().supplier() == null ? "none" : line.terms().supplier()) + "); projected stock-out "
                + p.projectedStockOut() + "; lead time " + Math.round(p.leadTimeDays()) + " days";
        return p.orderQuantity() > 0
                ? Evidence.Check.found("reorder", detail)
                : Evidence.Check.notFound("reorder", detail);
    }

    /** The listed price, else the average price of the window's sales. */
    private static BigDecimal price(StockSnapshot s, SkuSales sales) {
        if (s.yourPrice() != null && s.yourPrice().signum() > 0) {
            return s.yourPrice();
        }
        if (sales.units() > 0 && sales.sales().signum() > 0) {
            return sales.sales().divide(BigDecimal.valueOf(sales.units()), 2, java.math.RoundingMode.HALF_UP);
        }
        return null;
    }

    /** A ledger balance as a snapshot with its sellable units available and everything else unknown. */
    private static StockSnapshot sellable(Marketplace marketplace, SellableStock r) {
        return new StockSnapshot(
                marketplace,
                r.sku(),
                r.day(),
                null,
                r.asin(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                r.units(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static long nz(Integer value) {
        return value == null ? 0 : value;
    }
}
