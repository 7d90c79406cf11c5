package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_INBOUND_SHIPMENTS;
import static dev.bosun.jooq.Tables.FINANCE_INBOUND_SHIPMENT_LINES;

import dev.bosun.finance.AllocationBasis;
import dev.bosun.finance.InboundShipment;
import dev.bosun.jooq.tables.records.FinanceInboundShipmentsRecord;
import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Inbound shipments' first-leg bills with how they were shared among their SKUs. */
@Repository
public class InboundShipments {

    private final DSLContext db;

    InboundShipments(DSLContext db) {
        this.db = db;
    }

    /** The account's shipments, newest first. */
    public List<InboundShipment> of(long accountId) {
        var headers = db.selectFrom(FINANCE_INBOUND_SHIPMENTS)
                .where(FINANCE_INBOUND_SHIPMENTS.ACCOUNT_ID.eq(accountId))
                .orderBy(FINANCE_INBOUND_SHIPMENTS.SHIPMENT_DATE.desc(), FINANCE_INBOUND_SHIPMENTS.ID.desc())
                .fetch();
        Map<Long, List<InboundShipment.Line>> lines = new LinkedHashMap<>();
        Map<Long, Currency> currencies = new LinkedHashMap<>();
        headers.forEach(h -> currencies.put(h.getId(), Currency.getInstance(h.getCurrency())));
        db.selectFrom(FINANCE_INBOUND_SHIPMENT_LINES)
                .where(FINANCE_INBOUND_SHIPMENT_LINES.ACCOUNT_ID.eq(accountId))
                .orderBy(FINANCE_INBOUND_SHIPMENT_LINES.SHIPMENT_ID, FINANCE_INBOUND_SHIPMENT_LINES.SKU)
                .forEach(l -> {
                    Currency currency = currencies.get(l.getShipmentId());
                    lines.computeIfAbsent(l.getShipmentId(), id -> new ArrayList<>())
                            .add(new InboundShipment.Line(
                                    l.getSku(),
                                    l.getUnits(),
                                    l.getShare().stripTrailingZeros(),
                                    Money.of(l.getFreight(), currency),
                                    Money.of(l.getDuties(), currency)));
                });
        return headers.stream()
                .map(h -> shipment(h, lines.getOrDefault(h.getId(), List.of())))
                .toList();
    }

    public Optional<InboundShipment> named(long accountId, String name) {
        return of(accountId).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Stores a shipment by its name: a new one is inserted, a different one replaces the stored one (lines and
     * all), an identical one is left as it is.
     */
    public Saved save(long accountId, InboundShipment shipment, Long batchId, String by, Instant at) {
        Optional<InboundShipment> stored = named(accountId, shipment.name());
        if (stored.isPresent() && same(stored.get(), shipment)) {
            return new Saved(stored.get(), Change.UNCHANGED);
        }
        long id;
        if (stored.isPresent()) {
            id = stored.get().id();
            db.update(FINANCE_INBOUND_SHIPMENTS)
                    .set(FINANCE_INBOUND_SHIPMENTS.SHIPMENT_DATE, shipment.date())
                    .set(FINANCE_INBOUND_SHIPMENTS.FORWARDER, shipment.forwarder())
                    .set(FINANCE_INBOUND_SHIPMENTS.FREIGHT, shipment.freight().amount())
                    .set(FINANCE_INBOUND_SHIPMENTS.DUTIES, shipment.duties().amount())
                    .set(
                            FINANCE_INBOUND_SHIPMENTS.CURRENCY,
                            shipment.freight().currency().getCurrencyCode())
                    .set(FINANCE_INBOUND_SHIPMENTS.BASIS, shipment.basis().name())
                    .set(FINANCE_INBOUND_SHIPMENTS.BATCH_ID, batchId)
                    .set(FINANCE_INBOUND_SHIPMENTS.ENTERED_BY, by)
                    .set(FINANCE_INBOUND_SHIPMENTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                    .where(FINANCE_INBOUND_SHIPMENTS.ACCOUNT_ID.eq(accountId))
                    .and(FINANCE_INBOUND_SHIPMENTS.ID.eq(id))
                    .execute();
            db.deleteFrom(FINANCE_INBOUND_SHIPMENT_LINES)
                    .where(FINANCE_INBOUND_SHIPMENT_LINES.ACCOUNT_ID.eq(accountId))
                    .and(FINANCE_INBOUND_SHIPMENT_LINES.SHIPMENT_ID.eq(id))
                    .execute();
        } else {
            id = db.insertInto(FINANCE_INBOUND_SHIPMENTS)
                    .set(FINANCE_INBOUND_SHIPMENTS.ACCOUNT_ID, accountId)
                    .set(FINANCE_INBOUND_SHIPMENTS.NAME, shipment.name())
                    .set(FINANCE_INBOUND_SHIPMENTS.SHIPMENT_DATE, shipment.date())
                    .set(FINANCE_INBOUND_SHIPMENTS.FORWARDER, shipment.forwarder())
                    .set(FINANCE_INBOUND_SHIPMENTS.FREIGHT, shipment.freight().amount())
                    .set(FINANCE_INBOUND_SHIPMENTS.DUTIES, shipment.duties().amount())
                    .set(
                            FINANCE_INBOUND_SHIPMENTS.CURRENCY,
                            shipment.freight().currency().getCurrencyCode())
                    .set(FINANCE_INBOUND_SHIPMENTS.BASIS, shipment.basis().name())
                    .set(FINANCE_INBOUND_SHIPMENTS.BATCH_ID, batchId)
                    .set(FINANCE_INBOUND_SHIPMENTS.ENTERED_BY, by)
                    .set(FINANCE_INBOUND_SHIPMENTS.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                    .returningResult(FINANCE_INBOUND_SHIPMENTS.ID)
                    .fetchOne()
                    .value1();
        }
        var insert = db.insertInto(
                FINANCE_INBOUND_SHIPMENT_LINES,
                FINANCE_INBOUND_SHIPMENT_LINES.ACCOUNT_ID,
                FINANCE_INBOUND_SHIPMENT_LINES.SHIPMENT_ID,
                FINANCE_INBOUND_SHIPMENT_LINES.SKU,
                FINANCE_INBOUND_SHIPMENT_LINES.UNITS,
                FINANCE_INBOUND_SHIPMENT_LINES.SHARE,
                FINANCE_INBOUND_SHIPMENT_LINES.FREIGHT,
                FINANCE_INBOUND_SHIPMENT_LINES.DUTIES);
        for (InboundShipment.Line line : shipment.lines()) {
            insert = insert.values(
                    accountId,
                    id,
                    line.sku(),
                    line.units(),
                    line.share(),
                    line.freight().amount(),
                    line.duties().amount());
        }
        insert.execute();
        InboundShipment saved = new InboundShipment(
                id,
                shipment.name(),
                shipment.date(),
                shipment.forwarder(),
                shipment.freight(),
                shipment.duties(),
                shipment.basis(),
                shipment.lines());
        return new Saved(saved, stored.isPresent() ? Change.UPDATED : Change.INSERTED);
    }

    public long forget(long accountId, long batchId) {
        return db.deleteFrom(FINANCE_INBOUND_SHIPMENTS)
                .where(FINANCE_INBOUND_SHIPMENTS.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_INBOUND_SHIPMENTS.BATCH_ID.eq(batchId))
                .execute();
    }

    public boolean delete(long accountId, long id) {
        return db.deleteFrom(FINANCE_INBOUND_SHIPMENTS)
                        .where(FINANCE_INBOUND_SHIPMENTS.ACCOUNT_ID.eq(accountId))
                        .and(FINANCE_INBOUND_SHIPMENTS.ID.eq(id))
                        .execute()
                > 0;
    }

    private static InboundShipment shipment(FinanceInboundShipmentsRecord h, List<InboundShipment.Line> lines) {
        Currency currency = Currency.getInstance(h.getCurrency());
        return new InboundShipment(
                h.getId(),
                h.getName(),
                h.getShipmentDate(),
                h.getForwarder(),
                Money.of(h.getFreight(), currency),
                Money.of(h.getDuties(), currency),
                AllocationBasis.valueOf(h.getBasis()),
                lines);
    }

    private static boolean same(InboundShipment a, InboundShipment b) {
        if (!a.date().equals(b.date())
                || !java.util.Objects.equals(a.forwarder(), b.forwarder())
                || !sameMoney(a.freight(), b.freight())
                || !sameMoney(a.duties(), b.duties())
                || a.basis() != b.basis()
                || a.lines().size() != b.lines().size()) {
            return false;
        }
        Map<String, InboundShipment.Line> bySku = new LinkedHashMap<>();
        a.lines().forEach(l -> bySku.put(l.sku(), l));
        for (InboundShipment.Line line : b.lines()) {
            InboundShipment.Line other = bySku.get(line.sku());
            if (other == null
                    || other.units() != line.units()
                    || other.share().compareTo(line.share()) != 0
                    || !sameMoney(other.freight(), line.freight())
                    || !sameMoney(other.duties(), line.duties())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMoney(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    /** What saving did. */
    public enum Change {
        INSERTED,
        UPDATED,
        UNCHANGED
    }

    public record Saved(InboundShipment shipment, Change change) {}
}
