package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_SKU_SUPPLY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which supplier (and forwarder) replenishes each SKU. */
@Repository
public class SkuSupplies {

    /** A SKU's supplier and forwarder (null when none). */
    public record Link(long supplierId, Long forwarderId) {}

    private final DSLContext db;

    public SkuSupplies(DSLContext db) {
        this.db = db;
    }

    public void link(long accountId, String sku, long supplierId, Long forwarderId, String by, Instant at) {
        var t = INVENTORY_SKU_SUPPLY;
        db.insertInto(t)
                .set(t.ACCOUNT_ID, accountId)
                .set(t.SKU, sku)
                .set(t.SUPPLIER_ID, supplierId)
                .set(t.FORWARDER_ID, forwarderId)
                .set(t.UPDATED_BY, by)
                .set(t.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(t.ACCOUNT_ID, t.SKU)
                .doUpdate()
                .set(t.SUPPLIER_ID, supplierId)
                .set(t.FORWARDER_ID, forwarderId)
                .set(t.UPDATED_BY, by)
                .set(t.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public boolean unlink(long accountId, String sku) {
        var t = INVENTORY_SKU_SUPPLY;
        return db.deleteFrom(t)
                        .where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.SKU.eq(sku))
                        .execute()
                > 0;
    }

    /** Every linked SKU of the account with its link. */
    public Map<String, Link> all(long accountId) {
        var t = INVENTORY_SKU_SUPPLY;
        Map<String, Link> links = new HashMap<>();
        db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .forEach(r -> links.put(r.getSku(), new Link(r.getSupplierId(), r.getForwarderId())));
        return links;
    }
}
