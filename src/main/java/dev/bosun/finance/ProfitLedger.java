package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.catalog.Traffic;
import dev.bosun.finance.db.ProfitDays;
import dev.bosun.finance.db.ProfitSources;
import dev.bosun.finance.domain.ProfitPart;
import dev.bosun.finance.domain.ProfitTally;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.OrderLine;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What each seller account really earns: profit per order, SKU, ASIN, parent ASIN, marketplace, day and month, in
 * the marketplace currency and the organisation's reporting currency, with the monthly P&L statement. Figures come
 * from a rollup that is computed again whenever imports, unit costs or exchange rates changed (see {@code
 * docs/finance-profit.md} for every rule); orders are computed on the spot.
 */
@Service
public class ProfitLedger {

    /** How current the figures must be. */
    public enum Freshness {
        /** Computed again first when imports, costs or rates changed since the last rollup (may take a while). */
        CURRENT,
        /**
         * As of the last rollup, at once; when its sources changed since, a computation is queued in the background
         * and the report says so ({@link ProfitReport#recomputing()}).
         */
        LAST_ROLLUP
    }

    private final ProfitRollup rollup;
    private final ProfitRollupJob rollupJob;
    private final ProfitDays days;
    private final ProfitSources sources;
    private final OrderBook orders;
    private final Traffic traffic;
    private final UnitCosts unitCosts;
    private final ExchangeRates exchangeRates;
    private final AccountDirectory directory;
    private final Clock clock;

    ProfitLedger(
            ProfitRollup rollup,
            ProfitRollupJob rollupJob,
            ProfitDays days,
            ProfitSources sources,
            OrderBook orders,
            Traffic traffic,
            UnitCosts unitCosts,
            ExchangeRates exchangeRates,
            AccountDirectory directory,
            Clock clock) {
        this.rollup = rollup;
        this.rollupJob = rollupJob;
        this.days = days;
        this.sources = sources;
        this.orders = orders;
        this.traffic = traffic;
        this.unitCosts = unitCosts;
        this.exchangeRates = exchangeRates;
        this.directory = directory;
        this.clock = clock;
    }

    /** The profit of the days {@code from..to} (inclusive) grouped as asked, in every marketplace. */
    public ProfitReport report(long accountId, LocalDate from, LocalDate to, ProfitGrouping grouping) {
        return report(accountId, from, to, grouping, null, null, null);
    }

    /**
     * The profit of the days {@code from..to} (inclusive) grouped as asked.
     *
     * @param marketplace only this marketplace, or null for all
     * @param asin only this ASIN's rows (e.g. its SKUs), or null
     * @param sku only this SKU's rows, or null
     */
    public ProfitReport report(
            long accountId,
            LocalDate from,
            LocalDate to,
            ProfitGrouping grouping,
            Marketplace marketplace,
            String asin,
            String sku) {
        return report(accountId, from, to, grouping, marketplace, asin, sku, Freshness.CURRENT);
    }

    /**
     * The profit of the days {@code from..to} (inclusive) grouped as asked, as current as asked.
     *
     * @param freshness {@link Freshness#LAST_ROLLUP} for a page that must not wait: before the first rollup the
     *     report is then empty (and {@code recomputing})
     */
    public ProfitReport report(
            long accountId,
            LocalDate from,
            LocalDate to,
            ProfitGrouping grouping,
            Marketplace marketplace,
            String asin,
            String sku,
            Freshness freshness) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        ProfitDays.State state;
        boolean recomputing = false;
        if (freshness == Freshness.CURRENT) {
            state = rollup.fresh(accountId);
        } else {
            ProfitRollup.Snapshot snapshot = rollup.lastComputed(accountId);
            if (snapshot.stale()) {
                rollupJob.queueNow(accountId, snapshot.fingerprint());
                recomputing = true;
            }
            state = snapshot.state().orElse(null);
        }
        Currency reporting = state != null
                ? Currency.getInstance(state.reportingCurrency())
                : exchangeRates.reportingCurrency(
                        directory.account(accountId).orElseThrow().organisationId());
        List<ProfitDays.Sum> groups;
        List<ProfitDays.Sum> marketplaceSums;
        int withoutCost;
        if (grouping == ProfitGrouping.SKU || grouping == ProfitGrouping.ASIN || grouping == ProfitGrouping.PARENT) {
            // One read per SKU; ASINs, totals and the SKUs without cost are added up from it.
            List<ProfitDays.Sum> skus =
                    days.sum(accountId, from, to, ProfitDays.Key.SKU_AND_NONE, marketplace, asin, sku);
            List<ProfitDays.Sum> ofSkus =
                    skus.stream().filter(s -> !s.sku().isEmpty()).toList();
            withoutCost = (int) ofSkus.stream().filter(s -> s.counts()[5] > 0).count();
            groups = grouping == ProfitGrouping.SKU ? ofSkus : byAsin(ofSkus);
            marketplaceSums = byMarketplace(skus);
        } else {
            List<ProfitDays.Sum> skus =
                    days.sum(accountId, from, to, ProfitDays.Key.SKU_AND_NONE, marketplace, asin, sku);
            withoutCost = (int) skus.stream()
                    .filter(s -> !s.sku().isEmpty() && s.counts()[5] > 0)
                    .count();
            marketplaceSums = byMarketplace(skus);
            groups = grouping == ProfitGrouping.MARKETPLACE
                    ? marketplaceSums
                    : days.sum(
                            accountId,
                            from,
                            to,
                            grouping == ProfitGrouping.DAY ? ProfitDays.Key.DAY : ProfitDays.Key.MONTH,
                            marketplace,
                            asin,
                            sku);
        }
        List<ProfitRow> rows = new ArrayList<>();
        for (ProfitDays.Sum sum : groups) {
            rows.add(row(sum, reporting, null));
        }
        if (grouping == ProfitGrouping.PARENT) {
            rows = byParent(accountId, rows);
        } else if (grouping == ProfitGrouping.ASIN || grouping == ProfitGrouping.SKU) {
            rows = withParents(accountId, rows);
        }
        List<ProfitRow> totals = new ArrayList<>();
        ProfitFigures total = ProfitFigures.zero(reporting);
        boolean complete = true;
        for (ProfitDays.Sum sum : marketplaceSums) {
            ProfitRow row = row(sum, reporting, null);
            totals.add(row);
            if (row.reporting() == null) {
                complete = false;
            } else {
                total = total.plus(row.reporting());
            }
        }
        return new ProfitReport(
                accountId,
                from,
                to,
                grouping,
                marketplace,
                reporting,
                rows,
                totals,
                complete ? total : null,
                withoutCost,
                missingRates(state),
                state == null ? null : state.computedAt(),
                recomputing);
    }

    /**
     * The dashboard's periods for the account (or one marketplace): today, yesterday, the last 7 days (today
     * included), month to date, last month, and this month's forecast (month to date × days in the month / days
     * gone, today counted as gone). "Today" is the day in the zone of the marketplace (the account's first
     * marketplace when none is chosen).
     */
    public List<ProfitTile> tiles(long accountId, Marketplace marketplace) {
        return tiles(accountId, marketplace, Freshness.CURRENT);
    }

    /** The dashboard's periods, as current as asked (see {@link Freshness}). */
    public List<ProfitTile> tiles(long accountId, Marketplace marketplace, Freshness freshness) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        Marketplace zoneOf = marketplace != null ? marketplace : account.primaryMarketplace();
        LocalDate today = LocalDate.now(clock.withZone(zoneOf == null ? java.time.ZoneOffset.UTC : zoneOf.zone()));
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate lastMonthStart = monthStart.minusMonths(1);
        List<ProfitTile> tiles = new ArrayList<>();
        tiles.add(tile(accountId, marketplace, "today", today, today, freshness));
        tiles.add(tile(accountId, marketplace, "yesterday", today.minusDays(1), today.minusDays(1), freshness));
        tiles.add(tile(accountId, marketplace, "last7", today.minusDays(6), today, freshness));
        ProfitTile mtd = tile(accountId, marketplace, "mtd", monthStart, today, freshness);
        tiles.add(mtd);
        tiles.add(tile(accountId, marketplace, "lastMonth", lastMonthStart, monthStart.minusDays(1), freshness));
        BigDecimal factor = BigDecimal.valueOf(today.lengthOfMonth())
                .divide(BigDecimal.valueOf(today.getDayOfMonth()), MathContext.DECIMAL64);
        tiles.add(new ProfitTile(
                "forecast",
                monthStart,
                today.withDayOfMonth(today.lengthOfMonth()),
                mtd.figures() == null ? null : mtd.figures().scaled(factor),
                true));
        return tiles;
    }

    private ProfitTile tile(
            long accountId, Marketplace marketplace, String key, LocalDate from, LocalDate to, Freshness freshness) {
        ProfitReport report =
                report(accountId, from, to, ProfitGrouping.MARKETPLACE, marketplace, null, null, freshness);
        return new ProfitTile(key, from, to, report.total(), false);
    }

    /** The order lines of a SKU in a marketplace purchased on the days {@code from..to}, with their profit. */
    public List<OrderProfit> orders(long accountId, Marketplace marketplace, String sku, LocalDate from, LocalDate to) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        Instant start = from.atStartOfDay(marketplace.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(marketplace.zone()).toInstant();
        return rollup.orderProfits(account, orders.linesOfSku(accountId, marketplace, sku, start, end));
    }

    /** One order: the profit of each of its lines and every settlement line Amazon booked for it. */
    public OrderStatement order(long accountId, String orderId) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        List<OrderLine> lines = orders.order(accountId, orderId);
        if (lines.isEmpty()) {
            throw new NoSuchElementException("no order " + orderId);
        }
        List<OrderStatement.FeeLine> fees = sources.orderLines(accountId, orderId).stream()
                .map(l -> new OrderStatement.FeeLine(
                        l.settlementId(),
                        l.postedDate(),
                        l.transactionType(),
                        l.sku(),
                        l.amountType(),
                        l.amountDescription(),
                        l.amount(),
                        l.currency(),
                        dev.bosun.finance.domain.SettlementCharge.part(
                                        l.transactionType(), l.amountType(), l.amountDescription())
                                .map(Enum::name)
                                .orElse(null)))
                .toList();
        return new OrderStatement(orderId, rollup.orderProfits(account, lines), fees);
    }

    /**
     * The monthly P&L of the months {@code from..to}: profit figures and the account's other expenses by category,
     * in the reporting currency (each expense converted at the rate of its month's last day).
     *
     * @param marketplace one marketplace (expenses then count by its share of the month's sales), or null
     */
    public ProfitStatement statement(long accountId, YearMonth from, YearMonth to, Marketplace marketplace) {
        return statement(accountId, from, to, marketplace, Freshness.CURRENT);
    }

    /** The monthly P&L, as current as asked (see {@link Freshness}). */
    public ProfitStatement statement(
            long accountId, YearMonth from, YearMonth to, Marketplace marketplace, Freshness freshness) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        ProfitReport report =
                report(accountId, from.atDay(1), to.atEndOfMonth(), ProfitGrouping.MONTH, null, null, null, freshness);
        Currency reporting = report.reportingCurrency();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<YearMonth, ProfitFigures> all = new HashMap<>();
        Map<YearMonth, ProfitFigures> chosen = new HashMap<>();
        Map<YearMonth, Boolean> incomplete = new HashMap<>();
        for (ProfitRow row : report.rows()) {
            YearMonth m = YearMonth.from(row.day());
            if (row.reporting() == null) {
                incomplete.put(m, true);
                continue;
            }
            all.merge(m, row.reporting(), ProfitFigures::plus);
            if (marketplace == null || row.marketplace() == marketplace) {
                chosen.merge(m, row.reporting(), ProfitFigures::plus);
            }
        }
        ExchangeRateTable rates = exchangeRates.table(account.organisationId());
        Map<String, LocalDate> missing = new TreeMap<>(report.missingRates());
        Map<String, List<BigDecimal>> expenses = new LinkedHashMap<>();
        for (Expense e : unitCosts.expenses(accountId, from, to)) {
            int i = months.indexOf(e.month());
            if (i < 0) {
                continue;
            }
            LocalDate day = e.month().atEndOfMonth();
            BigDecimal amount;
            try {
                amount = rates.convert(e.amount(), reporting, day).amount();
            } catch (MissingExchangeRateException ex) {
                missing.merge(
                        ex.from().getCurrencyCode() + "→" + ex.to().getCurrencyCode(),
                        day,
                        (a, b) -> a.isBefore(b) ? a : b);
                incomplete.put(e.month(), true);
                continue;
            }
            if (marketplace != null) {
                ProfitFigures whole = all.get(e.month());
                ProfitFigures part = chosen.get(e.month());
                amount = whole == null || part == null || whole.sales().signum() == 0
                        ? BigDecimal.ZERO
                        : amount.multiply(part.sales()).divide(whole.sales(), MathContext.DECIMAL64);
            }
            List<BigDecimal> row = expenses.computeIfAbsent(e.category(), c -> {
                List<BigDecimal> zeros = new ArrayList<>();
                months.forEach(m -> zeros.add(BigDecimal.ZERO));
                return zeros;
            });
            row.set(i, row.get(i).add(amount));
        }
        List<ProfitFigures> figures = new ArrayList<>();
        for (YearMonth m : months) {
            figures.add(
                    incomplete.getOrDefault(m, false) ? null : chosen.getOrDefault(m, ProfitFigures.zero(reporting)));
        }
        return new ProfitStatement(
                accountId,
                marketplace,
                reporting,
                months,
                figures,
                expenses,
                missing,
                report.computedAt(),
                report.recomputing());
    }

    /** Computes the account's profit rollup again now, whatever changed; returns how long it took (ms). */
    public long recompute(long accountId) {
        return rollup.recompute(accountId).durationMillis();
    }

    /** SKU sums added up per marketplace and ASIN, by marketplace and ASIN (SKUs without an ASIN last). */
    private static List<ProfitDays.Sum> byAsin(List<ProfitDays.Sum> skus) {
        Map<String, ProfitDays.Sum> merged = new TreeMap<>();
        for (ProfitDays.Sum s : skus) {
            String key = s.marketplace() + "|" + (s.asin() == null ? "\uffff" : s.asin());
            merged.merge(
                    key,
                    new ProfitDays.Sum(
                            s.marketplace(),
                            null,
                            null,
                            s.asin(),
                            s.counts(),
                            s.local(),
                            s.reporting(),
                            s.reportingMissing()),
                    (a, b) -> ProfitDays.plus(a, b, a.marketplace(), null, null, a.asin()));
        }
        return new ArrayList<>(merged.values());
    }

    /** SKU sums added up per marketplace, by marketplace. */
    private static List<ProfitDays.Sum> byMarketplace(List<ProfitDays.Sum> skus) {
        Map<Marketplace, ProfitDays.Sum> merged = new TreeMap<>();
        for (ProfitDays.Sum s : skus) {
            merged.merge(
                    s.marketplace(),
                    new ProfitDays.Sum(
                            s.marketplace(),
                            null,
                            null,
                            null,
                            s.counts(),
                            s.local(),
                            s.reporting(),
                            s.reportingMissing()),
                    (a, b) -> ProfitDays.plus(a, b, a.marketplace(), null, null, null));
        }
        return new ArrayList<>(merged.values());
    }

    private List<ProfitRow> withParents(long accountId, List<ProfitRow> rows) {
        Map<Marketplace, Map<String, String>> parents = new EnumMap<>(Marketplace.class);
        List<ProfitRow> result = new ArrayList<>(rows.size());
        for (ProfitRow r : rows) {
            String parent = r.asin() == null
                    ? null
                    : parents.computeIfAbsent(r.marketplace(), m -> traffic.parentAsins(accountId, m))
                            .get(r.asin());
            result.add(new ProfitRow(r.marketplace(), r.day(), r.sku(), r.asin(), parent, r.local(), r.reporting()));
        }
        return result;
    }

    private List<ProfitRow> byParent(long accountId, List<ProfitRow> byAsin) {
        Map<String, ProfitRow> merged = new LinkedHashMap<>();
        for (ProfitRow r : withParents(accountId, byAsin)) {
            String parent = r.parentAsin() != null ? r.parentAsin() : r.asin();
            String key = r.marketplace() + "|" + parent;
            ProfitRow row = new ProfitRow(r.marketplace(), null, null, parent, parent, r.local(), r.reporting());
            merged.merge(
                    key,
                    row,
                    (a, b) -> new ProfitRow(
                            a.marketplace(),
                            null,
                            null,
                            a.asin(),
                            a.parentAsin(),
                            a.local().plus(b.local()),
                            a.reporting() == null || b.reporting() == null
                                    ? null
                                    : a.reporting().plus(b.reporting())));
        }
        return new ArrayList<>(merged.values());
    }

    private static ProfitRow row(ProfitDays.Sum s, Currency reporting, String parent) {
        return new ProfitRow(
                s.marketplace(),
                s.day(),
                s.sku(),
                s.asin(),
                parent,
                figures(s.marketplace().currency(), s.counts(), s.local()),
                s.reportingMissing() ? null : figures(reporting, s.counts(), s.reporting()));
    }

    private static ProfitFigures figures(Currency currency, long[] c, BigDecimal[] a) {
        return new ProfitFigures(
                currency,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                a[ProfitPart.SALES.ordinal()],
                a[ProfitPart.PROMOTIONS.ordinal()],
                a[ProfitPart.REFUNDS.ordinal()],
                a[ProfitPart.REFERRAL_FEES.ordinal()],
                a[ProfitPart.FBA_FEES.ordinal()],
                a[ProfitPart.OTHER_FEES.ordinal()],
                a[ProfitPart.STORAGE_FEES.ordinal()],
                a[ProfitPart.REIMBURSEMENTS.ordinal()],
                a[ProfitPart.AD_SPEND.ordinal()],
                a[ProfitPart.COGS.ordinal()],
                a[ProfitPart.FREIGHT.ordinal()],
                a[ProfitPart.DUTIES.ordinal()],
                a[ProfitPart.PICK_PACK.ordinal()],
                a[ProfitPart.ESTIMATED_FEES.ordinal()]);
    }

    /** A tally's figures in the marketplace currency. */
    static ProfitFigures figures(ProfitTally t, boolean reporting) {
        return figures(t, reporting, t.currency());
    }

    /** A tally's figures in the marketplace currency, or in the reporting currency {@code currency}. */
    static ProfitFigures figures(ProfitTally t, boolean reporting, Currency currency) {
        BigDecimal[] amounts = new BigDecimal[ProfitPart.values().length];
        for (ProfitPart p : ProfitPart.values()) {
            amounts[p.ordinal()] = reporting ? t.reporting(p) : t.local(p);
        }
        long[] counts = {
            t.orders(),
            t.units(),
            t.unitsRefunded(),
            t.unitsReturnedSellable(),
            t.unitsEstimated(),
            t.unitsCostUnknown()
        };
        return figures(reporting ? currency : t.currency(), counts, amounts);
    }

    private static Map<String, LocalDate> missingRates(ProfitDays.State state) {
        Map<String, LocalDate> missing = new TreeMap<>();
        if (state == null
                || state.missingRates() == null
                || state.missingRates().isBlank()) {
            return missing;
        }
        for (String entry : state.missingRates().split(";")) {
            int space = entry.lastIndexOf(' ');
            missing.put(entry.substring(0, space), LocalDate.parse(entry.substring(space + 1)));
        }
        return missing;
    }

    static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
    }
}
