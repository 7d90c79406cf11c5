package dev.bosun.inventory.db;

import static dev.bosun.jooq.Tables.INVENTORY_REPLENISHMENT_LINES;
import static dev.bosun.jooq.Tables.INVENTORY_REPLENISHMENT_SHEETS;

import dev.bosun.inventory.InboundDays;
import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.SkuOutlook;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replenishment sheets as last computed: a head per account and marketplace (day, fingerprint of the sources,
 * when and how long) and one row per SKU with the sheet line and the SKU's history and forecast as JSON. A sheet is
 * replaced whole, under a transaction-scoped advisory lock per account and marketplace, so readers see either the
 * old sheet or the new one.
 */
@Repository
public class ReplenishmentSheets {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int CHUNK = 250;

    private final DSLContext db;

    public ReplenishmentSheets(DSLContext db) {
        this.db = db;
    }

    /** A sheet's head: the day it is for and the fingerprint of what it was computed from. */
    public record Head(
            LocalDate asOf, String fingerprint, Instant computedAt, long tookMillis, int skus, InboundDays inbound) {}

    /** A SKU's daily sales and forecast as stored with its line. */
    public record Outlook(List<SkuOutlook.SoldDay> history, List<SkuOutlook.ForecastDay> forecast) {}

    /** One SKU of a sheet to store. */
    public record Row(ReplenishmentLine line, Outlook outlook) {}

    public Optional<Head> head(long accountId, Marketplace marketplace) {
        var s = INVENTORY_REPLENISHMENT_SHEETS;
        return db.selectFrom(s)
                .where(s.ACCOUNT_ID.eq(accountId))
                .and(s.MARKETPLACE.eq(marketplace.code()))
                .fetchOptional()
                .flatMap(r -> {
                    InboundDays inbound = read(r.getInbound(), InboundDays.class);
                    return inbound == null
                            ? Optional.empty()
                            : Optional.of(new Head(
                                    r.getAsOf(),
                                    r.getFingerprint(),
                                    r.getComputedAt().toInstant(),
                                    r.getTookMs(),
                                    r.getSkus(),
                                    inbound));
                });
    }

    /**
     * The stored lines of a sheet, by SKU; empty when a line no longer reads (the sheet's shape changed since: the
     * fingerprint then differs too and a new computation replaces it).
     */
    public Optional<List<ReplenishmentLine>> lines(long accountId, Marketplace marketplace) {
        var l = INVENTORY_REPLENISHMENT_LINES;
        List<ReplenishmentLine> lines = new ArrayList<>();
        for (String json : db.select(l.LINE)
                .from(l)
                .where(l.ACCOUNT_ID.eq(accountId))
                .and(l.MARKETPLACE.eq(marketplace.code()))
                .orderBy(l.SKU)
                .fetch(l.LINE)) {
            ReplenishmentLine line = read(json, ReplenishmentLine.class);
            if (line == null) {
                return Optional.empty();
            }
            lines.add(line);
        }
        return Optional.of(lines);
    }

    /** One SKU's stored line with its history and forecast. */
    public Optional<Row> row(long accountId, Marketplace marketplace, String sku) {
        var l = INVENTORY_REPLENISHMENT_LINES;
        return db.select(l.LINE, l.OUTLOOK)
                .from(l)
                .where(l.ACCOUNT_ID.eq(accountId))
                .and(l.MARKETPLACE.eq(marketplace.code()))
                .and(l.SKU.eq(sku))
                .fetchOptional()
                .flatMap(r -> {
                    ReplenishmentLine line = read(r.value1(), ReplenishmentLine.class);
                    Outlook outlook = r.value2() == null ? null : read(r.value2(), Outlook.class);
                    return line == null
                            ? Optional.empty()
                            : Optional.of(new Row(line, outlook == null ? new Outlook(List.of(), List.of()) : outlook));
                });
    }

    /** Replaces the sheet of a marketplace; call inside a transaction. */
    public void replace(long accountId, Marketplace marketplace, Head head, List<Row> rows) {
        db.execute("select pg_advisory_xact_lock(?, ?)", 7_240, (int) (accountId * 31 + marketplace.ordinal()));
        var s = INVENTORY_REPLENISHMENT_SHEETS;
        var l = INVENTORY_REPLENISHMENT_LINES;
        db.deleteFrom(s)
                .where(s.ACCOUNT_ID.eq(accountId))
                .and(s.MARKETPLACE.eq(marketplace.code()))
                .execute();
        db.insertInto(s)
                .set(s.ACCOUNT_ID, accountId)
                .set(s.MARKETPLACE, marketplace.code())
                .set(s.AS_OF, head.asOf())
                .set(s.FINGERPRINT, head.fingerprint())
                .set(s.COMPUTED_AT, head.computedAt().atOffset(ZoneOffset.UTC))
                .set(s.TOOK_MS, head.tookMillis())
                .set(s.SKUS, head.skus())
                .set(s.INBOUND, JSON.writeValueAsString(head.inbound()))
                .execute();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            InsertValuesStep6<?, Long, String, String, Boolean, String, String> insert =
                    db.insertInto(l, l.ACCOUNT_ID, l.MARKETPLACE, l.SKU, l.WARNING, l.LINE, l.OUTLOOK);
            for (Row row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                insert = insert.values(
                        accountId,
                        marketplace.code(),
                        row.line().position().sku(),
                        row.line().warning(),
                        JSON.writeValueAsString(row.line()),
                        row.outlook() == null ? null : JSON.writeValueAsString(row.outlook()));
            }
            insert.execute();
        }
    }

    /**
     * What the account's sheets are computed from besides imports and the day: hand counts, purchase orders and their
     * receipts, suppliers, forwarders and SKU links, as one text that changes whenever any of them changes.
     */
    public String sourcesDigest(long accountId) {
        return db.resultQuery("""
                        select concat_ws('|',
                          (select count(*) || ' ' || coalesce(max(id), 0) from inventory_stock_counts
                            where account_id = ?),
                          (select count(*) || ' ' || coalesce(max(updated_at)::text, '') from inventory_purchase_orders
                            where account_id = ?),
                          (select count(*) || ' ' || coalesce(max(id), 0) from inventory_purchase_order_receipts
                            where account_id = ?),
                          (select count(*) || ' ' || coalesce(max(updated_at)::text, '') from inventory_suppliers
                            where account_id = ?),
                          (select count(*) || ' ' || coalesce(max(updated_at)::text, '') from inventory_forwarders
                            where account_id = ?),
                          (select count(*) || ' ' || coalesce(max(updated_at)::text, '') from inventory_sku_supply
                            where account_id = ?))
                        """, accountId, accountId, accountId, accountId, accountId, accountId)
                .fetchOne(0, String.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }
}
