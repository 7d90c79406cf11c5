package dev.bosun.inventory;

import dev.bosun.amazon.ReportImports;
import dev.bosun.inventory.db.ReplenishmentSheets;
import dev.bosun.inventory.domain.InboundArrival;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The replenishment sheet: for each SKU with stock in a marketplace, its position by location, the demand forecast
 * (method chosen per SKU by backtest over the marketplace's catalogue, out-of-stock days censored), and Bosun's
 * reorder proposal (periodic review every {@value #REVIEW_DAYS} days, 98 % cycle service) next to what the rules of
 * thumb would order (6–8 weeks of safety stock; 日均销量 × 备货周期 × 1.5).
 *
 * <p>Demand comes from the order lines of the last {@value #HISTORY_DAYS} days; a SKU's history starts at its first
 * sale. Stock on its way counts at the day it should become sellable ({@link InboundDays}): FBA receiving, shipped
 * and working after the days the marketplace's own shipments took (else 3, 10 and 21 days), 3PL stock in 10 days,
 * own-warehouse stock after the transit and check-in part of the lead time. Without a supplier
 * the lead time is the account default ({@code bosun.inventory.lead-time-days}, 30 days, 25 % spread); with one,
 * the supplier's and forwarder's stages as their scorecards learnt them, and the supplier's MOQ and case pack.
 *
 * <p>Forecasting a whole catalogue takes seconds to minutes, so the sheet is computed in the background ({@link
 * ReplenishmentSheetJob}: after imports, counts, purchase order and partner changes) and stored; pages read the
 * stored sheet ({@link #latest}) and say when it is being computed again. Its fingerprint (import batches, counts,
 * orders, partners, the day, {@link #SHEET_VERSION}) tells whether it is stale.
 */
@Service
public class Replenishment {

    public static final int HISTORY_DAYS = 182;
    public static final int REVIEW_DAYS = 7;
    /** How many days before the reviewed day a stored sheet may be of and still serve the daily review. */
    public static final int SHEET_AGE_DAYS = 2;

    public static final double SERVICE = 0.98;
    /** Changes whenever what a stored line holds or how it is computed changes: old sheets then count as stale. */
    static final String SHEET_VERSION = "sheet-2";
    /** Days of forecast shown after today at least. */
    public static final int FORECAST_DAYS = 60;

    private static final double[] LEVELS = {0.8, 0.95};

    private final StockPositions positions;
    private final SupplyPartners partners;
    private final InventorySnapshots snapshots;
    private final OrderBook orders;
    private final ReportImports imports;
    private final ReplenishmentSheets sheets;
    private final ReplenishmentSheetJob sheetJob;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int defaultLeadTime;
    private final DemandForecaster forecaster = new DemandForecaster();
    private final ReorderPolicy policy = ReorderPolicy.of(REVIEW_DAYS, ServiceLevel.cycle(SERVICE));

    Replenishment(
            StockPositions positions,
            SupplyPartners partners,
            InventorySnapshots snapshots,
            OrderBook orders,
            ReportImports imports,
            ReplenishmentSheets sheets,
            ReplenishmentSheetJob sheetJob,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${bosun.inventory.lead-time-days:30}") int defaultLeadTime) {
        this.positions = positions;
        this.partners = partners;
        this.snapshots = snapshots;
        this.orders = orders;
        this.imports = imports;
        this.sheets = sheets;
        this.sheetJob = sheetJob;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultLeadTime = Math.max(1, Math.min(365, defaultLeadTime));
    }

    /** Today in the marketplace's zone. */
    public LocalDate today(Marketplace marketplace) {
        return LocalDate.now(clock.withZone(marketplace.zone()));
    }

    /**
     * The sheet of a marketplace as of today, computed now when the stored one is stale or missing (and stored).
     * For background jobs, the daily review and scripts; pages use {@link #latest}.
     */
    public List<ReplenishmentLine> sheet(long accountId, Marketplace marketplace) {
        return current(accountId, marketplace).lines();
    }

    /** The current sheet with when it was computed: the stored one when fresh, else computed now and stored. */
    public ReplenishmentSheet current(long accountId, Marketplace marketplace) {
        return current(accountId, marketplace, today(marketplace));
    }

    /**
     * The sheet as of {@code today}: the stored one when it is of that day and its sources have not changed, else
     * computed and stored. The background job passes today in the marketplace's zone; benchmarks and scripts that
     * replay a past day pass that day.
     */
    public ReplenishmentSheet current(long accountId, Marketplace marketplace, LocalDate today) {
        String fingerprint = fingerprint(accountId, marketplace, today);
        Optional<ReplenishmentSheets.Head> head = sheets.head(accountId, marketplace);
        if (head.isPresent()
                && head.get().asOf().equals(today)
                && head.get().fingerprint().equals(fingerprint)) {
            Optional<List<ReplenishmentLine>> lines = sheets.lines(accountId, marketplace);
            if (lines.isPresent()) {
                return sheet(marketplace, head.get(), lines.get(), false);
            }
        }
        long started = System.nanoTime();
        Computed c = compute(accountId, marketplace, today);
        List<ReplenishmentSheets.Row> rows = new ArrayList<>();
        for (ReplenishmentLine line : c.lines) {
            rows.add(new ReplenishmentSheets.Row(
                    line, outlookOf(c, line.position().sku())));
        }
        ReplenishmentSheets.Head computed = new ReplenishmentSheets.Head(
                today,
                fingerprint,
                clock.instant(),
                (System.nanoTime() - started) / 1_000_000,
                c.lines.size(),
                c.inbound);
        transactions.executeWithoutResult(status -> sheets.replace(accountId, marketplace, computed, rows));
        return sheet(marketplace, computed, c.lines, false);
    }

    /**
     * The sheet as last computed, without computing: empty lines and no {@code computedAt} before the first
     * computation. When it is stale or missing, a background computation is queued (once per change).
     */
    public ReplenishmentSheet latest(long accountId, Marketplace marketplace) {
        LocalDate today = today(marketplace);
        String fingerprint = fingerprint(accountId, marketplace, today);
        Optional<ReplenishmentSheets.Head> head = sheets.head(accountId, marketplace);
        Optional<List<ReplenishmentLine>> lines = head.flatMap(h -> sheets.lines(accountId, marketplace));
        if (head.isEmpty() || lines.isEmpty()) {
            sheetJob.queueNow(accountId, fingerprint);
            return new ReplenishmentSheet(marketplace, today, List.of(), InboundDays.FIXED, null, 0, true);
        }
        boolean stale = !head.get().fingerprint().equals(fingerprint);
        if (stale) {
            sheetJob.queueNow(accountId, fingerprint);
        }
        return sheet(marketplace, head.get(), lines.get(), stale);
    }

    /**
     * Whether the marketplace's stored sheet is missing or older than its sources (then a computation is queued);
     * reads only the sheet's head.
     */
    public boolean stale(long accountId, Marketplace marketplace) {
        String fingerprint = fingerprint(accountId, marketplace, today(marketplace));
        boolean stale = sheets.head(accountId, marketplace)
                .map(h -> !h.fingerprint().equals(fingerprint))
                .orElse(true);
        if (stale) {
            sheetJob.queueNow(accountId, fingerprint);
        }
        return stale;
    }

    /**
     * The sheet for the daily review of a day: the stored sheet when it was computed as of that day or of one of the
     * {@link #SHEET_AGE_DAYS} days before (the background job computes it after each import, so the morning review
     * after last night's import finds yesterday's sheet; the quantities to order move little in a few days, and a
     * sheet of a later day would use sales after the reviewed day); else computed for the day without storing (the
     * review writes nothing of the inventory module).
     */
    public List<ReplenishmentLine> sheetOn(long accountId, Marketplace marketplace, LocalDate day) {
        Optional<ReplenishmentSheets.Head> head = sheets.head(accountId, marketplace);
        if (head.isPresent()
                && !head.get().asOf().isAfter(day)
                && head.get().asOf().isAfter(day.minusDays(SHEET_AGE_DAYS + 1L))) {
            Optional<List<ReplenishmentLine>> lines = sheets.lines(accountId, marketplace);
            if (lines.isPresent()) {
                return lines.get();
            }
        }
        return compute(accountId, marketplace, day).lines;
    }

    /**
     * A SKU's outlook: its line, history and forecast as last computed (the stored sheet, even when a new one is
     * being computed), with its stock day by day and counts as they are now; computed at once when the marketplace
     * has no stored sheet yet. Empty when the SKU has no position in the marketplace.
     */
    public Optional<SkuOutlook> outlook(long accountId, Marketplace marketplace, String sku) {
        LocalDate today = today(marketplace);
        ReplenishmentLine line;
        ReplenishmentSheets.Outlook stored;
        Optional<ReplenishmentSheets.Head> head = sheets.head(accountId, marketplace);
        Optional<ReplenishmentSheets.Row> row =
                head.isPresent() ? sheets.row(accountId, marketplace, sku) : Optional.empty();
        if (row.isPresent()) {
            line = row.get().line();
            stored = row.get().outlook();
        } else {
            if (head.isPresent() && head.get().fingerprint().equals(fingerprint(accountId, marketplace, today))) {
                return Optional.empty();
            }
            current(accountId, marketplace);
            Optional<ReplenishmentSheets.Row> computed = sheets.row(accountId, marketplace, sku);
            if (computed.isEmpty()) {
                return Optional.empty();
            }
            line = computed.get().line();
            stored = computed.get().outlook();
        }
        return Optional.of(new SkuOutlook(
                line,
                stored.history(),
                stored.forecast(),
                positions.history(accountId, marketplace, sku, today.minusDays(HISTORY_DAYS), today),
                positions.counts(accountId, marketplace, sku)));
    }

    /** The days inbound FBA stock takes to become sellable in a marketplace, learnt from its shipments or fixed. */
    public InboundDays inboundDays(long accountId, Marketplace marketplace) {
        return InboundArrival.learn(marketplace, partners.orders(accountId));
    }

    /**
     * What a marketplace's sheet of a day is computed from: the account's import batches, hand counts, purchase
     * orders and receipts, partners and links, the default lead time and the sheet version.
     */
    String fingerprint(long accountId, Marketplace marketplace, LocalDate day) {
        List<Long> batches = imports.batchIds(accountId);
        long max = 0;
        long sum = 0;
        for (long id : batches) {
            max = Math.max(max, id);
            sum += id;
        }
        String text = SHEET_VERSION + "|" + marketplace.code() + "|" + day + "|" + defaultLeadTime + "|"
                + batches.size() + " " + max + " " + sum + "|" + sheets.sourcesDigest(accountId);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReplenishmentSheet sheet(
            Marketplace marketplace, ReplenishmentSheets.Head head, List<ReplenishmentLine> lines, boolean stale) {
        return new ReplenishmentSheet(
                marketplace, head.asOf(), lines, head.inbound(), head.computedAt(), head.tookMillis(), stale);
    }

    private static ReplenishmentSheets.Outlook outlookOf(Computed c, String sku) {
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
        return new ReplenishmentSheets.Outlook(sold, ahead);
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
            Map<String, DemandForecast> forecasts,
            InboundDays inbound) {}

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
        InboundDays inbound = inboundDays(accountId, marketplace);
        Map<String, List<WarehouseStock>> warehouses = positions.warehouses(accountId, marketplace, today);
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
                lines.add(new ReplenishmentLine(p, null, null, t, warehouses.get(p.sku())));
                continue;
            }
            ReorderProposal proposal = policy.propose(
                    historyOf.get(p.sku()),
                    forecast,
                    situation(p, today, t.leadTime(), inbound),
                    t.leadTime(),
                    t.constraints());
            lines.add(new ReplenishmentLine(p, forecast.method().name(), proposal, t, warehouses.get(p.sku())));
        }
        return new Computed(lines, historyOf, forecastOf, inbound);
    }

    /** On hand and the units on their way, each at the day it should become sellable. */
    static StockSituation situation(StockPosition p, LocalDate today, LeadTime leadTime, InboundDays days) {
        List<StockSituation.Inbound> inbound = new ArrayList<>();
        add(inbound, today.plusDays(days.receivingDays()), p.inboundReceiving());
        add(inbound, today.plusDays(days.shippedDays()), p.inboundShipped());
        add(inbound, today.plusDays(days.workingDays()), p.inboundWorking());
        add(inbound, today.plusDays(days.thirdPartyDays()), p.thirdParty());
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
