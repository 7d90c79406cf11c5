package dev.bosun.inventory;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.inventory.db.PurchaseOrderReceipts;
import dev.bosun.inventory.db.PurchaseOrders;
import dev.bosun.inventory.domain.ShipmentPlan;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.ProposalOutcome;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase and shipment plans: purchase order proposals grouped by supplier (from the day's reorder proposals, in
 * each supplier's MOQ and case pack), FBA shipment proposals from the 3PL and own warehouse, and purchase orders
 * from draft to received. A draft goes through the workflow's approval flow ({@link PurchaseOrderApprovals}: a
 * supervisor or above other than the requester approves); an approved order is then marked ordered (the promised
 * ready day follows from the supplier's production days), in transit and received, each step dated and logged.
 * Specialists and above plan.
 */
@Service
public class PurchasePlans {

    private final Replenishment replenishment;
    private final SupplyPartners partners;
    private final PurchaseOrders orders;
    private final PurchaseOrderReceipts receipts;
    private final Approvals approvals;
    private final OperationsLog log;
    private final ReplenishmentSheetJob sheetJob;
    private final Clock clock;

    PurchasePlans(
            Replenishment replenishment,
            SupplyPartners partners,
            PurchaseOrders orders,
            PurchaseOrderReceipts receipts,
            Approvals approvals,
            OperationsLog log,
            ReplenishmentSheetJob sheetJob,
            Clock clock) {
        this.sheetJob = sheetJob;
        this.replenishment = replenishment;
        this.partners = partners;
        this.orders = orders;
        this.receipts = receipts;
        this.approvals = approvals;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the user may draft, submit and advance purchase orders: specialists and above. */
    public static boolean mayPlan(CurrentUser user) {
        return StockPositions.mayCount(user);
    }

    /**
     * Both kinds of proposal of the marketplaces, from one replenishment sheet per marketplace.
     *
     * @param sheets the sheets they come from (when computed, whether stale)
     */
    public record Proposals(
            List<PurchaseProposal> purchases, List<ShipmentProposal> shipments, List<ReplenishmentSheet> sheets) {

        /** Whether a sheet is missing or stale (a new one is being computed in the background). */
        public boolean computing() {
            return sheets.stream().anyMatch(s -> s.stale() || !s.computed());
        }
    }

    /**
     * The purchase and shipment proposals together, from each marketplace's sheet as last computed in the background
     * (stale or missing ones are queued for computation, see {@link Replenishment#latest}).
     */
    public Proposals proposals(long accountId, List<Marketplace> marketplaces) {
        List<ReplenishmentSheet> latest = new ArrayList<>();
        Map<Marketplace, List<ReplenishmentLine>> sheets = new LinkedHashMap<>();
        for (Marketplace m : marketplaces) {
            ReplenishmentSheet sheet = replenishment.latest(accountId, m);
            latest.add(sheet);
            sheets.put(m, sheet.lines());
        }
        return new Proposals(purchaseProposals(accountId, sheets), shipmentProposals(sheets), latest);
    }

    /** The purchase proposals of the marketplaces (sheets as last computed), one per supplier and marketplace. */
    public List<PurchaseProposal> purchaseProposals(long accountId, List<Marketplace> marketplaces) {
        return purchaseProposals(accountId, sheets(accountId, marketplaces));
    }

    /** What to send to FBA from the 3PL and own warehouses (sheets as last computed), least cover first. */
    public List<ShipmentProposal> shipmentProposals(long accountId, List<Marketplace> marketplaces) {
        return shipmentProposals(sheets(accountId, marketplaces));
    }

    /** The sheets as last computed; a marketplace never computed is computed now. */
    private Map<Marketplace, List<ReplenishmentLine>> sheets(long accountId, List<Marketplace> marketplaces) {
        Map<Marketplace, List<ReplenishmentLine>> sheets = new LinkedHashMap<>();
        for (Marketplace m : marketplaces) {
            ReplenishmentSheet latest = replenishment.latest(accountId, m);
            sheets.put(m, latest.computed() ? latest.lines() : replenishment.sheet(accountId, m));
        }
        return sheets;
    }

    private List<PurchaseProposal> purchaseProposals(long accountId, Map<Marketplace, List<ReplenishmentLine>> sheets) {
        Map<String, SupplyLink> links = partners.links(accountId);
        Map<Long, Supplier> suppliers = new LinkedHashMap<>();
        partners.suppliers(accountId).forEach(s -> suppliers.put(s.id(), s));
        List<PurchaseProposal> proposals = new ArrayList<>();
        for (Map.Entry<Marketplace, List<ReplenishmentLine>> sheet : sheets.entrySet()) {
            Marketplace m = sheet.getKey();
            Map<Long, List<PurchaseProposal.Line>> bySupplier = new LinkedHashMap<>();
            for (ReplenishmentLine line : sheet.getValue()) {
                ReorderProposal r = line.proposal();
                if (r == null || r.orderQuantity() <= 0) {
                    continue;
                }
                SupplyLink link = links.get(line.position().sku());
                long key = link == null || !suppliers.containsKey(link.supplierId()) ? 0 : link.supplierId();
                bySupplier
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new PurchaseProposal.Line(
                                line.position().sku(), r.orderQuantity(), r.lastSafeOrderDate(), r.warning()));
            }
            bySupplier.forEach((id, lines) -> proposals.add(new PurchaseProposal(suppliers.get(id), m, lines)));
        }
        proposals.sort(Comparator.comparing((PurchaseProposal p) -> p.supplier() == null)
                .thenComparing(p -> p.supplier() == null ? "" : p.supplier().name())
                .thenComparing(p -> p.marketplace().code()));
        return proposals;
    }

    private static List<ShipmentProposal> shipmentProposals(Map<Marketplace, List<ReplenishmentLine>> sheets) {
        List<ShipmentProposal> proposals = new ArrayList<>();
        for (Map.Entry<Marketplace, List<ReplenishmentLine>> sheet : sheets.entrySet()) {
            Marketplace m = sheet.getKey();
            for (ReplenishmentLine line : sheet.getValue()) {
                StockPosition p = line.position();
                ReorderProposal r = line.proposal();
                if (r == null || p.offAmazon() == 0) {
                    continue;
                }
                ShipmentPlan.Send send = ShipmentPlan.plan(
                        r.dailyDemand(),
                        InboundDays.FIXED_THIRD_PARTY + Replenishment.REVIEW_DAYS,
                        r.safetyStock(),
                        (long) p.available() + p.inbound(),
                        p.thirdParty(),
                        p.ownWarehouse());
                if (send.units() > 0) {
                    double cover = r.dailyDemand() <= 0 ? 0 : (p.available() + p.inbound()) / r.dailyDemand();
                    List<ShipmentProposal.Source> sources = ShipmentPlan.picks(send, line.warehouses()).stream()
                            .map(k -> new ShipmentProposal.Source(k.location(), k.warehouse(), k.units(), k.holds()))
                            .toList();
                    proposals.add(new ShipmentProposal(
                            m, p.sku(), send.fromThirdParty(), send.fromOwnWarehouse(), cover, sources));
                }
            }
        }
        proposals.sort(Comparator.comparingDouble(ShipmentProposal::daysOfCover));
        return proposals;
    }

    /** Every purchase order of the account, newest first. */
    public List<PurchaseOrder> orders(long accountId) {
        return orders.all(accountId);
    }

    public Optional<PurchaseOrder> order(long accountId, long id) {
        return orders.find(accountId, id);
    }

    /**
     * Drafts a purchase order from today's proposal for a supplier and marketplace: its SKUs and units, the forwarder
     * of the first SKU that has one.
     *
     * @throws InventoryInputException when the supplier is not the account's or nothing is proposed for it
     */
    @Transactional
    public PurchaseOrder draft(CurrentUser actor, long accountId, long supplierId, Marketplace marketplace) {
        requirePlanner(actor);
        PurchaseProposal proposal = purchaseProposals(accountId, List.of(marketplace)).stream()
                .filter(p -> p.supplier() != null && p.supplier().id() == supplierId)
                .findFirst()
                .orElseThrow(() -> new InventoryInputException(
                        "supplier", "inventory.error.nothingProposed", "nothing to order from this supplier today"));
        Map<String, SupplyLink> links = partners.links(accountId);
        Long forwarder = proposal.lines().stream()
                .map(l -> links.get(l.sku()))
                .filter(l -> l != null && l.forwarderId() != null)
                .map(SupplyLink::forwarderId)
                .findFirst()
                .orElse(null);
        Instant now = clock.instant();
        List<PurchaseOrder.Line> lines = proposal.lines().stream()
                .map(l -> new PurchaseOrder.Line(l.sku(), Math.toIntExact(l.units()), null, null))
                .toList();
        long id = orders.save(
                accountId,
                new PurchaseOrder(
                        0,
                        supplierId,
                        forwarder,
                        marketplace,
                        PurchaseOrderStatus.DRAFT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        lines,
                        actor.username(),
                        now,
                        actor.username(),
                        now));
        PurchaseOrder saved = orders.find(accountId, id).orElseThrow();
        log.record(
                actor,
                Operation.of(
                                "inventory.purchase-order",
                                "PO " + id + " drafted for "
                                        + proposal.supplier().name() + ": " + saved.units() + " units")
                        .onAccount(accountId)
                        .subject("purchase-order", String.valueOf(id)));
        sheetJob.queueAfterChange(accountId);
        return saved;
    }

    /**
     * Submits a draft for approval (or approves it at once when the organisation's policy lets this user).
     *
     * @throws NoSuchElementException when the account has no such order
     * @throws InventoryInputException when the order is not a draft
     */
    @Transactional
    public ProposalOutcome submit(CurrentUser actor, long accountId, long orderId, String reason) {
        requirePlanner(actor);
        PurchaseOrder order = orders.find(accountId, orderId).orElseThrow();
        if (order.status() != PurchaseOrderStatus.DRAFT) {
            throw new InventoryInputException("status", "inventory.error.notDraft", "only a draft is submitted");
        }
        String supplier = partners.supplier(accountId, order.supplierId())
                .map(Supplier::name)
                .orElse("?");
        String why = reason == null || reason.isBlank() ? "Reorder proposal of " + LocalDate.now(clock) : reason;
        ProposalOutcome outcome =
                approvals.propose(actor, PurchaseOrderApprovals.proposal(accountId, order, supplier, why));
        if (outcome.waitingForApproval()) {
            PurchaseOrder now = orders.find(accountId, orderId).orElseThrow();
            orders.save(accountId, with(now, now.status(), outcome.request().id(), actor));
        }
        return outcome;
    }

    /**
     * Moves an order one step on: approved → ordered (placed with the supplier on {@code day}; promised ready after
     * the supplier's production days), ordered → in transit (ready and picked up on {@code day}), in transit →
     * received (available at FBA on {@code day}); or cancels an order not yet received.
     *
     * @throws NoSuchElementException when the account has no such order
     * @throws InventoryInputException when the step does not follow from the order's status
     */
    @Transactional
    public PurchaseOrder advance(
            CurrentUser actor, long accountId, long orderId, PurchaseOrderStatus target, LocalDate day) {
        requirePlanner(actor);
        PurchaseOrder o = orders.find(accountId, orderId).orElseThrow();
        LocalDate on =
                day == null ? LocalDate.now(clock.withZone(o.marketplace().zone())) : day;
        PurchaseOrder next;
        switch (target) {
            case ORDERED -> {
                expect(o, PurchaseOrderStatus.APPROVED);
                LocalDate promised = partners.supplier(accountId, o.supplierId())
                        .map(s -> on.plusDays(s.productionDays()
                                .setScale(0, RoundingMode.CEILING)
                                .longValue()))
                        .orElse(null);
                next = dated(o, target, on, promised, null, null, null, null, actor);
            }
            case IN_TRANSIT -> {
                expect(o, PurchaseOrderStatus.ORDERED);
                next = dated(o, target, null, null, o.readyOn() == null ? on : o.readyOn(), on, null, null, actor);
            }
            case RECEIVED -> {
                expect(o, PurchaseOrderStatus.IN_TRANSIT);
                next = dated(o, target, null, null, null, null, o.arrivedOn() == null ? on : o.arrivedOn(), on, actor);
            }
            case CANCELLED -> {
                if (o.status() == PurchaseOrderStatus.RECEIVED || o.status() == PurchaseOrderStatus.CANCELLED) {
                    throw new InventoryInputException(
                            "status", "inventory.error.step", "a " + o.status().code() + " order stays as it is");
                }
                next = with(o, target, o.approvalId(), actor);
            }
            default ->
                throw new InventoryInputException(
                        "status", "inventory.error.step", "orders are approved through the approval flow");
        }
        orders.save(accountId, next);
        log.record(
                actor,
                Operation.of("inventory.purchase-order", "PO " + orderId + " " + target.code() + " on " + on)
                        .onAccount(accountId)
                        .subject("purchase-order", String.valueOf(orderId))
                        .change(Map.of("status", o.status().code()), Map.of("status", target.code())));
        sheetJob.queueAfterChange(accountId);
        return orders.find(accountId, orderId).orElseThrow();
    }

    /** The receipts of an order, oldest first. */
    public List<Receipt> receipts(long accountId, long orderId) {
        return receipts.ofOrder(accountId, orderId);
    }

    /** Units of each SKU of an order not yet received, by SKU in the order's line order. */
    public Map<String, Integer> outstanding(long accountId, PurchaseOrder order) {
        return outstanding(order, receipts.ofOrder(accountId, order.id()));
    }

    private static Map<String, Integer> outstanding(PurchaseOrder order, List<Receipt> received) {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (PurchaseOrder.Line l : order.lines()) {
            open.merge(l.sku(), l.units(), Integer::sum);
        }
        for (Receipt r : received) {
            open.computeIfPresent(r.sku(), (k, units) -> units - r.units());
        }
        return open;
    }

    /**
     * Records that units of one SKU of an order became available for sale on a day: part of the order, or the rest
     * of it. The first receipt moves an ordered order to in transit; the receipt that completes every line marks the
     * order received on its day (the day the scorecards and the learnt inbound days count as available). {@code
     * arrivedOn}, the day the shipment reached the fulfilment centre, is kept when given and not yet known.
     *
     * @throws NoSuchElementException when the account has no such order
     * @throws InventoryInputException when the order is not ordered or in transit, the SKU is not on it, the units are
     *     below 1 or above what is still to come, or the days are after today or before the order's earlier steps
     */
    @Transactional
    public PurchaseOrder receive(
            CurrentUser actor,
            long accountId,
            long orderId,
            String sku,
            Integer units,
            LocalDate receivedOn,
            LocalDate arrivedOn) {
        requirePlanner(actor);
        PurchaseOrder o = orders.find(accountId, orderId).orElseThrow();
        if (o.status() != PurchaseOrderStatus.ORDERED && o.status() != PurchaseOrderStatus.IN_TRANSIT) {
            throw new InventoryInputException(
                    "status", "inventory.error.notReceivable", "only an ordered or shipped order receives goods");
        }
        String s = sku == null ? "" : sku.strip();
        List<Receipt> before = receipts.ofOrder(accountId, orderId);
        Map<String, Integer> open = outstanding(o, before);
        if (!open.containsKey(s)) {
            throw new InventoryInputException("sku", "inventory.error.notOnOrder", "the SKU is not on the order: " + s);
        }
        if (units == null || units < 1 || units > open.get(s)) {
            throw new InventoryInputException(
                    "units",
                    "inventory.error.receiptUnits",
                    "between 1 and the " + open.get(s) + " units of " + s + " still to come");
        }
        LocalDate today = LocalDate.now(clock.withZone(o.marketplace().zone()));
        LocalDate earliest = o.shippedOn() != null ? o.shippedOn() : o.orderedOn();
        if (receivedOn == null || receivedOn.isAfter(today) || (earliest != null && receivedOn.isBefore(earliest))) {
            throw new InventoryInputException(
                    "receivedOn",
                    "inventory.error.receivedOn",
                    "the day the units became available, between " + earliest + " and " + today);
        }
        if (arrivedOn != null
                && (arrivedOn.isAfter(receivedOn) || (earliest != null && arrivedOn.isBefore(earliest)))) {
            throw new InventoryInputException(
                    "arrivedOn",
                    "inventory.error.arrivedOn",
                    "the day of arrival, between " + earliest + " and the day available");
        }
        receipts.add(accountId, new Receipt(0, orderId, s, units, receivedOn, actor.username(), clock.instant()));
        open.merge(s, -units, Integer::sum);
        boolean complete = open.values().stream().allMatch(u -> u <= 0);
        LocalDate lastReceipt =
                before.stream().map(Receipt::receivedOn).reduce(receivedOn, (a, b) -> a.isAfter(b) ? a : b);
        PurchaseOrderStatus status = complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.IN_TRANSIT;
        PurchaseOrder next = dated(
                o,
                status,
                null,
                null,
                null,
                null,
                o.arrivedOn() == null ? arrivedOn : null,
                complete ? lastReceipt : null,
                actor);
        orders.save(accountId, next);
        log.record(
                actor,
                Operation.of(
                                "inventory.purchase-order",
                                "PO " + orderId + ": " + units + " units of " + s + " received on " + receivedOn
                                        + (complete ? " (order complete)" : ""))
                        .onAccount(accountId)
                        .subject("purchase-order", String.valueOf(orderId))
                        .change(Map.of("status", o.status().code()), Map.of("status", status.code())));
        sheetJob.queueAfterChange(accountId);
        return orders.find(accountId, orderId).orElseThrow();
    }

    private static void expect(PurchaseOrder o, PurchaseOrderStatus status) {
        if (o.status() != status) {
            throw new InventoryInputException(
                    "status",
                    "inventory.error.step",
                    "the order is " + o.status().code() + ", not " + status.code());
        }
    }

    private PurchaseOrder dated(
            PurchaseOrder o,
            PurchaseOrderStatus status,
            LocalDate ordered,
            LocalDate promised,
            LocalDate ready,
            LocalDate shipped,
            LocalDate arrived,
            LocalDate received,
            CurrentUser actor) {
        return new PurchaseOrder(
                o.id(),
                o.supplierId(),
                o.forwarderId(),
                o.marketplace(),
                status,
                ordered == null ? o.orderedOn() : ordered,
                promised == null ? o.promisedOn() : promised,
                ready == null ? o.readyOn() : ready,
                shipped == null ? o.shippedOn() : shipped,
                arrived == null ? o.arrivedOn() : arrived,
                received == null ? o.receivedOn() : received,
                o.approvalId(),
                o.note(),
                o.lines(),
                o.createdBy(),
                o.createdAt(),
                actor.username(),
                clock.instant());
    }

    private PurchaseOrder with(PurchaseOrder o, PurchaseOrderStatus status, Long approvalId, CurrentUser actor) {
        return new PurchaseOrder(
                o.id(),
                o.supplierId(),
                o.forwarderId(),
                o.marketplace(),
                status,
                o.orderedOn(),
                o.promisedOn(),
                o.readyOn(),
                o.shippedOn(),
                o.arrivedOn(),
                o.receivedOn(),
                approvalId,
                o.note(),
                o.lines(),
                o.createdBy(),
                o.createdAt(),
                actor.username(),
                clock.instant());
    }

    private static void requirePlanner(CurrentUser actor) {
        if (!mayPlan(actor)) {
            throw new AccessDeniedException("only a specialist or above may plan purchase orders");
        }
    }
}
