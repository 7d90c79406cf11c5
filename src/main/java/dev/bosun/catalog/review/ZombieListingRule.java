package dev.bosun.catalog.review;

import dev.bosun.accounts.Role;
import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listings;
import dev.bosun.catalog.Traffic;
import dev.bosun.catalog.domain.PeriodTiling.Period;
import dev.bosun.catalog.domain.ZombieListing;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.SellableStock;
import dev.bosun.inventory.StockLedger;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Zombie listings: active, in stock (FBA units available on the latest Manage FBA Inventory snapshot or, without one,
 * the inventory ledger's latest sellable balance; else the merchant's quantity), older
 * than the window, and without a session in the window according to traffic reports that cover every day of it.
 * Candidates for the quarterly delist review.
 */
@Component
class ZombieListingRule implements ReviewRule {

    static final String DAYS = "days";

    private final Listings listings;
    private final Traffic traffic;
    private final InventorySnapshots inventory;
    private final StockLedger ledger;

    ZombieListingRule(Listings listings, Traffic traffic, InventorySnapshots inventory, StockLedger ledger) {
        this.listings = listings;
        this.traffic = traffic;
        this.inventory = inventory;
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "catalog.zombie-listing";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.LISTINGS;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(ThresholdSpec.of(
                DAYS,
                "30",
                Unit.DAYS,
                "7",
                "365",
                "30 days without sessions → quarterly delist review (PRODUCT.md, listings and catalog)"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        int days = context.thresholds().intValue(DAYS);
        LocalDate to = context.date().minusDays(1);
        LocalDate from = to.minusDays(days - 1);
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            WindowFigures figures = RecentFunnels.upTo(context, traffic, marketplace, to, days);
            Optional<List<Period>> tiling = figures.tiling(from, to);
            if (tiling.isEmpty()) {
                continue;
            }
            Map<String, WindowFigures.Sum> sums = figures.sums(tiling.get());
            Map<String, Integer> stock = stockOnHand(context, marketplace, from);
            for (Listing l : listings.inMarketplace(context.accountId(), marketplace)) {
                if (l.asin() == null) {
                    continue;
                }
                Integer units = stock.containsKey(l.sku()) ? stock.get(l.sku()) : l.quantity();
                WindowFigures.Sum sum = sums.get(l.asin());
                long sessions = sum == null || sum.sessions == null ? 0 : sum.sessions;
                LocalDate opened = l.openedAt() == null
                        ? null
                        : l.openedAt().atZone(marketplace.zone()).toLocalDate();
                if (ZombieListing.is(l.status(), units, sessions, opened, from, true)) {
                    findings.add(finding(context, marketplace, l, units, opened, from, to, days));
                }
            }
        }
        return findings;
    }

    /**
     * FBA units available per SKU: from the latest Manage FBA Inventory snapshot within the window, else from the
     * inventory ledger summary's latest sellable balance within it (the ledger comes daily; the snapshot only on the
     * days it was downloaded).
     */
    private Map<String, Integer> stockOnHand(ReviewContext context, Marketplace marketplace, LocalDate from) {
        Map<String, Integer> stock = new HashMap<>();
        Optional<LocalDate> snapshotDay = inventory
                .latestStockDay(context.accountId(), marketplace, context.date())
                .filter(day -> !day.isBefore(from));
        if (snapshotDay.isPresent()) {
            for (StockSnapshot s :
                    inventory.stockBetween(context.accountId(), marketplace, snapshotDay.get(), snapshotDay.get())) {
                if (s.fulfillable() != null) {
                    stock.put(s.sku(), s.fulfillable());
                }
            }
            return stock;
        }
        LocalDate last = context.date().minusDays(1);
        List<SellableStock> balances = ledger.sellableBetween(
                context.accountId(), marketplace, context.marketplaces().size() == 1, last.minusDays(6), last);
        balances.stream()
                .map(SellableStock::day)
                .max(LocalDate::compareTo)
                .ifPresent(day ->
                        balances.stream().filter(b -> b.day().equals(day)).forEach(b -> stock.put(b.sku(), b.units())));
        return stock;
    }

    private Finding finding(
            ReviewContext context,
            Marketplace marketplace,
            Listing l,
            int units,
            LocalDate opened,
            LocalDate from,
            LocalDate to,
            int days) {
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("sessions", 0, Unit.COUNT));
        figures.add(Evidence.Figure.of("units-available", units, Unit.COUNT));
        figures.add(Evidence.Figure.of(
                "listing-age", java.time.temporal.ChronoUnit.DAYS.between(opened, context.date()), Unit.DAYS));
        if (l.price() != null) {
            figures.add(Evidence.Figure.money("price", l.price(), l.currency()));
        }
        Evidence evidence = Evidence.of(
                from,
                to,
                figures,
                new Evidence.Threshold(
                        DAYS,
                        ">",
                        BigDecimal.ZERO,
                        Unit.COUNT,
                        "sessions in " + days + " days; "
                                + context.thresholds().spec(DAYS).source()));
        return new Finding(
                Subject.sku(l.sku(), l.asin(), marketplace),
                "",
                Severity.INFO,
                MessageText.of(
                        "review.rule.catalog.zombie-listing.title",
                        l.sku(),
                        l.asin(),
                        marketplace.code(),
                        String.valueOf(days),
                        String.valueOf(units)),
                evidence,
                MessageText.of("review.rule.catalog.zombie-listing.action", l.sku()),
                null);
    }
}
