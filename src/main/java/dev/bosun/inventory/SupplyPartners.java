package dev.bosun.inventory;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.inventory.db.Forwarders;
import dev.bosun.inventory.db.PurchaseOrders;
import dev.bosun.inventory.db.SkuSupplies;
import dev.bosun.inventory.db.Suppliers;
import dev.bosun.inventory.domain.Scorecards;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners for supply: suppliers (contacts, MOQ, case pack, production days, payment terms, QC defect rate) and
 * forwarders (route, transit and check-in days, cost per kg and cbm, damage and loss rate), each with contract and
 * contingency notes; which supplier and forwarder replenish each SKU; and scorecards computed from the account's
 * purchase orders and shipments (on-time rate, lead time stages learnt from the actual dates), which feed the lead
 * time of the reorder proposals. Specialists and above change partners; every change goes to the operations log.
 */
@Service
public class SupplyPartners {

    private final Suppliers suppliers;
    private final Forwarders forwarders;
    private final SkuSupplies links;
    private final PurchaseOrders orders;
    private final OperationsLog log;
    private final ReplenishmentSheetJob sheetJob;
    private final Clock clock;

    SupplyPartners(
            Suppliers suppliers,
            Forwarders forwarders,
            SkuSupplies links,
            PurchaseOrders orders,
            OperationsLog log,
            ReplenishmentSheetJob sheetJob,
            Clock clock) {
        this.sheetJob = sheetJob;
        this.suppliers = suppliers;
        this.forwarders = forwarders;
        this.links = links;
        this.orders = orders;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the user may change suppliers, forwarders and links: specialists and above. */
    public static boolean mayEdit(CurrentUser user) {
        return StockPositions.mayCount(user);
    }

    public List<Supplier> suppliers(long accountId) {
        return suppliers.all(accountId);
    }

    public Optional<Supplier> supplier(long accountId, long id) {
        return suppliers.find(accountId, id);
    }

    public List<Forwarder> forwarders(long accountId) {
        return forwarders.all(accountId);
    }

    public Optional<Forwarder> forwarder(long accountId, long id) {
        return forwarders.find(accountId, id);
    }

    /**
     * Adds ({@code id} 0) or changes a supplier; who and when are set here.
     *
     * @throws InventoryInputException for a blank or taken name, a case pack below 1, a negative MOQ or production
     *     time, a defect rate outside 0–100 %
     * @throws java.util.NoSuchElementException when the supplier to change is not the account's
     */
    @Transactional
    public Supplier saveSupplier(CurrentUser actor, long accountId, Supplier s) {
        requireEditor(actor);
        String name = name(s.name());
        if (s.id() != 0) {
            suppliers.find(accountId, s.id()).orElseThrow();
        }
        if (suppliers.nameTaken(accountId, name, s.id())) {
            throw new InventoryInputException("name", "inventory.error.nameTaken", "the name is taken: " + name);
        }
        if (s.moq() < 0) {
            throw new InventoryInputException("moq", "inventory.error.moq", "the MOQ cannot be negative");
        }
        if (s.casePack() < 1) {
            throw new InventoryInputException("casePack", "inventory.error.casePack", "a case holds at least 1 unit");
        }
        days("productionDays", s.productionDays());
        rate("defectRate", s.defectRate());
        Supplier saved = new Supplier(
                s.id(),
                name,
                text(s.contactName(), 200),
                text(s.email(), 200),
                text(s.phone(), 100),
                text(s.address(), 1000),
                s.moq(),
                s.casePack(),
                s.productionDays(),
                text(s.paymentTerms(), 200),
                s.defectRate(),
                text(s.contractNotes(), 4000),
                text(s.contingencyNotes(), 4000),
                actor.username(),
                clock.instant());
        long id = suppliers.save(accountId, saved);
        log.record(
                actor,
                Operation.of("inventory.supplier", (s.id() == 0 ? "Supplier added: " : "Supplier changed: ") + name)
                        .onAccount(accountId)
                        .subject("supplier", String.valueOf(id))
                        .change(
                                Map.of(),
                                Map.of(
                                        "moq", String.valueOf(s.moq()),
                                        "casePack", String.valueOf(s.casePack()),
                                        "productionDays", s.productionDays().toPlainString())));
        sheetJob.queueAfterChange(accountId);
        return suppliers.find(accountId, id).orElseThrow();
    }

    /**
     * Adds ({@code id} 0) or changes a forwarder; who and when are set here.
     *
     * @throws InventoryInputException for a blank or taken name, negative days or costs, a damage rate outside
     *     0–100 %
     */
    @Transactional
    public Forwarder saveForwarder(CurrentUser actor, long accountId, Forwarder f) {
        requireEditor(actor);
        String name = name(f.name());
        if (f.id() != 0) {
            forwarders.find(accountId, f.id()).orElseThrow();
        }
        if (forwarders.nameTaken(accountId, name, f.id())) {
            throw new InventoryInputException("name", "inventory.error.nameTaken", "the name is taken: " + name);
        }
        days("transitDays", f.transitDays());
        days("checkInDays", f.checkInDays());
        notNegative("costPerKg", f.costPerKg());
        notNegative("costPerCbm", f.costPerCbm());
        rate("damageRate", f.damageRate());
        String currency = text(f.currency(), 3);
        if (currency != null) {
            try {
                currency = java.util.Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT))
                        .getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new InventoryInputException("currency", "inventory.error.currency", "a currency such as USD");
            }
        }
        Forwarder saved = new Forwarder(
                f.id(),
                name,
                text(f.contactName(), 200),
                text(f.email(), 200),
                text(f.phone(), 100),
                text(f.route(), 200),
                f.transitDays(),
                f.checkInDays(),
                currency,
                f.costPerKg(),
                f.costPerCbm(),
                f.damageRate(),
                text(f.contractNotes(), 4000),
                text(f.contingencyNotes(), 4000),
                actor.username(),
                clock.instant());
        long id = forwarders.save(accountId, saved);
        log.record(
                actor,
                Operation.of("inventory.forwarder", (f.id() == 0 ? "Forwarder added: " : "Forwarder changed: ") + name)
                        .onAccount(accountId)
                        .subject("forwarder", String.valueOf(id))
                        .change(
                                Map.of(),
                                Map.of(
                                        "transitDays", f.transitDays().toPlainString(),
                                        "checkInDays", f.checkInDays().toPlainString())));
        sheetJob.queueAfterChange(accountId);
        return forwarders.find(accountId, id).orElseThrow();
    }

    /**
     * Deletes a supplier and its SKU links.
     *
     * @return false when the account has no such supplier
     * @throws InventoryInputException when purchase orders name the supplier (they keep it)
     */
    @Transactional
    public boolean deleteSupplier(CurrentUser actor, long accountId, long id) {
        requireEditor(actor);
        Optional<Supplier> found = suppliers.find(accountId, id);
        if (found.isEmpty()) {
            return false;
        }
        if (orders.all(accountId).stream().anyMatch(o -> o.supplierId() == id)) {
            throw new InventoryInputException(
                    "supplier", "inventory.error.partnerInUse", "purchase orders name this supplier");
        }
        suppliers.delete(accountId, id);
        log.record(
                actor,
                Operation.of(
                                "inventory.supplier",
                                "Supplier deleted: " + found.get().name())
                        .onAccount(accountId)
                        .subject("supplier", String.valueOf(id)));
        sheetJob.queueAfterChange(accountId);
        return true;
    }

    /**
     * Deletes a forwarder; SKUs it carried keep their supplier.
     *
     * @return false when the account has no such forwarder
     * @throws InventoryInputException when purchase orders name the forwarder
     */
    @Transactional
    public boolean deleteForwarder(CurrentUser actor, long accountId, long id) {
        requireEditor(actor);
        Optional<Forwarder> found = forwarders.find(accountId, id);
        if (found.isEmpty()) {
            return false;
        }
        if (orders.all(accountId).stream().anyMatch(o -> o.forwarderId() != null && o.forwarderId() == id)) {
            throw new InventoryInputException(
                    "forwarder", "inventory.error.partnerInUse", "purchase orders name this forwarder");
        }
        try {
            forwarders.delete(accountId, id);
        } catch (DataIntegrityViolationException e) {
            throw new InventoryInputException(
                    "forwarder", "inventory.error.partnerInUse", "purchase orders name this forwarder");
        }
        log.record(
                actor,
                Operation.of(
                                "inventory.forwarder",
                                "Forwarder deleted: " + found.get().name())
                        .onAccount(accountId)
                        .subject("forwarder", String.valueOf(id)));
        sheetJob.queueAfterChange(accountId);
        return true;
    }

    /**
     * Sets the supplier (and forwarder, may be null) of a SKU; a null supplier removes the link.
     *
     * @throws InventoryInputException for a blank SKU or a supplier or forwarder not of the account
     */
    @Transactional
    public void link(CurrentUser actor, long accountId, String sku, Long supplierId, Long forwarderId) {
        requireEditor(actor);
        String s = sku == null ? "" : sku.strip();
        if (s.isEmpty() || s.length() > 200) {
            throw new InventoryInputException("sku", "inventory.error.sku", "a SKU is needed");
        }
        if (supplierId == null) {
            links.unlink(accountId, s);
            log.record(
                    actor,
                    Operation.of("inventory.sku-supply", "Supplier of " + s + " removed")
                            .onAccount(accountId)
                            .subject("sku", s));
            sheetJob.queueAfterChange(accountId);
            return;
        }
        Supplier supplier = suppliers
                .find(accountId, supplierId)
                .orElseThrow(() -> new InventoryInputException(
                        "supplier", "inventory.error.supplier", "a supplier of the account"));
        String carrier = null;
        if (forwarderId != null) {
            carrier = forwarders
                    .find(accountId, forwarderId)
                    .orElseThrow(() -> new InventoryInputException(
                            "forwarder", "inventory.error.forwarder", "a forwarder of the account"))
                    .name();
        }
        links.link(accountId, s, supplierId, forwarderId, actor.username(), clock.instant());
        log.record(
                actor,
                Operation.of(
                                "inventory.sku-supply",
                                "Supplier of " + s + ": " + supplier.name()
                                        + (carrier == null ? "" : ", via " + carrier))
                        .onAccount(accountId)
                        .subject("sku", s));
        sheetJob.queueAfterChange(accountId);
    }

    /** Every SKU's link, by SKU. */
    public Map<String, SupplyLink> links(long accountId) {
        Map<String, SupplyLink> result = new TreeMap<>();
        links.all(accountId).forEach((sku, l) -> result.put(sku, new SupplyLink(sku, l.supplierId(), l.forwarderId())));
        return result;
    }

    /** Each supplier's scorecard from the account's purchase orders, by supplier id. */
    public Map<Long, Scorecard> supplierScorecards(long accountId) {
        List<PurchaseOrder> all = orders.all(accountId);
        Map<Long, Scorecard> cards = new HashMap<>();
        for (Supplier s : suppliers.all(accountId)) {
            cards.put(s.id(), Scorecards.supplier(s, all));
        }
        return cards;
    }

    /** Each forwarder's scorecard from the account's shipments, by forwarder id. */
    public Map<Long, Scorecard> forwarderScorecards(long accountId) {
        List<PurchaseOrder> all = orders.all(accountId);
        Map<Long, Scorecard> cards = new HashMap<>();
        for (Forwarder f : forwarders.all(accountId)) {
            cards.put(f.id(), Scorecards.forwarder(f, all));
        }
        return cards;
    }

    /**
     * Records a purchase order placed outside Bosun, as entered on the page or through the API: ordered (or in transit
     * when a pick-up day is given); its arrival is then recorded receipt by receipt ({@link PurchasePlans#receive}).
     * Nothing is stored when anything is wrong.
     *
     * @throws InventoryInputException for a missing or foreign supplier or forwarder, a missing marketplace or
     *     ordered day, days after today or out of order, no lines, a blank or repeated SKU, units below 1, a
     *     negative unit cost or a unit cost without a currency
     */
    @Transactional
    public PurchaseOrder record(CurrentUser actor, long accountId, RecordedOrder o) {
        requireEditor(actor);
        if (o.supplierId() == null) {
            throw new InventoryInputException("supplier", "inventory.error.supplier", "a supplier of the account");
        }
        if (o.marketplace() == null) {
            throw new InventoryInputException(
                    "marketplace", "inventory.error.marketplace", "a marketplace of the account");
        }
        java.time.LocalDate today =
                java.time.LocalDate.now(clock.withZone(o.marketplace().zone()));
        if (o.orderedOn() == null || o.orderedOn().isAfter(today)) {
            throw new InventoryInputException(
                    "orderedOn", "inventory.error.orderedOn", "the day the order was placed, not after " + today);
        }
        if (o.promisedOn() != null && o.promisedOn().isBefore(o.orderedOn())) {
            throw new InventoryInputException(
                    "promisedOn", "inventory.error.promisedOn", "the promised day is not before the ordered day");
        }
        if (o.readyOn() != null
                && (o.readyOn().isBefore(o.orderedOn()) || o.readyOn().isAfter(today))) {
            throw new InventoryInputException(
                    "readyOn", "inventory.error.readyOn", "the ready day lies between the ordered day and today");
        }
        java.time.LocalDate notBefore = o.readyOn() != null ? o.readyOn() : o.orderedOn();
        if (o.shippedOn() != null
                && (o.shippedOn().isBefore(notBefore) || o.shippedOn().isAfter(today))) {
            throw new InventoryInputException(
                    "shippedOn", "inventory.error.shippedOn", "the pick-up day lies between the ready day and today");
        }
        if (o.lines().isEmpty()) {
            throw new InventoryInputException("lines", "inventory.error.lines", "at least one SKU with units");
        }
        String currency = text(o.currency(), 3);
        if (currency != null) {
            try {
                currency = java.util.Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT))
                        .getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new InventoryInputException("currency", "inventory.error.currency", "a currency such as USD");
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<PurchaseOrder.Line> lines = new java.util.ArrayList<>();
        for (RecordedOrder.Line l : o.lines()) {
            String sku = l.sku() == null ? "" : l.sku().strip();
            if (sku.isEmpty() || sku.length() > 200) {
                throw new InventoryInputException("sku", "inventory.error.sku", "a SKU is needed");
            }
            if (!seen.add(sku)) {
                throw new InventoryInputException("sku", "inventory.error.skuTwice", "a SKU once per order: " + sku);
            }
            if (l.units() == null || l.units() < 1) {
                throw new InventoryInputException("units", "inventory.error.units", "units are a whole number above 0");
            }
            if (l.unitCost() != null && l.unitCost().signum() < 0) {
                throw new InventoryInputException("unitCost", "inventory.error.cost", "a cost cannot be negative");
            }
            if (l.unitCost() != null && currency == null) {
                throw new InventoryInputException(
                        "currency", "inventory.error.currency", "a currency such as USD for the unit costs");
            }
            lines.add(new PurchaseOrder.Line(sku, l.units(), l.unitCost(), l.unitCost() == null ? null : currency));
        }
        Instant now = clock.instant();
        return recordOrder(
                actor,
                accountId,
                new PurchaseOrder(
                        0,
                        o.supplierId(),
                        o.forwarderId(),
                        o.marketplace(),
                        o.shippedOn() != null ? PurchaseOrderStatus.IN_TRANSIT : PurchaseOrderStatus.ORDERED,
                        o.orderedOn(),
                        o.promisedOn(),
                        o.readyOn(),
                        o.shippedOn(),
                        null,
                        null,
                        null,
                        o.note(),
                        lines,
                        actor.username(),
                        now,
                        actor.username(),
                        now));
    }

    /**
     * Records a purchase order as it happened (for orders placed outside Bosun, so scorecards learn from them).
     *
     * @throws InventoryInputException for an order without lines or with a supplier or forwarder not of the account
     */
    @Transactional
    public PurchaseOrder recordOrder(CurrentUser actor, long accountId, PurchaseOrder o) {
        requireEditor(actor);
        suppliers
                .find(accountId, o.supplierId())
                .orElseThrow(() -> new InventoryInputException(
                        "supplier", "inventory.error.supplier", "a supplier of the account"));
        if (o.forwarderId() != null
                && forwarders.find(accountId, o.forwarderId()).isEmpty()) {
            throw new InventoryInputException("forwarder", "inventory.error.forwarder", "a forwarder of the account");
        }
        if (o.lines().isEmpty()) {
            throw new InventoryInputException("lines", "inventory.error.lines", "at least one SKU with units");
        }
        Instant now = clock.instant();
        PurchaseOrder saved = new PurchaseOrder(
                o.id(),
                o.supplierId(),
                o.forwarderId(),
                o.marketplace(),
                o.status(),
                o.orderedOn(),
                o.promisedOn(),
                o.readyOn(),
                o.shippedOn(),
                o.arrivedOn(),
                o.receivedOn(),
                o.approvalId(),
                text(o.note(), 2000),
                o.lines(),
                actor.username(),
                now,
                actor.username(),
                now);
        long id = orders.save(accountId, saved);
        log.record(
                actor,
                Operation.of(
                                "inventory.purchase-order",
                                "Purchase order " + id + " recorded (placed outside Bosun on " + o.orderedOn() + "): "
                                        + o.units() + " units")
                        .onAccount(accountId)
                        .subject("purchase-order", String.valueOf(id)));
        sheetJob.queueAfterChange(accountId);
        return orders.find(accountId, id).orElseThrow();
    }

    /** Every purchase order of the account, newest first. */
    public List<PurchaseOrder> orders(long accountId) {
        return orders.all(accountId);
    }

    private static void requireEditor(CurrentUser actor) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException("only a specialist or above may change suppliers and forwarders");
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InventoryInputException("name", "inventory.error.name", "a name of at most 200 characters");
        }
        return n;
    }

    private static void days(String field, BigDecimal days) {
        if (days == null || days.signum() < 0 || days.compareTo(BigDecimal.valueOf(999)) > 0) {
            throw new InventoryInputException(field, "inventory.error.days", "days between 0 and 999");
        }
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InventoryInputException(field, "inventory.error.cost", "a cost cannot be negative");
        }
    }

    private static void rate(String field, BigDecimal rate) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
            throw new InventoryInputException(field, "inventory.error.rate", "a rate between 0 and 100 %");
        }
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
