package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.db.ProfitDays;
import dev.bosun.finance.db.ProfitSources;
import dev.bosun.finance.domain.DailyProfit;
import dev.bosun.finance.domain.DailyProfit.AdCost;
import dev.bosun.finance.domain.DailyProfit.Charge;
import dev.bosun.finance.domain.DailyProfit.FeeGuess;
import dev.bosun.finance.domain.DailyProfit.SellableReturn;
import dev.bosun.finance.domain.DailyProfit.SettledFees;
import dev.bosun.finance.domain.DailyProfit.SoldItem;
import dev.bosun.finance.domain.ProfitPart;
import dev.bosun.finance.domain.SettlementCharge;
import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.OrderLine;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each account's profit rollup in step with its sources: before profit is read, the fingerprint of the
 * account's import batches, unit costs, exchange rates and reporting currency is compared with the one the rollup
 * was computed from, and a different one computes the rollup again, month by month, inside one transaction
 * (readers see the old rollup until it commits).
 */
@Service
class ProfitRollup {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProfitRollup.class);

    /** Where a computation spends its time (nanoseconds): reading each source, adding up, writing. */
    private static final class Phases {
        long orders;
        long settlements;
        long returns;
        long ads;
        long adding;
        long writing;

        static long since(long start) {
            return System.nanoTime() - start;
        }

        @Override
        public String toString() {
            return "order lines " + orders / 1_000_000 + " ms, settlements " + settlements / 1_000_000
                    + " ms, returns " + returns / 1_000_000 + " ms, ads " + ads / 1_000_000 + " ms, adding up "
                    + adding / 1_000_000 + " ms, writing " + writing / 1_000_000 + " ms";
        }
    }

    private final ProfitDays days;
    private final ProfitSources sources;
    private final OrderBook orders;
    private final Returns returns;
    private final AdPerformance ads;
    private final FeeEstimates estimates;
    private final UnitCosts unitCosts;
    private final ExchangeRates exchangeRates;
    private final ReportImports imports;
    private final AccountDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProfitRollup(
            ProfitDays days,
            ProfitSources sources,
            OrderBook orders,
            Returns returns,
            AdPerformance ads,
            FeeEstimates estimates,
            UnitCosts unitCosts,
            ExchangeRates exchangeRates,
            ReportImports imports,
            AccountDirectory directory,
            TransactionTemplate transactions,
            Clock clock) {
        this.days = days;
        this.sources = sources;
        this.orders = orders;
        this.returns = returns;
        this.ads = ads;
        this.estimates = estimates;
        this.unitCosts = unitCosts;
        this.exchangeRates = exchangeRates;
        this.imports = imports;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The state of the account's rollup, computing it first when its sources changed. */
    ProfitDays.State fresh(long accountId) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        String fingerprint = fingerprint(account);
        Optional<ProfitDays.State> state = days.state(accountId);
        if (state.isPresent() && state.get().fingerprint().equals(fingerprint)) {
            return state.get();
        }
        return transactions.execute(status -> {
            days.lock(accountId);
            Optional<ProfitDays.State> meanwhile = days.state(accountId);
            if (meanwhile.isPresent() && meanwhile.get().fingerprint().equals(fingerprint)) {
                return meanwhile.get();
            }
            return compute(account, fingerprint);
        });
    }

    /**
     * The rollup as it was last computed, without computing it: {@code state} is empty before the first computation;
     * {@code stale} says whether the sources changed since (or it was never computed), with their {@code
     * fingerprint} now.
     */
    record Snapshot(Optional<ProfitDays.State> state, boolean stale, String fingerprint) {}

    /** The stored rollup and whether its sources changed since; never computes. */
    Snapshot lastComputed(long accountId) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        String fingerprint = fingerprint(account);
        Optional<ProfitDays.State> state = days.state(accountId);
        boolean stale = state.isEmpty() || !state.get().fingerprint().equals(fingerprint);
        return new Snapshot(state, stale, fingerprint);
    }

    /** Computes the rollup again whatever the fingerprint says. */
    ProfitDays.State recompute(long accountId) {
        SellerAccount account = directory.account(accountId).orElseThrow();
        String fingerprint = fingerprint(account);
        return transactions.execute(status -> {
            days.lock(accountId);
            return compute(account, fingerprint);
        });
    }

    private String fingerprint(SellerAccount account) {
        String batches =
                imports.batchIds(account.id()).stream().map(String::valueOf).collect(Collectors.joining(","));
        return ProfitSources.sha256(account.marketplaces() + "|" + batches + "|"
                + sources.costsAndRatesDigest(account.id(), account.organisationId()));
    }

    private ProfitDays.State compute(SellerAccount account, String fingerprint) {
        long started = System.nanoTime();
        long accountId = account.id();
        days.clear(accountId);
        ExchangeRateTable rates = exchangeRates.table(account.organisationId());
        CostBook book = unitCosts.book(accountId);
        DailyProfit.Converter converter = (amount, from, to, day) -> rates.rate(from, to, day)
                .map(rate -> rate.apply(Money.of(amount, from)).amount())
                .orElse(null);
        Map<Marketplace, Map<String, FeeGuess>> guesses = guesses(account, null);
        Map<String, LocalDate> missing = new TreeMap<>();
        ProfitDays.Writer writer = days.writer(accountId);
        Optional<LocalDate[]> span = span(accountId);
        Phases phases = new Phases();
        if (span.isPresent()) {
            for (YearMonth month = YearMonth.from(span.get()[0]);
                    !month.isAfter(YearMonth.from(span.get()[1]));
                    month = month.plusMonths(1)) {
                DailyProfit profit = new DailyProfit(rates.reportingCurrency(), converter, book::landedCost);
                month(account, month, profit, guesses, phases);
                long start = System.nanoTime();
                var tallies = profit.finish();
                phases.adding += Phases.since(start);
                start = System.nanoTime();
                tallies.forEach(writer::add);
                phases.writing += Phases.since(start);
                profit.missingRates().forEach((pair, day) -> missing.merge(pair, day, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        long start = System.nanoTime();
        long rows = writer.finish();
        phases.writing += Phases.since(start);
        ProfitDays.State state = new ProfitDays.State(
                fingerprint,
                rates.reportingCurrency().getCurrencyCode(),
                clock.instant(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                rows,
                missing.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(";")));
        start = System.nanoTime();
        days.complete(accountId, state);
        phases.writing += Phases.since(start);
        LOG.info(
                "Profit of account {} computed in {} ms, {} day rows ({})",
                accountId,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                rows,
                phases);
        return state;
    }

    /** The first and last day any source has data for: the imports' periods and the settlement postings. */
    private Optional<LocalDate[]> span(long accountId) {
        LocalDate first = null;
        LocalDate last = null;
        for (ImportBatch batch : imports.history(accountId, Integer.MAX_VALUE)) {
            if (batch.periodFrom() != null
                    && (first == null || batch.periodFrom().isBefore(first))) {
                first = batch.periodFrom();
            }
            if (batch.periodTo() != null && (last == null || batch.periodTo().isAfter(last))) {
                last = batch.periodTo();
            }
        }
        LocalDate[] posted = sources.postedSpan(accountId);
        if (posted != null) {
            first = first == null || posted[0].isBefore(first) ? posted[0] : first;
            last = last == null || posted[1].isAfter(last) ? posted[1] : last;
        }
        return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }

    private void month(
            SellerAccount account,
            YearMonth month,
            DailyProfit profit,
            Map<Marketplace, Map<String, FeeGuess>> guesses,
            Phases phases) {
        long start = System.nanoTime();
        long accountId = account.id();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant from = first.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = last.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<Marketplace, Map<String, String>> skuOfAsin = new EnumMap<>(Marketplace.class);
        java.util.List<SoldItem> sold = new java.util.ArrayList<>();
        for (OrderLine line : orders.purchasedBetween(accountId, from, to)) {
            Marketplace mp = line.marketplace();
            if (mp == null || line.quantity() <= 0 || cancelled(line)) {
                continue;
            }
            LocalDate day = line.purchasedAt().atZone(mp.zone()).toLocalDate();
            if (day.isBefore(first) || day.isAfter(last)) {
                continue;
            }
            Currency currency = line.currency() == null ? mp.currency() : Currency.getInstance(line.currency());
            BigDecimal sales = line.itemPrice() == null
                    ? null
                    : line.itemPrice().add(orZero(line.shippingPrice())).add(orZero(line.giftWrapPrice()));
            BigDecimal promotions = orZero(line.itemPromotionDiscount())
                    .abs()
                    .add(orZero(line.shipPromotionDiscount()).abs());
            sold.add(new SoldItem(
                    line.amazonOrderId(),
                    line.sku(),
                    line.asin(),
                    mp,
                    day,
                    "MFN".equalsIgnoreCase(line.fulfillmentChannel())
                            || "Merchant".equalsIgnoreCase(line.fulfillmentChannel()),
                    line.quantity(),
                    sales,
                    promotions,
                    currency));
            if (line.asin() != null) {
                skuOfAsin.computeIfAbsent(mp, m -> new HashMap<>()).putIfAbsent(line.asin(), line.sku());
            }
        }
        phases.orders += Phases.since(start);
        start = System.nanoTime();
        Map<String, SettledFees> settled =
                settledFees(accountId, sold.stream().map(SoldItem::orderId).collect(Collectors.toSet()));
        List<ProfitSources.PostedAmount> postedAmounts = sources.postedAmounts(accountId, first, last);
        phases.settlements += Phases.since(start);
        start = System.nanoTime();
        for (SoldItem item : sold) {
            profit.sold(
                    item,
                    settled.get(item.orderId() + "\u0001" + item.sku()),
                    guesses.getOrDefault(item.marketplace(), Map.of()).get(item.sku()));
        }
        for (ProfitSources.PostedAmount posted : postedAmounts) {
            if (SettlementCharge.kind(posted.transactionType()) == SettlementCharge.Kind.ORDER) {
                continue;
            }
            Optional<ProfitPart> part =
                    SettlementCharge.part(posted.transactionType(), posted.amountType(), posted.amountDescription());
            Marketplace mp =
                    posted.marketplace() != null ? posted.marketplace() : marketplaceOf(account, posted.currency());
            if (part.isEmpty() || mp == null) {
                continue;
            }
            boolean principal = SettlementCharge.refundedPrincipal(
                    posted.transactionType(), posted.amountType(), posted.amountDescription());
            profit.charged(new Charge(
                    mp,
                    posted.day(),
                    posted.sku(),
                    part.get(),
                    posted.amount(),
                    Currency.getInstance(posted.currency()),
                    principal ? posted.quantity() : 0));
        }
        phases.adding += Phases.since(start);
        start = System.nanoTime();
        List<CustomerReturn> returned = returns.customerReturnsBetween(accountId, from, to);
        phases.returns += Phases.since(start);
        start = System.nanoTime();
        for (CustomerReturn r : returned) {
            Marketplace mp = r.marketplace() != null ? r.marketplace() : account.primaryMarketplace();
            if (mp == null || !"SELLABLE".equalsIgnoreCase(r.detailedDisposition())) {
                continue;
            }
            LocalDate day = r.returnedAt().atZone(mp.zone()).toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(last)) {
                profit.returned(new SellableReturn(mp, r.sku(), day, r.quantity()));
            }
        }
        phases.adding += Phases.since(start);
        start = System.nanoTime();
        advertising(accountId, first, last, profit, skuOfAsin);
        phases.ads += Phases.since(start);
    }

    private void advertising(
            long accountId,
            LocalDate first,
            LocalDate last,
            DailyProfit profit,
            Map<Marketplace, Map<String, String>> skuOfAsin) {
        Set<String> covered = new HashSet<>();
        for (AdvertisedProductPerformance row : ads.advertisedProducts(accountId, first, last)) {
            if (!row.scope().daily()) {
                continue;
            }
            Marketplace mp = row.scope().marketplace();
            covered.add(
                    campaignDay(mp, row.scope().from(), row.scope().adProduct().name(), row.campaignName()));
            String sku = !row.sku().isEmpty()
                    ? row.sku()
                    : skuOfAsin.getOrDefault(mp, Map.of()).get(row.asin());
            profit.advertised(new AdCost(
                    mp,
                    row.scope().from(),
                    sku,
                    row.figures().spend(),
                    Currency.getInstance(row.scope().currency())));
        }
        for (CampaignPerformance row : ads.campaignDays(accountId, first, last)) {
            Marketplace mp = row.scope().marketplace();
            if (covered.contains(
                    campaignDay(mp, row.scope().from(), row.scope().adProduct().name(), row.campaignName()))) {
                continue;
            }
            profit.advertised(new AdCost(
                    mp,
                    row.scope().from(),
                    null,
                    row.figures().spend(),
                    Currency.getInstance(row.scope().currency())));
        }
    }

    private static String campaignDay(Marketplace mp, LocalDate day, String adProduct, String campaign) {
        return mp + "|" + day + "|" + adProduct + "|" + campaign;
    }

    /** The settled fees of the order lines of these orders that a settlement has, keyed order id + \u0001 + SKU. */
    private Map<String, SettledFees> settledFees(long accountId, Set<String> orderIds) {
        Map<String, Map<ProfitPart, BigDecimal>> amounts = new HashMap<>();
        Map<String, Currency> currencies = new HashMap<>();
        for (ProfitSources.OrderAmount a : sources.orderAmounts(accountId, orderIds)) {
            if (SettlementCharge.kind(a.transactionType()) != SettlementCharge.Kind.ORDER) {
                continue;
            }
            String key = a.orderId() + "\u0001" + a.sku();
            Map<ProfitPart, BigDecimal> parts = amounts.computeIfAbsent(key, k -> new EnumMap<>(ProfitPart.class));
            currencies.putIfAbsent(key, Currency.getInstance(a.currency()));
            SettlementCharge.part(a.transactionType(), a.amountType(), a.amountDescription())
                    .ifPresent(part -> parts.merge(part, a.amount(), BigDecimal::add));
        }
        Map<String, SettledFees> settled = new HashMap<>();
        amounts.forEach((key, parts) -> settled.put(key, new SettledFees(parts, currencies.get(key))));
        return settled;
    }

    /**
     * Per marketplace and SKU, what an unsettled order line is expected to be charged: the FBA fee preview's
     * referral rate and fulfilment fee, else the SKU's average over its settled orders.
     */
    Map<Marketplace, Map<String, FeeGuess>> guesses(SellerAccount account, String onlySku) {
        Map<Marketplace, Map<String, FeeGuess>> guesses = new EnumMap<>(Marketplace.class);
        record Settled(BigDecimal[] sums, int[] units) {}
        Map<Marketplace, Map<String, Settled>> settled = new EnumMap<>(Marketplace.class);
        for (ProfitSources.SettledSkuAmount a : sources.settledSkuAmounts(account.id(), onlySku)) {
            if (a.marketplace() == null) {
                continue;
            }
            Settled s = settled.computeIfAbsent(a.marketplace(), m -> new HashMap<>())
                    .computeIfAbsent(
                            a.sku(),
                            k -> new Settled(
                                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}, new int[1]));
            if ("ItemPrice".equals(a.amountType())) {
                s.sums()[0] = s.sums()[0].add(a.amount());
                s.units()[0] += a.units();
            } else {
                SettlementCharge.part("Order", a.amountType(), a.amountDescription())
                        .ifPresent(part -> {
                            if (part == ProfitPart.REFERRAL_FEES) {
                                s.sums()[1] = s.sums()[1].add(a.amount());
                            } else if (part == ProfitPart.FBA_FEES) {
                                s.sums()[2] = s.sums()[2].add(a.amount());
                            }
                        });
            }
        }
        settled.forEach((mp, skus) -> skus.forEach((sku, s) -> {
            if (s.units()[0] <= 0 || s.sums()[0].signum() <= 0) {
                return;
            }
            BigDecimal units = BigDecimal.valueOf(s.units()[0]);
            guesses.computeIfAbsent(mp, m -> new HashMap<>())
                    .put(
                            sku,
                            new FeeGuess(
                                    s.sums()[1].negate().divide(s.sums()[0], MathContext.DECIMAL64),
                                    null,
                                    s.sums()[2].negate().divide(units, MathContext.DECIMAL64),
                                    s.sums()[0].divide(units, MathContext.DECIMAL64)));
        }));
        for (Marketplace mp : account.marketplaces()) {
            List<FeeEstimate> ofMarketplace = onlySku == null
                    ? estimates.inMarketplace(account.id(), mp)
                    : estimates.estimate(account.id(), mp, onlySku).stream().toList();
            for (FeeEstimate e : ofMarketplace) {
                BigDecimal price =
                        e.salesPrice() != null && e.salesPrice().signum() > 0 ? e.salesPrice() : e.yourPrice();
                BigDecimal rate = price != null && price.signum() > 0 && e.referralFeePerUnit() != null
                        ? e.referralFeePerUnit().divide(price, MathContext.DECIMAL64)
                        : null;
                guesses.computeIfAbsent(mp, m -> new HashMap<>())
                        .put(e.sku(), new FeeGuess(rate, e.referralFeePerUnit(), e.fulfillmentFeePerUnit(), price));
            }
        }
        return guesses;
    }

    /**
     * The profit of single order lines, computed now by the rules of the rollup, with the order's refunds counted
     * on the order itself (the rollup counts them on the day they were posted).
     */
    List<OrderProfit> orderProfits(SellerAccount account, List<OrderLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        ExchangeRateTable rates = exchangeRates.table(account.organisationId());
        CostBook book = unitCosts.book(account.id());
        DailyProfit.Converter converter = (amount, from, to, day) -> rates.rate(from, to, day)
                .map(rate -> rate.apply(Money.of(amount, from)).amount())
                .orElse(null);
        Set<String> skus = lines.stream().map(OrderLine::sku).collect(Collectors.toSet());
        Map<Marketplace, Map<String, FeeGuess>> guesses =
                skus.size() == 1 ? guesses(account, skus.iterator().next()) : guesses(account, null);
        Set<String> orderIds = lines.stream().map(OrderLine::amazonOrderId).collect(Collectors.toSet());
        Map<String, SettledFees> settled = settledFees(account.id(), orderIds);
        Map<String, List<ProfitSources.OrderAmount>> refunds = new HashMap<>();
        for (ProfitSources.OrderAmount a : sources.orderAmounts(account.id(), orderIds)) {
            if (SettlementCharge.kind(a.transactionType()) == SettlementCharge.Kind.REFUND) {
                refunds.computeIfAbsent(a.orderId() + "\u0001" + a.sku(), k -> new java.util.ArrayList<>())
                        .add(a);
            }
        }
        List<OrderProfit> result = new java.util.ArrayList<>();
        for (OrderLine line : lines) {
            Marketplace mp = line.marketplace();
            if (mp == null) {
                continue;
            }
            LocalDate day = line.purchasedAt().atZone(mp.zone()).toLocalDate();
            String key = line.amazonOrderId() + "\u0001" + line.sku();
            boolean cancelled = cancelled(line) || line.quantity() <= 0;
            DailyProfit profit = new DailyProfit(rates.reportingCurrency(), converter, book::landedCost);
            if (!cancelled) {
                profit.sold(
                        new SoldItem(
                                line.amazonOrderId(),
                                line.sku(),
                                line.asin(),
                                mp,
                                day,
                                "MFN".equalsIgnoreCase(line.fulfillmentChannel())
                                        || "Merchant".equalsIgnoreCase(line.fulfillmentChannel()),
                                line.quantity(),
                                line.itemPrice() == null
                                        ? null
                                        : line.itemPrice()
                                                .add(orZero(line.shippingPrice()))
                                                .add(orZero(line.giftWrapPrice())),
                                orZero(line.itemPromotionDiscount())
                                        .abs()
                                        .add(orZero(line.shipPromotionDiscount())
                                                .abs()),
                                line.currency() == null ? mp.currency() : Currency.getInstance(line.currency())),
                        settled.get(key),
                        guesses.getOrDefault(mp, Map.of()).get(line.sku()));
            }
            for (ProfitSources.OrderAmount a : refunds.getOrDefault(key, List.of())) {
                SettlementCharge.part(a.transactionType(), a.amountType(), a.amountDescription())
                        .ifPresent(part -> profit.charged(new Charge(
                                mp,
                                day,
                                line.sku(),
                                part,
                                a.amount(),
                                Currency.getInstance(a.currency()),
                                SettlementCharge.refundedPrincipal(
                                                a.transactionType(), a.amountType(), a.amountDescription())
                                        ? a.quantity()
                                        : 0)));
            }
            ProfitFigures local = ProfitFigures.zero(mp.currency());
            ProfitFigures reporting = ProfitFigures.zero(rates.reportingCurrency());
            boolean reportingMissing = false;
            for (var tally : profit.finish().values()) {
                local = local.plus(ProfitLedger.figures(tally, false));
                reporting = reporting.plus(ProfitLedger.figures(tally, true, rates.reportingCurrency()));
                reportingMissing |= tally.reportingMissing();
            }
            result.add(new OrderProfit(
                    line.amazonOrderId(),
                    line.purchasedAt(),
                    day,
                    mp,
                    line.sku(),
                    line.asin(),
                    line.fulfillmentChannel(),
                    line.orderStatus(),
                    cancelled,
                    settled.containsKey(key),
                    local,
                    reportingMissing ? null : reporting));
        }
        return result;
    }

    private static Marketplace marketplaceOf(SellerAccount account, String currency) {
        List<Marketplace> settling = account.marketplaces().stream()
                .filter(m -> m.currency().getCurrencyCode().equals(currency))
                .toList();
        return settling.size() == 1 ? settling.get(0) : null;
    }

    private static boolean cancelled(OrderLine line) {
        return "Cancelled".equalsIgnoreCase(line.itemStatus()) || "Cancelled".equalsIgnoreCase(line.orderStatus());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
