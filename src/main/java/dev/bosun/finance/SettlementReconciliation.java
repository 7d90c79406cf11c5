package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.db.FbaFeeEstimates;
import dev.bosun.finance.db.MonthlyStorageFees;
import dev.bosun.finance.db.SettlementChecks;
import dev.bosun.finance.db.SettlementEntries;
import dev.bosun.finance.db.SettlementSummaries;
import dev.bosun.finance.domain.ProductGroups;
import dev.bosun.finance.domain.RateBook;
import dev.bosun.finance.domain.RateCard;
import dev.bosun.finance.domain.SettlementAudit;
import dev.bosun.orders.OrderBook;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement reconciliation: every settlement's fee lines against what they should have been (referral fee by the
 * SKU's category, FBA fee by the size tier of its package, storage fee by the monthly storage report), and its lines
 * against its total and the reserve carried over (see {@link SettlementAudit} for the rules).
 *
 * <p>The result is a read model: stored per settlement and line, and rebuilt whenever the data it was computed from
 * changed. Its fingerprint is made of the account's newest import batch, the counts and newest batches of the finance
 * tables, the organisation's own rate card values and the version of the rules; {@link #refresh} compares it.
 */
@Service
public class SettlementReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementReconciliation.class);

    /** Raise when the rules change, so stored results are computed again. */
    static final String RULES_VERSION = "recon-1";

    private final SettlementSummaries summaries;
    private final SettlementEntries entries;
    private final SettlementChecks checks;
    private final FbaFeeEstimates estimates;
    private final MonthlyStorageFees storageFees;
    private final OrderBook orders;
    private final RateCardEdits edits;
    private final AccountDirectory directory;
    private final ReportImports imports;
    private final Clock clock;
    private final RateBook published;
    private final ProductGroups groups;

    SettlementReconciliation(
            SettlementSummaries summaries,
            SettlementEntries entries,
            SettlementChecks checks,
            FbaFeeEstimates estimates,
            MonthlyStorageFees storageFees,
            OrderBook orders,
            RateCardEdits edits,
            AccountDirectory directory,
            ReportImports imports,
            Clock clock) {
        this.summaries = summaries;
        this.entries = entries;
        this.checks = checks;
        this.estimates = estimates;
        this.storageFees = storageFees;
        this.orders = orders;
        this.edits = edits;
        this.directory = directory;
        this.imports = imports;
        this.clock = clock;
        ClassLoader loader = SettlementReconciliation.class.getClassLoader();
        this.published = RateBook.bundled(loader);
        this.groups = ProductGroups.read(ProductGroups.FILE, resource(loader, ProductGroups.FILE));
    }

    /**
     * Reconciles the account's settlements again when the data behind the stored result changed (or there is none);
     * returns whether it did. Called by {@link SettlementReconciliationJob} after imports; pages only read.
     */
    @Transactional
    public boolean refresh(long accountId) {
        String fingerprint = fingerprint(accountId);
        if (checks.storedFingerprint(accountId).filter(fingerprint::equals).isPresent()) {
            return false;
        }
        checks.lock(accountId);
        if (checks.storedFingerprint(accountId).filter(fingerprint::equals).isPresent()) {
            return false;
        }
        Reconciled result = compute(accountId);
        checks.replace(accountId, result.settlements(), result.lines(), fingerprint);
        return true;
    }

    /** Reconciles the account's settlements again, whatever is stored. */
    @Transactional
    public void reconcile(long accountId) {
        checks.lock(accountId);
        String fingerprint = fingerprint(accountId);
        Reconciled result = compute(accountId);
        checks.replace(accountId, result.settlements(), result.lines(), fingerprint);
    }

    /** The fingerprint of the data now when the stored result does not reflect it (or there is none), else empty. */
    Optional<String> changedSince(long accountId) {
        String fingerprint = fingerprint(accountId);
        return checks.storedFingerprint(accountId).filter(fingerprint::equals).isPresent()
                ? Optional.empty()
                : Optional.of(fingerprint);
    }

    /** Whether the stored result reflects the data as it is now. */
    public boolean current(long accountId) {
        return checks.storedFingerprint(accountId)
                .filter(fingerprint(accountId)::equals)
                .isPresent();
    }

    /** The reconciled settlements, the latest period first (only those reconciled; call {@link #refresh} first). */
    public List<SettlementCheck> settlements(long accountId) {
        List<Settlement> all = summaries.all(accountId);
        Map<String, SettlementCheck> stored = checks.checks(accountId, all);
        List<SettlementCheck> list = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            SettlementCheck check = stored.get(all.get(i).settlementId());
            if (check != null) {
                list.add(check);
            }
        }
        return list;
    }

    /** One reconciled settlement. */
    public Optional<SettlementCheck> settlement(long accountId, String settlementId) {
        return summaries
                .find(accountId, settlementId)
                .map(s -> checks.checks(accountId, List.of(s)).get(settlementId));
    }

    /**
     * The checked fee lines of a settlement in line order.
     *
     * @param discrepanciesOnly only overcharged and undercharged lines
     */
    public List<FeeLineCheck> lines(long accountId, String settlementId, boolean discrepanciesOnly) {
        return checks.lines(accountId, settlementId, discrepanciesOnly);
    }

    /**
     * The overcharged fee lines of the settlements ending on or after {@code since} (all when null) as the data stands
     * now: the stored ones when they are current, else computed afresh without storing them (the daily review reads
     * this and must not write).
     */
    public List<FeeLineCheck> overchargedLines(long accountId, LocalDate since) {
        if (current(accountId)) {
            Set<String> wanted = summaries.all(accountId).stream()
                    .filter(s -> endsOnOrAfter(s, since))
                    .map(Settlement::settlementId)
                    .collect(Collectors.toSet());
            return checks.lines(accountId, FeeLineCheck.Status.OVERCHARGED).stream()
                    .filter(l -> wanted.contains(l.settlementId()))
                    .toList();
        }
        return compute(accountId, since).lines().stream()
                .filter(l -> l.status() == FeeLineCheck.Status.OVERCHARGED)
                .toList();
    }

    private static boolean endsOnOrAfter(Settlement s, LocalDate since) {
        if (since == null || s.endsAt() == null) {
            return true;
        }
        return !s.endsAt().isBefore(since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private String fingerprint(long accountId) {
        SellerAccount account =
                directory.account(accountId).orElseThrow(() -> new NoSuchElementException("no account " + accountId));
        long newestBatch = imports.history(accountId, 1).stream()
                .mapToLong(ImportBatch::id)
                .findFirst()
                .orElse(0);
        String ownValues = edits.edits(account.organisationId()).stream()
                .map(e -> e.marketplace().code() + " " + e.effective() + " " + e.key() + "="
                        + e.value().toPlainString())
                .sorted()
                .collect(Collectors.joining(";"));
        return RULES_VERSION + "|" + newestBatch + "|" + checks.signals(accountId) + "|"
                + Integer.toHexString(ownValues.hashCode());
    }

    private record Reconciled(List<SettlementCheck> settlements, List<FeeLineCheck> lines) {}

    private Reconciled compute(long accountId) {
        return compute(accountId, null);
    }

    /** Reconciles the settlements ending on or after {@code since} (all when null). */
    private Reconciled compute(long accountId, LocalDate since) {
        SellerAccount account =
                directory.account(accountId).orElseThrow(() -> new NoSuchElementException("no account " + accountId));
        RateBook book = published.withEdits(byCard(edits.edits(account.organisationId())));
        List<Settlement> settlements = summaries.all(accountId).stream()
                .filter(s -> endsOnOrAfter(s, since))
                .toList();
        Map<String, List<SettlementLine>> linesOf = new LinkedHashMap<>();
        Set<String> orderIds = new LinkedHashSet<>();
        for (Settlement s : settlements) {
            List<SettlementLine> lines = entries.lines(accountId, s.settlementId());
            linesOf.put(s.settlementId(), lines);
            for (SettlementLine line : lines) {
                if (line.orderId() != null && "ItemFees".equalsIgnoreCase(line.amountType())) {
                    orderIds.add(line.orderId());
                }
            }
        }
        Facts facts = new Facts(accountId, book, orders.purchaseTimes(accountId, orderIds));
        SettlementAudit.Memo memo = new SettlementAudit.Memo();
        Instant now = clock.instant();
        List<SettlementCheck> results = new ArrayList<>();
        List<FeeLineCheck> lines = new ArrayList<>();
        Map<String, BigDecimal> heldByCurrency = new HashMap<>();
        List<Settlement> ordered = new ArrayList<>(settlements);
        ordered.sort(Comparator.comparing(
                        (Settlement s) -> s.startsAt() == null ? s.depositAt() : s.startsAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Settlement::settlementId));
        for (Settlement s : ordered) {
            SettlementAudit.Result audit = SettlementAudit.audit(
                    s, linesOf.get(s.settlementId()), facts, heldByCurrency.get(s.currency()), now, memo);
            results.add(audit.check());
            lines.addAll(audit.lines());
            BigDecimal held = audit.check().reserveHeld();
            heldByCurrency.put(s.currency(), held == null ? BigDecimal.ZERO : held);
        }
        LOG.info(
                "reconciled {} settlements of account {}: {} fee lines in {} ms",
                results.size(),
                accountId,
                lines.size(),
                Duration.between(now, clock.instant()).toMillis());
        return new Reconciled(results, lines);
    }

    private static Map<String, Map<String, BigDecimal>> byCard(List<RateEdit> own) {
        Map<String, Map<String, BigDecimal>> byCard = new LinkedHashMap<>();
        for (RateEdit edit : own) {
            byCard.computeIfAbsent(edit.marketplace().code() + " " + edit.effective(), k -> new LinkedHashMap<>())
                    .put(edit.key(), edit.value());
        }
        return byCard;
    }

    /** What the audit looks up, read once per reconciliation. */
    private final class Facts implements SettlementAudit.Facts {

        private final long accountId;
        private final RateBook book;
        private final Map<String, Instant> purchased;
        private final Map<Marketplace, Map<String, FeeEstimate>> previews = new EnumMap<>(Marketplace.class);
        private final Map<String, FeeEstimate> anyPreview = new HashMap<>();
        private final Map<String, Optional<SettlementAudit.SkuFacts>> skus = new HashMap<>();
        private final Map<YearMonth, List<StorageFee>> storage = new HashMap<>();

        Facts(long accountId, RateBook book, Map<String, Instant> purchased) {
            this.accountId = accountId;
            this.book = book;
            this.purchased = purchased;
            for (Marketplace m : Marketplace.values()) {
                Map<String, FeeEstimate> bySku = new HashMap<>();
                for (FeeEstimate e : estimates.ofMarketplace(accountId, m)) {
                    bySku.put(e.sku(), e);
                    anyPreview.putIfAbsent(e.sku(), e);
                }
                if (!bySku.isEmpty()) {
                    previews.put(m, bySku);
                }
            }
        }

        @Override
        public Optional<SettlementAudit.SkuFacts> sku(Marketplace marketplace, String sku) {
            if (sku == null) {
                return Optional.empty();
            }
            return skus.computeIfAbsent(marketplace.code() + "|" + sku, k -> {
                FeeEstimate own = previews.getOrDefault(marketplace, Map.of()).get(sku);
                FeeEstimate any = own != null ? own : anyPreview.get(sku);
                if (any == null) {
                    return Optional.empty();
                }
                // The package is the same item everywhere; the category is the marketplace's own when it has one.
                FeeEstimate sized = own != null && size(own) != null ? own : any;
                return Optional.of(new SettlementAudit.SkuFacts(
                        any.fnsku(),
                        any.asin(),
                        size(sized),
                        packageText(sized),
                        any.productGroup(),
                        groups.candidates(any.productGroup())));
            });
        }

        @Override
        public Optional<RateCard> card(Marketplace marketplace, LocalDate date) {
            return book.cardFor(marketplace, date);
        }

        @Override
        public LocalDate orderDate(String orderId, Marketplace marketplace) {
            Instant at = purchased.get(orderId);
            return at == null ? null : LocalDate.ofInstant(at, marketplace.zone());
        }

        @Override
        public Map<String, BigDecimal> storage(Marketplace marketplace, YearMonth month) {
            List<StorageFee> rows = storage.computeIfAbsent(month, m -> storageFees.ofMonth(accountId, m));
            Map<String, BigDecimal> byFnsku = new HashMap<>();
            for (StorageFee fee : rows) {
                if (fee.marketplace() == marketplace && fee.estimatedMonthlyStorageFee() != null) {
                    byFnsku.merge(fee.fnsku(), fee.estimatedMonthlyStorageFee(), BigDecimal::add);
                }
            }
            return byFnsku.isEmpty() ? null : byFnsku;
        }
    }

    /** The package of a fee preview row, or null when a side, the weight or a unit is missing or unknown. */
    static PackageSize size(FeeEstimate e) {
        FeeEstimate.Dimensions d = e.dimensions();
        if (d == null
                || !positive(d.longestSide())
                || !positive(d.medianSide())
                || !positive(d.shortestSide())
                || !positive(d.weight())) {
            return null;
        }
        Optional<LengthUnit> length = LengthUnit.find(d.dimensionUnit());
        Optional<WeightUnit> weight = WeightUnit.find(d.weightUnit());
        if (length.isEmpty() || weight.isEmpty()) {
            return null;
        }
        return PackageSize.of(
                new Length(d.longestSide(), length.get()),
                new Length(d.medianSide(), length.get()),
                new Length(d.shortestSide(), length.get()),
                new Weight(d.weight(), weight.get()));
    }

    private static String packageText(FeeEstimate e) {
        FeeEstimate.Dimensions d = e.dimensions();
        if (d == null) {
            return null;
        }
        return plain(d.longestSide()) + " × " + plain(d.medianSide()) + " × " + plain(d.shortestSide()) + " "
                + (d.dimensionUnit() == null ? "" : d.dimensionUnit()) + ", " + plain(d.weight()) + " "
                + (d.weightUnit() == null ? "" : d.weightUnit());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
