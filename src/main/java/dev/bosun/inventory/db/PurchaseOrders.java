package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_PURCHASE_ORDERS;
import static dev.bosun.jooq.Tables.INVENTORY_PURCHASE_ORDER_LINES;

import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.jooq.tables.records.InventoryPurchaseOrdersRecord;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Purchase orders with their lines, by account. */
@Repository
public class PurchaseOrders {

    private final DSLContext db;

    public PurchaseOrders(DSLContext db) {
        this.db = db;
    }

    /** Inserts (id 0) or updates the order and replaces its lines; returns its id. */
    public long save(long accountId, PurchaseOrder o) {
        var t = INVENTORY_PURCHASE_ORDERS;
        InventoryPurchaseOrdersRecord r = o.id() == 0
                ? db.newRecord(t)
                : db.fetchOptional(t, t.ACCOUNT_ID.eq(accountId).and(t.ID.eq(o.id())))
                        .orElseThrow();
        r.setAccountId(accountId);
        r.setSupplierId(o.supplierId());
        r.setForwarderId(o.forwarderId());
        r.setMarketplace(o.marketplace().code());
        r.setStatus(o.status().name());
        r.setOrderedOn(o.orderedOn());
        r.setPromisedOn(o.promisedOn());
        r.setReadyOn(o.readyOn());
        r.setShippedOn(o.shippedOn());
        r.setArrivedOn(o.arrivedOn());
        r.setReceivedOn(o.receivedOn());
        r.setApprovalId(o.approvalId());
        r.setNote(o.note());
        r.setCreatedBy(o.createdBy());
        r.setCreatedAt(o.createdAt().atOffset(ZoneOffset.UTC));
        r.setUpdatedBy(o.updatedBy());
        r.setUpdatedAt(o.updatedAt().atOffset(ZoneOffset.UTC));
        r.store();
        long id = r.getId();
        var l = INVENTORY_PURCHASE_ORDER_LINES;
        db.deleteFrom(l)
                .where(l.ACCOUNT_ID.eq(accountId))
                .and(l.ORDER_ID.eq(id))
                .execute();
        for (PurchaseOrder.Line line : o.lines()) {
            db.insertInto(l)
                    .set(l.ACCOUNT_ID, accountId)
                    .set(l.ORDER_ID, id)
                    .set(l.SKU, line.sku())
                    .set(l.UNITS, line.units())
                    .set(l.UNIT_COST, line.unitCost())
                    .set(l.CURRENCY, line.currency())
                    .execute();
        }
        return id;
    }

    public Optional<PurchaseOrder> find(long accountId, long id) {
        return where(accountId, INVENTORY_PURCHASE_ORDERS.ID.eq(id)).stream().findFirst();
    }

    /** Every order of the account, newest first. */
    public List<PurchaseOrder> all(long accountId) {
        return where(accountId, org.jooq.impl.DSL.trueCondition());
    }

    private List<PurchaseOrder> where(long accountId, Condition condition) {
        var t = INVENTORY_PURCHASE_ORDERS;
        var l = INVENTORY_PURCHASE_ORDER_LINES;
        List<InventoryPurchaseOrdersRecord> orders = db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(condition)
                .orderBy(t.ID.desc())
                .fetch();
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PurchaseOrder.Line>> lines = new HashMap<>();
        db.selectFrom(l)
                .where(l.ACCOUNT_ID.eq(accountId))
                .and(l.ORDER_ID.in(orders.stream()
                        .map(InventoryPurchaseOrdersRecord::getId)
                        .toList()))
                .orderBy(l.SKU)
                .forEach(r -> lines.computeIfAbsent(r.getOrderId(), k -> new ArrayList<>())
                        .add(new PurchaseOrder.Line(r.getSku(), r.getUnits(), r.getUnitCost(), r.getCurrency())));
        List<PurchaseOrder> result = new ArrayList<>();
        for (InventoryPurchaseOrdersRecord r : orders) {
            result.add(new PurchaseOrder(
                    r.getId(),
                    r.getSupplierId(),
                    r.getForwarderId(),
                    Marketplace.find(r.getMarketplace()).orElseThrow(),
                    PurchaseOrderStatus.valueOf(r.getStatus()),
                    r.getOrderedOn(),
                    r.getPromisedOn(),
                    r.getReadyOn(),
                    r.getShippedOn(),
                    r.getArrivedOn(),
                    r.getReceivedOn(),
                    r.getApprovalId(),
                    r.getNote(),
                    lines.getOrDefault(r.getId(), List.of()),
                    r.getCreatedBy(),
                    Instant.from(r.getCreatedAt()),
                    r.getUpdatedBy(),
                    Instant.from(r.getUpdatedAt())));
        }
        return result;
    }
}
