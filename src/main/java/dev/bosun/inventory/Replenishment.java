package dev.bosun.inventory;

import dev.bosun.inventory.forecast.DemandForecast;
import dev.bosun.inventory.forecast.DemandForecaster;
import dev.bosun.inventory.forecast.DemandHistory;
import dev.bosun.inventory.forecast.ForecastSettings;
import dev.bosun.inventory.forecast.Frequency;
import dev.bosun.inventory.forecast.LeadTime;
import dev.bosun.inventory.forecast.LeadTimeStage;
import dev.bosun.inventory.forecast.OrderConstraints;
import dev.bosun.inventory.forecast.PredictionInterval;
import dev.bosun.inventory.forecast.ReorderPolicy;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.inventory.forecast.ServiceLevel;
import dev.bosun.inventory.forecast.StockSituation;
import dev.bosun.orders.DailySkuUnits;
import dev.bosun.orders.OrderBook;
import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The replenishment sheet: for each SKU with stock in a marketplace, its position by location, the demand forecast
 * (method chosen per SKU by backtest over the marketplace's catalogue, out-of-stock days censored), and Bosun's
 * reorder proposal (periodic review every {@value #REVIEW_DAYS} days, 98 % cycle service) next to what the rules of
 * thumb would order (6–8 weeks of safety stock; 日均销量 × 备货周期 × 1.5).
 *
 * <p>Demand comes from the order lines of the last {@value #HISTORY_DAYS} days; a SKU's history starts at its first
 * sale. Stock on its way counts at the day it should become sellable: FBA receiving in {@value #RECEIVING_DAYS}
 * days, shipped in {@value #SHIPPED_DAYS}, working in {@value #WORKING_DAYS}, 3PL stock in {@value
 * #THIRD_PARTY_DAYS}, own-warehouse stock after the transit and check-in part of the lead time. Without a supplier
 * the lead time is the account default ({@code bosun.inventory.lead-time-days}, 30 days, 25 % spread); with one,
 * the supplier's and forwarder's stages as their scorecards learnt them, and the supplier's MOQ and case pack.
 */
@Service
public class Replenishment {

    public static final int HISTORY_DAYS = 182;
    public static final int REVIEW_DAYS = 7;
    public static final double SERVICE = 0.98;
    static final int RECEIVING_DAYS = 3;
    static final int SHIPPED_DAYS = 10;
    static final int WORKING_DAYS = 21;
    static final int THIRD_PARTY_DAYS = 10;
    /** Days of forecast shown after today at least. */
    public static final int FORECAST_DAYS = 60;

    private static final double[] LEVELS = {0.8, 0.95};

    private final StockPositions positions;
    private final SupplyPartners partners;
    private final InventorySnapshots snapshots;
    private final OrderBook orders;
    private final Clock clock;
    private final int defaultLeadTime;
    private final DemandForecaster forecaster = new DemandForecaster();
    private final ReorderPolicy policy = ReorderPolicy.of(REVIEW_DAYS, ServiceLevel.cycle(SERVICE));

    Replenishment(
            StockPositions positions,
            SupplyPartners partners,
            InventorySnapshots snapshots,
            OrderBook orders,
            Clock clock,
            @Value("${bosun.inventory.lead-time-days:30}") int defaultLeadTime) {
        this.positions = positions;
        this.partners = partners;
        this.snapshots = snapshots;
        this.orders = orders;
        this.clock = clock;
        this.defaultLeadTime = Math.max(1, Math.min(365, defaultLeadTime));
    }

    /** Today in the marketplace's zone. */
    public LocalDate today(Marketplace marketplace) {
        return LocalDate.now(clock.withZone(marketplace.zone()));
    }

    /** The sheet of a marketplace as of today: one line per SKU with a position, by SKU. */
    public List<ReplenishmentLine> sheet(long accountId, Marketplace marketplace) {
        return compute(accountId, marketplace, today(marketplace)).lines;
    }

    /** A SKU's outlook as of today, if it has a position in the marketplace. */
    public Optional<SkuOutlook> outlook(long accountId, Marketplace marketplace, String sku) {
        LocalDate today = today(marketplace);
        Computed c = compute(accountId, marketplace, today);
        ReplenishmentLine line = c.lines.stream()
                .filter(l -> l.position().sku().equals(sku))
                .findFirst()
                .orElse(null);
        if (line == null) {
            return Optional.empty();
        }
        List<SkuOutlook.SoldDay> sold = new ArrayList<>();
        DemandHistory history = c.histories.get(sku);
        if (history != null) {
            for (int t = 0; t < history.length(); t++) {
                sold.add(new SkuOutlook.SoldDay(history.periodStart(t), history.unitsAt(t), history.observedAt(t)));
            }
        }
        List<SkuOutlook.ForecastDay> ahead = new ArrayList<>();
        DemandForecast forecast = c.forecasts.get(sku);
        if (forecast != null) {
            PredictionInterval p80 = forecast.interval(0.8);
            PredictionInterval p95 = forecast.interval(0.95);
            for (int i = 0; i < forecast.horizon(); i++) {
                ahead.add(new SkuOutlook.ForecastDay(
                        forecast.periodStart(i),
                        forecast.meanAt(i),
                        p80.lowerAt(i),
                        p80.upperAt(i),
                        p95.lowerAt(i),
                        p95.upperAt(i)));
            }
        }
        return Optional.of(new SkuOutlook(
                line,
                sold,
                ahead,
                positions.history(accountId, marketplace, sku, today.minusDays(HISTORY_DAYS), today),
                positions.counts(accountId, marketplace, sku)));
    }

    /** Days from arrival at Amazon to sellable when no forwarder says otherwise. */
    static final int DEFAULT_CHECK_IN_DAYS = 7;

    /**
     * The terms each SKU of the account is replenished on, by SKU: a linked supplier's MOQ and case pack, and a lead
     * time of its production stage plus the forwarder's transit and check-in stages, each learnt from the actual
     * orders and shipments (their scorecards) or else as promised. Without a forwarder, transit is what is left of
     * the account's default lead time after production and a week's check-in. SKUs without a supplier are absent
     * (they take {@link #defaultTerms()}).
     */
    public Map<String, SupplyTerms> terms(long accountId) {
        Map<String, SupplyLink> links = partners.links(accountId);
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<Long, Supplier> suppliers = new HashMap<>();
        partners.suppliers(accountId).forEach(s -> suppliers.put(s.id(), s));
        Map<Long, Scorecard> supplierCards = partners.supplierScorecards(accountId);
        Map<Long, Scorecard> forwarderCards = partners.forwarderScorecards(accountId);
        Map<String, SupplyTerms> terms = new HashMap<>();
        for (SupplyLink link : links.values()) {
            Supplier supplier = suppliers.get(link.supplierId());
            if (supplier == null) {
                continue;
            }
            LeadTimeStage production = supplierCards.get(supplier.id()).stage();
            Scorecard carrier = link.forwarderId() == null ? null : forwarderCards.get(link.forwarderId());
            LeadTimeStage transit;
            LeadTimeStage checkIn;
            if (carrier != null) {
                transit = carrier.stage();
                checkIn = carrier.checkIn();
            } else {
                double rest = Math.max(0, defaultLeadTime - production.meanDays() - DEFAULT_CHECK_IN_DAYS);
                transit = LeadTimeStage.of(rest, rest * LeadTimeStage.ASSUMED_VARIATION);
                checkIn = LeadTimeStage.of(
                        DEFAULT_CHECK_IN_DAYS, DEFAULT_CHECK_IN_DAYS * LeadTimeStage.ASSUMED_VARIATION);
            }
            terms.put(
                    link.sku(),
                    new SupplyTerms(
                            supplier.name(),
                            new LeadTime(production, transit, checkIn),
                            new OrderConstraints(supplier.moq(), supplier.casePack())));
        }
        return terms;
    }

    /** The terms of a SKU without a supplier: the account's default lead time, 25 % spread, no MOQ. */
    public SupplyTerms defaultTerms() {
        return new SupplyTerms(
                null,
                new LeadTime(
                        LeadTimeStage.of(defaultLeadTime, defaultLeadTime * LeadTimeStage.ASSUMED_VARIATION),
                        LeadTimeStage.fixed(0),
                        LeadTimeStage.fixed(0)),
                OrderConstraints.NONE);
    }

    private record Computed(
            List<ReplenishmentLine> lines,
            Map<String, DemandHistory> histories,
            Map<String, DemandForecast> forecasts) {}

    private Computed compute(long accountId, Marketplace marketplace, LocalDate today) {
        List<StockPosition> stock = positions.on(accountId, marketplace, today);
        LocalDate from = today.minusDays(HISTORY_DAYS);
        LocalDate last = today.minusDays(1);
        Map<String, double[]> units = new HashMap<>();
        Map<String, Integer> firstSale = new HashMap<>();
        for (DailySkuUnits d : orders.dailyUnits(accountId, marketplace, from, last)) {
            int t = (int) ChronoUnit.DAYS.between(from, d.day());
            if (t < 0 || t >= HISTORY_DAYS) {
                continue;
            }
            units.computeIfAbsent(d.sku(), k -> new double[HISTORY_DAYS])[t] += d.units();
            if (d.units() > 0) {
                firstSale.merge(d.sku(), t, Math::min);
            }
        }
        Map<String, boolean[]> outOfStock = new HashMap<>();
        for (StockSnapshot s : snapshots.stockBetween(accountId, marketplace, from, last)) {
            if (s.fulfillable() != null && s.fulfillable() <= 0) {
                int t = (int) ChronoUnit.DAYS.between(from, s.snapshotDate());
                outOfStock.computeIfAbsent(s.sku(), k -> new boolean[HISTORY_DAYS])[t] = true;
            }
        }
        Map<String, SupplyTerms> linked = terms(accountId);
        Map<String, SupplyTerms> terms = new HashMap<>();
        List<DemandHistory> histories = new ArrayList<>();
        int longestCycle = 0;
        for (StockPosition p : stock) {
            SupplyTerms t = linked.getOrDefault(p.sku(), defaultTerms());
            terms.put(p.sku(), t);
            longestCycle = Math.max(longestCycle, t.leadTime().plannedDays() + REVIEW_DAYS);
            double[] sold = units.get(p.sku());
            if (sold == null) {
                continue;
            }
            int start = Math.min(firstSale.get(p.sku()), HISTORY_DAYS - 14);
            double[] trimmed = java.util.Arrays.copyOfRange(sold, start, HISTORY_DAYS);
            boolean[] observed = new boolean[trimmed.length];
            boolean[] out = outOfStock.get(p.sku());
            for (int i = 0; i < observed.length; i++) {
                observed[i] = out == null || !out[start + i];
            }
            histories.add(new DemandHistory(p.sku(), from.plusDays(start), Frequency.DAILY, trimmed, observed, null));
        }
        int horizon = Math.max(FORECAST_DAYS, longestCycle);
        List<DemandForecast> forecasts = histories.isEmpty()
                ? List.of()
                : forecaster.forecast(
                        histories, ForecastSettings.automatic(horizon).withErrorWindows(26));
        Map<String, DemandHistory> historyOf = new HashMap<>();
        Map<String, DemandForecast> forecastOf = new HashMap<>();
        for (int i = 0; i < histories.size(); i++) {
            historyOf.put(histories.get(i).id(), histories.get(i));
            forecastOf.put(histories.get(i).id(), forecasts.get(i));
        }
        List<ReplenishmentLine> lines = new ArrayList<>();
        for (StockPosition p : stock) {
            SupplyTerms t = terms.get(p.sku());
            DemandForecast forecast = forecastOf.get(p.sku());
            if (forecast == null) {
                lines.add(new ReplenishmentLine(p, null, null, t));
                continue;
            }
            ReorderProposal proposal = policy.propose(
                    historyOf.get(p.sku()), forecast, situation(p, today, t.leadTime()), t.leadTime(), t.constraints());
            lines.add(new ReplenishmentLine(p, forecast.method().name(), proposal, t));
        }
        return new Computed(lines, historyOf, forecastOf);
    }

    /** On hand and the units on their way, each at the day it should become sellable. */
    static StockSituation situation(StockPosition p, LocalDate today, LeadTime leadTime) {
        List<StockSituation.Inbound> inbound = new ArrayList<>();
        add(inbound, today.plusDays(RECEIVING_DAYS), p.inboundReceiving());
        add(inbound, today.plusDays(SHIPPED_DAYS), p.inboundShipped());
        add(inbound, today.plusDays(WORKING_DAYS), p.inboundWorking());
        add(inbound, today.plusDays(THIRD_PARTY_DAYS), p.thirdParty());
        double transit = leadTime.transit().meanDays() + leadTime.checkIn().meanDays();
        long ownDays = transit > 0 ? (long) Math.ceil(transit) : Math.max(1, leadTime.plannedDays() / 2);
        add(inbound, today.plusDays(ownDays), p.ownWarehouse());
        return new StockSituation(p.available(), inbound);
    }

    private static void add(List<StockSituation.Inbound> inbound, LocalDate day, int units) {
        if (units > 0) {
            inbound.add(new StockSituation.Inbound(day, units));
        }
    }
}
