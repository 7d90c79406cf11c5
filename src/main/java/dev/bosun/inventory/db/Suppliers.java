package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_SUPPLIERS;

import dev.bosun.inventory.Supplier;
import dev.bosun.jooq.tables.records.InventorySuppliersRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Suppliers by account. */
@Repository
public class Suppliers {

    private final DSLContext db;

    public Suppliers(DSLContext db) {
        this.db = db;
    }

    /** Inserts (id 0) or updates the supplier; returns its id. */
    public long save(long accountId, Supplier s) {
        var t = INVENTORY_SUPPLIERS;
        InventorySuppliersRecord r = s.id() == 0
                ? db.newRecord(t)
                : db.fetchOptional(t, t.ACCOUNT_ID.eq(accountId).and(t.ID.eq(s.id())))
                        .orElseThrow();
        r.setAccountId(accountId);
        r.setName(s.name());
        r.setContactName(s.contactName());
        r.setEmail(s.email());
        r.setPhone(s.phone());
        r.setAddress(s.address());
        r.setMoq(s.moq());
        r.setCasePack(s.casePack());
        r.setProductionDays(s.productionDays());
        r.setPaymentTerms(s.paymentTerms());
        r.setDefectRate(s.defectRate());
        r.setContractNotes(s.contractNotes());
        r.setContingencyNotes(s.contingencyNotes());
        r.setUpdatedBy(s.updatedBy());
        r.setUpdatedAt(s.updatedAt().atOffset(ZoneOffset.UTC));
        r.store();
        return r.getId();
    }

    public List<Supplier> all(long accountId) {
        var t = INVENTORY_SUPPLIERS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.NAME)
                .fetch(Suppliers::supplier);
    }

    public Optional<Supplier> find(long accountId, long id) {
        var t = INVENTORY_SUPPLIERS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.ID.eq(id))
                .fetchOptional(Suppliers::supplier);
    }

    public boolean nameTaken(long accountId, String name, long exceptId) {
        var t = INVENTORY_SUPPLIERS;
        return db.fetchExists(t, t.ACCOUNT_ID.eq(accountId).and(t.NAME.eq(name)).and(t.ID.ne(exceptId)));
    }

    public boolean delete(long accountId, long id) {
        var t = INVENTORY_SUPPLIERS;
        return db.deleteFrom(t)
                        .where(t.ACCOUNT_ID.eq(accountId))
                        .and(t.ID.eq(id))
                        .execute()
                > 0;
    }

    private static Supplier supplier(InventorySuppliersRecord r) {
        return new Supplier(
                r.getId(),
                r.getName(),
                r.getContactName(),
                r.getEmail(),
                r.getPhone(),
                r.getAddress(),
                r.getMoq(),
                r.getCasePack(),
                r.getProductionDays(),
                r.getPaymentTerms(),
                r.getDefectRate(),
                r.getContractNotes(),
                r.getContingencyNotes(),
                r.getUpdatedBy(),
                Instant.from(r.getUpdatedAt()));
    }
}
