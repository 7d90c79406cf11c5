package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.finance.db.Expenses;
import dev.bosun.finance.db.InboundShipments;
import dev.bosun.finance.db.PickPackCosts;
import dev.bosun.finance.db.SkuCosts;
import dev.bosun.finance.db.UnitSizes;
import dev.bosun.finance.domain.ShipmentAllocation;
import dev.bosun.finance.domain.ShipmentException;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each unit of a SKU costs the seller besides Amazon's fees (landed cost): the cost of goods with its history,
 * first-leg freight and duties shared out from inbound shipments, merchant-fulfilled pick-and-pack; and the
 * account's other monthly expenses. Amounts keep the currency they were entered in; convert with
 * {@link ExchangeRates}. Per-unit amounts are not rounded.
 *
 * <p>Writers take the user making the change (null for Bosun itself), record it in the operations log in the same
 * transaction, and throw {@link CostInputException} for bad input, changing nothing; a user below
 * {@link #EDITOR} gets an {@link AccessDeniedException}.
 */
@Service
public class UnitCosts {

    /** The least role that may change costs. */
    public static final Role EDITOR = Role.SPECIALIST;

    private final SkuCosts skuCosts;
    private final PickPackCosts pickPackCosts;
    private final UnitSizes unitSizes;
    private final InboundShipments shipments;
    private final Expenses expenses;
    private final FeeEstimates feeEstimates;
    private final AccountDirectory directory;
    private final OperationsLog log;
    private final Clock clock;

    UnitCosts(
            SkuCosts skuCosts,
            PickPackCosts pickPackCosts,
            UnitSizes unitSizes,
            InboundShipments shipments,
            Expenses expenses,
            FeeEstimates feeEstimates,
            AccountDirectory directory,
            OperationsLog log,
            Clock clock) {
        this.skuCosts = skuCosts;
        this.pickPackCosts = pickPackCosts;
        this.unitSizes = unitSizes;
        this.shipments = shipments;
        this.expenses = expenses;
        this.feeEstimates = feeEstimates;
        this.directory = directory;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the user may change costs: specialists and above. */
    public static boolean mayEdit(CurrentUser user) {
        return user != null && user.role().atLeast(EDITOR);
    }

    /** The COGS per unit in force on the day: the period with the latest effective date on or before it. */
    public Optional<Money> cogs(long accountId, String sku, LocalDate day) {
        return book(accountId, List.of(sku)).cogs(sku, day);
    }

    /** The COGS history of these SKUs, oldest period first; SKUs without any cost are absent. */
    public Map<String, List<CostPeriod>> cogsHistory(long accountId, Collection<String> skus) {
        return periods(skuCosts.of(accountId, skus));
    }

    /** Every part of the SKU's unit cost known on the day. */
    public LandedCost landedCost(long accountId, String sku, LocalDate day) {
        return book(accountId, List.of(sku)).landedCost(sku, day);
    }

    /** All the account's unit costs in memory, for bulk lookups; same answers as the methods above. */
    @Transactional(readOnly = true)
    public CostBook book(long accountId) {
        return book(accountId, null);
    }

    /** Other expenses booked for the month, by category then entry. */
    public List<Expense> expenses(long accountId, YearMonth month) {
        return expenses.of(accountId, month, month);
    }

    /** Other expenses of the months {@code from} to {@code to} inclusive, by month, category, entry. */
    public List<Expense> expenses(long accountId, YearMonth from, YearMonth to) {
        return expenses.of(accountId, from, to);
    }

    /** The account's inbound shipments with their allocation, newest first. */
    public List<InboundShipment> shipments(long accountId) {
        return shipments.of(accountId);
    }

    /**
     * The unit size used to share shipment costs: the one entered for the SKU, else the one in Amazon's FBA fee
     * preview for any of the account's marketplaces.
     */
    public Optional<PackageSize> unitSize(long accountId, String sku) {
        return Optional.ofNullable(sizes(accountId, List.of(sku), Map.of()).get(sku));
    }

    /**
     * Sets the SKU's COGS per unit from a day on; the cost before that day is kept. Setting it again for the same
     * day replaces that period's amount.
     */
    @Transactional
    public CostPeriod setCogs(CurrentUser actor, long accountId, String sku, LocalDate from, Money cost) {
        requireEditor(actor);
        String s = CostChecks.sku(sku);
        Money amount = CostChecks.unitCost("cost", cost);
        LocalDate start = requireDay("from", from);
        Optional<Money> before = skuCosts.from(accountId, s, start);
        skuCosts.put(accountId, s, start, amount, by(actor), clock.instant());
        log.record(
                actor,
                Operation.of("finance.cost.cogs", "COGS of " + s + " from " + start + ": " + amount)
                        .onAccount(accountId)
                        .subject("sku", s)
                        .change(
                                before.map(b -> Map.of("from", start.toString(), "cost", b.toString()))
                                        .orElse(Map.of()),
                                Map.of("from", start.toString(), "cost", amount.toString())));
        return cogsHistory(accountId, List.of(s)).get(s).stream()
                .filter(p -> p.from().equals(start))
                .findFirst()
                .orElseThrow();
    }

    /** Sets the merchant-fulfilled pick-and-pack cost per unit from a day on, of one SKU or (sku null) the account. */
    @Transactional
    public void setPickAndPack(CurrentUser actor, long accountId, String sku, LocalDate from, Money cost) {
        requireEditor(actor);
        String s = sku == null || sku.isBlank() ? PickPackCosts.ACCOUNT : CostChecks.sku(sku);
        Money amount = CostChecks.unitCost("cost", cost);
        LocalDate start = requireDay("from", from);
        Optional<Money> before = pickPackCosts.from(accountId, s, start);
        pickPackCosts.put(accountId, s, start, amount, by(actor), clock.instant());
        String whose = s.isEmpty() ? "the account" : s;
        log.record(
                actor,
                Operation.of("finance.cost.pick-pack", "Pick-and-pack of " + whose + " from " + start + ": " + amount)
                        .onAccount(accountId)
                        .subject(s.isEmpty() ? null : "sku", s.isEmpty() ? null : s)
                        .change(
                                before.map(b -> Map.of("from", start.toString(), "cost", b.toString()))
                                        .orElse(Map.of()),
                                Map.of("from", start.toString(), "cost", amount.toString())));
    }

    /**
     * Sets a SKU's unit dimensions and weight for sharing shipment costs, overriding what Amazon's FBA fee preview
     * says. Shipments already saved keep their allocation until saved again.
     */
    @Transactional
    public void setUnitSize(CurrentUser actor, long accountId, String sku, PackageSize size) {
        requireEditor(actor);
        String s = CostChecks.sku(sku);
        if (size == null) {
            throw new CostInputException("size", "costs.error.size", "dimensions and weight are required");
        }
        Optional<PackageSize> before =
                Optional.ofNullable(unitSizes.of(accountId, List.of(s)).get(s));
        unitSizes.put(accountId, s, size, by(actor), clock.instant());
        log.record(
                actor,
                Operation.of("finance.cost.unit-size", "Unit size of " + s + ": " + size)
                        .onAccount(accountId)
                        .subject("sku", s)
                        .change(
                                before.map(b -> Map.of("size", b.toString())).orElse(Map.of()),
                                Map.of("size", size.toString())));
    }

    /** How the bill would be shared, without saving it (id 0). */
    @Transactional(readOnly = true)
    public InboundShipment previewShipment(long accountId, ShipmentBill bill) {
        return allocate(accountId, bill, Map.of());
    }

    /** Saves the bill with its allocation; a shipment of the same name is replaced. */
    @Transactional
    public InboundShipment saveShipment(CurrentUser actor, long accountId, ShipmentBill bill) {
        requireEditor(actor);
        InboundShipment allocated = allocate(accountId, bill, Map.of());
        Optional<InboundShipment> before = shipments.named(accountId, allocated.name());
        InboundShipments.Saved saved = shipments.save(accountId, allocated, null, by(actor), clock.instant());
        if (saved.change() != InboundShipments.Change.UNCHANGED) {
            log.record(
                    actor,
                    Operation.of(
                                    "finance.cost.shipment",
                                    "Shipment " + allocated.name() + ": freight " + allocated.freight() + ", duties "
                                            + allocated.duties() + " by " + allocated.basis())
                            .onAccount(accountId)
                            .subject("shipment", allocated.name())
                            .change(before.map(UnitCosts::summary).orElse(Map.of()), summary(allocated)));
        }
        return saved.shipment();
    }

    /** Deletes a shipment; false when the account has none with that id. */
    @Transactional
    public boolean deleteShipment(CurrentUser actor, long accountId, long shipmentId) {
        requireEditor(actor);
        Optional<InboundShipment> before = shipments.of(accountId).stream()
                .filter(s -> s.id() == shipmentId)
                .findFirst();
        if (before.isEmpty() || !shipments.delete(accountId, shipmentId)) {
            return false;
        }
        log.record(
                actor,
                Operation.of("finance.cost.shipment", "Shipment " + before.get().name() + " deleted")
                        .onAccount(accountId)
                        .subject("shipment", before.get().name())
                        .change(summary(before.get()), Map.of()));
        return true;
    }

    /** Books an expense for a month; one of the same month, category and note gets the new amount. */
    @Transactional
    public Expense addExpense(
            CurrentUser actor, long accountId, YearMonth month, String category, Money amount, String note) {
        requireEditor(actor);
        if (month == null) {
            throw new CostInputException("month", "costs.error.month", "a month is required");
        }
        String c = CostChecks.category(category);
        String n = CostChecks.note(note);
        Money a = CostChecks.total("amount", amount);
        Optional<Expense> before = expenses.find(accountId, month, c, n);
        Expense saved = expenses.put(accountId, month, c, n, a, by(actor), clock.instant());
        log.record(
                actor,
                Operation.of("finance.cost.expense", "Expense " + c + " of " + month + ": " + a)
                        .onAccount(accountId)
                        .subject("expense", month + " " + c)
                        .change(
                                before.map(b -> Map.of("amount", b.amount().toString()))
                                        .orElse(Map.of()),
                                Map.of("amount", a.toString())));
        return saved;
    }

    /** Deletes an expense; false when the account has none with that id. */
    @Transactional
    public boolean deleteExpense(CurrentUser actor, long accountId, long expenseId) {
        requireEditor(actor);
        Optional<Expense> before = expenses.find(accountId, expenseId);
        if (before.isEmpty() || !expenses.delete(accountId, expenseId)) {
            return false;
        }
        Expense e = before.get();
        log.record(
                actor,
                Operation.of("finance.cost.expense", "Expense " + e.category() + " of " + e.month() + " deleted")
                        .onAccount(accountId)
                        .subject("expense", e.month() + " " + e.category())
                        .change(Map.of("amount", e.amount().toString()), Map.of()));
        return true;
    }

    /**
     * Writes imported costs within the caller's transaction (the import's), stamped with the batch. The importer
     * checks rows first; the recorder's own checks throw {@link CostInputException}.
     */
    public Recorder recorder(long accountId, long batchId) {
        return new Recorder(accountId, batchId);
    }

    /** Removes what an import batch wrote and nothing later replaced; the rows removed. */
    @Transactional
    public long forget(long accountId, long batchId) {
        return skuCosts.forget(accountId, batchId)
                + unitSizes.forget(accountId, batchId)
                + shipments.forget(accountId, batchId)
                + expenses.forget(accountId, batchId);
    }

    /** Imported costs of one batch: COGS, unit sizes, shipments and expenses. */
    public final class Recorder {

        private final long accountId;
        private final long batchId;
        private final Instant at = clock.instant();
        private BulkUpsert cogs;
        private BulkUpsert sizes;
        private BulkUpsert costs;
        private final Map<String, PackageSize> sizesOfFile = new HashMap<>();
        private long inserted;
        private long updated;
        private long unchanged;

        private Recorder(long accountId, long batchId) {
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void addCogs(String sku, LocalDate from, Money cost) {
            if (cogs == null) {
                cogs = skuCosts.writer();
            }
            Money amount = CostChecks.unitCost("cost", cost);
            cogs.add(
                    accountId,
                    CostChecks.sku(sku),
                    requireDay("from", from),
                    amount.amount(),
                    amount.currency().getCurrencyCode(),
                    batchId,
                    OperationsLog.BOSUN,
                    at);
        }

        /** A unit size; shipments added later in the same batch share their costs by it. */
        public void addUnitSize(String sku, PackageSize size) {
            if (sizes == null) {
                sizes = unitSizes.writer();
            }
            String s = CostChecks.sku(sku);
            java.math.BigDecimal[] v = UnitSizes.values(size);
            sizes.add(accountId, s, v[0], v[1], v[2], v[3], batchId, OperationsLog.BOSUN, at);
            sizesOfFile.put(s, size);
        }

        /** How the bill would be shared with the sizes of this batch; throws for a bill that cannot be. */
        public InboundShipment allocation(ShipmentBill bill) {
            return allocate(accountId, bill, sizesOfFile);
        }

        /** Saves a shipment (replacing the stored one of that name) with the sizes of this batch. */
        public void addShipment(ShipmentBill bill) {
            InboundShipment allocated = allocate(accountId, bill, sizesOfFile);
            InboundShipments.Saved saved = shipments.save(accountId, allocated, batchId, OperationsLog.BOSUN, at);
            int lines = allocated.lines().size();
            switch (saved.change()) {
                case INSERTED -> inserted += lines;
                case UPDATED -> updated += lines;
                case UNCHANGED -> unchanged += lines;
            }
        }

        public void addExpense(YearMonth month, String category, String note, Money amount) {
            if (costs == null) {
                costs = expenses.writer();
            }
            Money a = CostChecks.total("amount", amount);
            String n = CostChecks.note(note);
            costs.add(
                    accountId,
                    month.atDay(1),
                    CostChecks.category(category),
                    n == null ? "" : n,
                    a.amount(),
                    a.currency().getCurrencyCode(),
                    batchId,
                    OperationsLog.BOSUN,
                    at);
        }

        /** Writes what is buffered; the counts of rows inserted, changed and found identical. */
        public UpsertCounts finish() {
            long i = inserted;
            long u = updated;
            long n = unchanged;
            if (sizes != null) {
                // Unit sizes come with shipment lines; the lines are what the counts report.
                sizes.finish();
            }
            for (BulkUpsert upsert : new BulkUpsert[] {cogs, costs}) {
                if (upsert != null) {
                    UpsertCounts c = upsert.finish();
                    i += c.inserted();
                    u += c.updated();
                    n += c.unchanged();
                }
            }
            return new UpsertCounts(i, u, n);
        }
    }

    private CostBook book(long accountId, Collection<String> skus) {
        Map<String, List<CostPeriod>> cogs = periods(skuCosts.of(accountId, skus));
        List<CostBook.ShipmentUnitCost> shipmentCosts = new ArrayList<>();
        for (InboundShipment shipment : shipments.of(accountId)) {
            for (InboundShipment.Line line : shipment.lines()) {
                if (skus == null || skus.contains(line.sku())) {
                    shipmentCosts.add(new CostBook.ShipmentUnitCost(
                            line.sku(),
                            shipment.date(),
                            shipment.id(),
                            shipment.name(),
                            line.freightPerUnit(),
                            line.dutiesPerUnit()));
                }
            }
        }
        Map<String, Map<LocalDate, Money>> packs = new HashMap<>();
        Map<LocalDate, Money> accountPacks = new TreeMap<>();
        for (SkuCosts.CostStart start : pickPackCosts.of(accountId)) {
            if (start.sku().equals(PickPackCosts.ACCOUNT)) {
                accountPacks.put(start.from(), start.cost());
            } else if (skus == null || skus.contains(start.sku())) {
                packs.computeIfAbsent(start.sku(), s -> new TreeMap<>()).put(start.from(), start.cost());
            }
        }
        return new CostBook(accountId, cogs, shipmentCosts, packs, accountPacks);
    }

    private static Map<String, List<CostPeriod>> periods(List<SkuCosts.CostStart> starts) {
        Map<String, List<SkuCosts.CostStart>> bySku = starts.stream()
                .collect(Collectors.groupingBy(SkuCosts.CostStart::sku, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<CostPeriod>> periods = new LinkedHashMap<>();
        bySku.forEach((sku, list) -> {
            List<SkuCosts.CostStart> sorted = list.stream()
                    .sorted(java.util.Comparator.comparing(SkuCosts.CostStart::from))
                    .toList();
            List<CostPeriod> out = new ArrayList<>(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                LocalDate until = i + 1 < sorted.size() ? sorted.get(i + 1).from() : null;
                out.add(new CostPeriod(
                        sku, sorted.get(i).from(), until, sorted.get(i).cost()));
            }
            periods.put(sku, List.copyOf(out));
        });
        return periods;
    }

    private InboundShipment allocate(long accountId, ShipmentBill bill, Map<String, PackageSize> sizesOfFile) {
        if (bill == null) {
            throw new CostInputException("shipment", "costs.error.shipment", "a shipment is required");
        }
        String name = CostChecks.name("shipment", bill.name(), 200);
        LocalDate date = requireDay("date", bill.date());
        String forwarder = bill.forwarder() == null || bill.forwarder().isBlank()
                ? null
                : bill.forwarder().strip();
        if (forwarder != null && forwarder.length() > 200) {
            throw new CostInputException("forwarder", "costs.error.name", "a forwarder has at most 200 characters");
        }
        Money freight = CostChecks.total("freight", bill.freight());
        Money duties =
                CostChecks.total("duties", bill.duties() == null ? Money.zero(freight.currency()) : bill.duties());
        if (!freight.currency().equals(duties.currency())) {
            throw new CostInputException(
                    "duties", "costs.error.currency", "freight and duties of a shipment are in one currency");
        }
        if (bill.basis() == null) {
            throw new CostInputException("basis", "costs.error.basis", "say whether to share by VOLUME or WEIGHT");
        }
        List<String> skus = new ArrayList<>();
        for (ShipmentBill.Line line : bill.lines()) {
            skus.add(CostChecks.sku(line.sku()));
        }
        Map<String, PackageSize> sizes = sizes(accountId, skus, sizesOfFile);
        List<ShipmentAllocation.Line> lines = new ArrayList<>();
        for (int i = 0; i < bill.lines().size(); i++) {
            lines.add(
                    new ShipmentAllocation.Line(skus.get(i), bill.lines().get(i).units(), sizes.get(skus.get(i))));
        }
        List<ShipmentAllocation.Share> shares;
        try {
            shares = ShipmentAllocation.allocate(
                    freight.amount(),
                    duties.amount(),
                    bill.basis() == AllocationBasis.VOLUME,
                    Math.max(freight.currency().getDefaultFractionDigits(), 0),
                    lines);
        } catch (ShipmentException e) {
            throw new CostInputException(e.field(), "costs.error.shipment." + e.field(), e.getMessage());
        }
        List<InboundShipment.Line> allocated = shares.stream()
                .map(s -> new InboundShipment.Line(
                        s.sku(),
                        s.units(),
                        s.weight().stripTrailingZeros(),
                        Money.of(s.freight(), freight.currency()),
                        Money.of(s.duties(), duties.currency())))
                .toList();
        return new InboundShipment(0, name, date, forwarder, freight, duties, bill.basis(), allocated);
    }

    private Map<String, PackageSize> sizes(
            long accountId, Collection<String> skus, Map<String, PackageSize> sizesOfFile) {
        Map<String, PackageSize> sizes = new HashMap<>(unitSizes.of(accountId, skus));
        sizes.putAll(sizesOfFile.entrySet().stream()
                .filter(e -> skus.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Set<String> missing = skus.stream().filter(s -> !sizes.containsKey(s)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            List<Marketplace> marketplaces = directory
                    .account(accountId)
                    .map(SellerAccount::marketplaces)
                    .orElse(List.of());
            for (String sku : missing) {
                for (Marketplace marketplace : marketplaces) {
                    Optional<PackageSize> size =
                            feeEstimates.estimate(accountId, marketplace, sku).flatMap(UnitCosts::size);
                    if (size.isPresent()) {
                        sizes.put(sku, size.get());
                        break;
                    }
                }
            }
        }
        return sizes;
    }

    /** The package size in an FBA fee preview row, when it has every side, the weight and known units. */
    static Optional<PackageSize> size(FeeEstimate estimate) {
        FeeEstimate.Dimensions d = estimate.dimensions();
        if (d == null
                || d.longestSide() == null
                || d.medianSide() == null
                || d.shortestSide() == null
                || d.weight() == null) {
            return Optional.empty();
        }
        Optional<LengthUnit> length = LengthUnit.find(d.dimensionUnit());
        Optional<WeightUnit> weight = WeightUnit.find(d.weightUnit());
        if (length.isEmpty() || weight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PackageSize.of(
                new Length(d.longestSide(), length.get()),
                new Length(d.medianSide(), length.get()),
                new Length(d.shortestSide(), length.get()),
                new Weight(d.weight(), weight.get())));
    }

    private static Map<String, String> summary(InboundShipment s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", s.date().toString());
        values.put("freight", s.freight().toString());
        values.put("duties", s.duties().toString());
        values.put("basis", s.basis().name());
        values.put(
                "lines", s.lines().stream().map(l -> l.sku() + "×" + l.units()).collect(Collectors.joining(", ")));
        return values;
    }

    private static LocalDate requireDay(String field, LocalDate day) {
        if (day == null) {
            throw new CostInputException(field, "costs.error.date", "a date is required");
        }
        return day;
    }

    /** A user below specialist may not change costs; Bosun itself (no user) may. */
    private static void requireEditor(CurrentUser actor) {
        if (actor != null && !mayEdit(actor)) {
            throw new AccessDeniedException("only a specialist or above may change costs");
        }
    }

    private static String by(CurrentUser actor) {
        return actor == null ? OperationsLog.BOSUN : actor.username();
    }
}
