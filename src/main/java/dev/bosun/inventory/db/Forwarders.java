package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_FORWARDERS;
import static dev.bosun.jooq.Tables.INVENTORY_SKU_SUPPLY;

import dev.bosun.inventory.Forwarder;
import dev.bosun.jooq.tables.records.InventoryForwardersRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Forwarders by account. */
@Repository
public class Forwarders {

    private final DSLContext db;

    public Forwarders(DSLContext db) {
        this.db = db;
    }

    /** Inserts (id 0) or updates the forwarder; returns its id. */
    public long save(long accountId, Forwarder f) {
        var t = INVENTORY_FORWARDERS;
        InventoryForwardersRecord r = f.id() == 0
                ? db.newRecord(t)
                : db.fetchOptional(t, t.ACCOUNT_ID.eq(accountId).and(t.ID.eq(f.id())))
                        .orElseThrow();
        r.setAccountId(accountId);
        r.setName(f.name());
        r.setContactName(f.contactName());
        r.setEmail(f.email());
        r.setPhone(f.phone());
        r.setRoute(f.route());
        r.setTransitDays(f.transitDays());
        r.setCheckInDays(f.checkInDays());
        r.setCurrency(f.currency());
        r.setCostPerKg(f.costPerKg());
        r.setCostPerCbm(f.costPerCbm());
        r.setDamageRate(f.damageRate());
        r.setContractNotes(f.contractNotes());
        r.setContingencyNotes(f.contingencyNotes());
        r.setUpdatedBy(f.updatedBy());
        r.setUpdatedAt(f.updatedAt().atOffset(ZoneOffset.UTC));
        r.store();
        return r.getId();
    }

    public List<Forwarder> all(long accountId) {
        var t = INVENTORY_FORWARDERS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.NAME)
                .fetch(Forwarders::forwarder);
    }

    public Optional<Forwarder> find(long accountId, long id) {
        var t = INVENTORY_FORWARDERS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.eq(id))
                .fetchOptional(Forwarders::forwarder);
    }

    public boolean nameTaken(long accountId, String name, long exceptId) {
        var t = INVENTORY_FORWARDERS;
        return db.fetchExists(t, t.ACCOUNT_ID.eq(accountId).and(t.NAME.eq(name)).and(t.ID.ne(exceptId)));
    }

    /** Deletes the forwarder after unlinking it from SKUs. */
    public boolean delete(long accountId, long id) {
        var s = INVENTORY_SKU_SUPPLY;
        db.update(s)
                .set(s.FORWARDER_ID, DSL.castNull(Long.class))
                .where(s.ACCOUNT_ID.eq(accountId))
                .and(s.FORWARDER_ID.eq(id))
                .execute();
        var t = INVENTORY_FORWARDERS;
        return db.deleteFrom(t)
                        .where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.ID.eq(id))
                        .execute()
                > 0;
    }

    private static Forwarder forwarder(InventoryForwardersRecord r) {
        return new Forwarder(
                r.getId(),
                r.getName(),
                r.getContactName(),
                r.getEmail(),
                r.getPhone(),
                r.getRoute(),
                r.getTransitDays(),
                r.getCheckInDays(),
                r.getCurrency(),
                r.getCostPerKg(),
                r.getCostPerCbm(),
                r.getDamageRate(),
                r.getContractNotes(),
                r.getContingencyNotes(),
                r.getUpdatedBy(),
                Instant.from(r.getUpdatedAt()));
    }
}
