package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_PURCHASE_ORDER_RECEIPTS;

import dev.bosun.inventory.Receipt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Arrivals of purchase orders' goods, part by part. */
@Repository
public class PurchaseOrderReceipts {

    private final DSLContext db;

    public PurchaseOrderReceipts(DSLContext db) {
        this.db = db;
    }

    public long add(long accountId, Receipt r) {
        var t = INVENTORY_PURCHASE_ORDER_RECEIPTS;
        return db.insertInto(t)
                .set(t.ACCOUNT_ID, accountId)
                .set(t.ORDER_ID, r.orderId())
                .set(t.SKU, r.sku())
                .set(t.UNITS, r.units())
                .set(t.RECEIVED_ON, r.receivedOn())
                .set(t.RECORDED_BY, r.recordedBy())
                .set(t.RECORDED_AT, r.recordedAt().atOffset(ZoneOffset.UTC))
                .returning(t.ID)
                .fetchOne(t.ID);
    }

    /** The receipts of an order, oldest first. */
    public List<Receipt> ofOrder(long accountId, long orderId) {
        var t = INVENTORY_PURCHASE_ORDER_RECEIPTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ORDER_ID.eq(orderId))
                .orderBy(t.RECEIVED_ON, t.ID)
                .fetch(r -> new Receipt(
                        r.getId(),
                        r.getOrderId(),
                        r.getSku(),
                        r.getUnits(),
                        r.getReceivedOn(),
                        r.getRecordedBy(),
                        Instant.from(r.getRecordedAt())));
    }
}
