package dev.bosun.orders.db;

import static dev.bosun.jooq.Tables.FBA_CUSTOMER_RETURNS;

import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.domain.ReturnReasons;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** FBA customer returns by account, order, SKU, license plate number and return time. */
@Repository
public class CustomerReturns {

    /** Stored for a row without license plate number, so that the key has no null in it. */
    private static final String NO_LPN = "";

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "order_id",
            "sku",
            "license_plate_number",
            "returned_at",
            "marketplace",
            "asin",
            "fnsku",
            "product_name",
            "quantity",
            "fulfillment_center_id",
            "detailed_disposition",
            "reason",
            "status",
            "customer_comments",
            "batch_id");
    private static final List<String> KEY =
            List.of("account_id", "order_id", "sku", "license_plate_number", "returned_at");

    private final DSLContext db;

    public CustomerReturns(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(BulkUpsert.into(db, "fba_customer_returns", COLUMNS, KEY), accountId, batchId);
    }

    public List<CustomerReturn> ofOrder(long accountId, String orderId) {
        return db.selectFrom(FBA_CUSTOMER_RETURNS)
                .where(FBA_CUSTOMER_RETURNS.ACCOUNT_ID.eq(accountId).and(FBA_CUSTOMER_RETURNS.ORDER_ID.eq(orderId)))
                .orderBy(
                        FBA_CUSTOMER_RETURNS.RETURNED_AT,
                        FBA_CUSTOMER_RETURNS.SKU,
                        FBA_CUSTOMER_RETURNS.LICENSE_PLATE_NUMBER)
                .fetch(CustomerReturns::toReturn);
    }

    /** The returns that arrived at or after an instant, oldest first. */
    public List<CustomerReturn> since(long accountId, Instant from) {
        return db.selectFrom(FBA_CUSTOMER_RETURNS)
                .where(FBA_CUSTOMER_RETURNS.ACCOUNT_ID.eq(accountId))
                .and(FBA_CUSTOMER_RETURNS.RETURNED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .orderBy(FBA_CUSTOMER_RETURNS.RETURNED_AT, FBA_CUSTOMER_RETURNS.ORDER_ID, FBA_CUSTOMER_RETURNS.SKU)
                .fetch(CustomerReturns::toReturn);
    }

    /** The returns between two instants (half-open), oldest first. */
    public List<CustomerReturn> between(long accountId, Instant from, Instant to) {
        return db.selectFrom(FBA_CUSTOMER_RETURNS)
                .where(FBA_CUSTOMER_RETURNS.ACCOUNT_ID.eq(accountId))
                .and(FBA_CUSTOMER_RETURNS.RETURNED_AT.ge(from.atOffset(java.time.ZoneOffset.UTC)))
                .and(FBA_CUSTOMER_RETURNS.RETURNED_AT.lt(to.atOffset(java.time.ZoneOffset.UTC)))
                .orderBy(FBA_CUSTOMER_RETURNS.RETURNED_AT, FBA_CUSTOMER_RETURNS.SKU)
                .fetch(CustomerReturns::toReturn);
    }

    /** Units returned between two instants (half-open), by reason code as given ("" for none). */
    public Map<String, Long> unitsByReason(long accountId, Instant from, Instant to) {
        var units = DSL.sum(FBA_CUSTOMER_RETURNS.QUANTITY).cast(Long.class);
        Map<String, Long> byReason = new LinkedHashMap<>();
        db.select(FBA_CUSTOMER_RETURNS.REASON, units)
                .from(FBA_CUSTOMER_RETURNS)
                .where(FBA_CUSTOMER_RETURNS
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(FBA_CUSTOMER_RETURNS.RETURNED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                        .and(FBA_CUSTOMER_RETURNS.RETURNED_AT.lt(to.atOffset(ZoneOffset.UTC))))
                .groupBy(FBA_CUSTOMER_RETURNS.REASON)
                .orderBy(FBA_CUSTOMER_RETURNS.REASON)
                .forEach(r -> byReason.put(r.value1() == null ? "" : r.value1(), r.value2()));
        return byReason;
    }

    /** A SKU's returned units by reason code ({@code ""} for none), with the ASIN the report gives. */
    public record SkuReasonUnits(
            String sku, String asin, Map<String, Long> unitsByCode, Map<String, Long> ordersByCode) {}

    /** Units returned in {@code from..to} (half-open) per SKU and reason code, by SKU. */
    public List<SkuReasonUnits> unitsBySkuAndReason(long accountId, Instant from, Instant to) {
        var t = FBA_CUSTOMER_RETURNS;
        var units = DSL.sum(t.QUANTITY).cast(Long.class);
        var asin = DSL.max(t.ASIN);
        var orders = DSL.countDistinct(t.ORDER_ID).cast(Long.class);
        Map<String, String> asins = new LinkedHashMap<>();
        Map<String, Map<String, Long>> bySku = new LinkedHashMap<>();
        Map<String, Map<String, Long>> ordersBySku = new LinkedHashMap<>();
        db.select(t.SKU, t.REASON, asin, units, orders)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.RETURNED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(t.RETURNED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .groupBy(t.SKU, t.REASON)
                .orderBy(t.SKU, t.REASON)
                .forEach(r -> {
                    if (r.value3() != null) {
                        asins.put(r.value1(), r.value3());
                    }
                    bySku.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                            .merge(r.value2() == null ? "" : r.value2(), r.value4(), Long::sum);
                    ordersBySku
                            .computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                            .merge(r.value2() == null ? "" : r.value2(), r.value5(), Long::sum);
                });
        return bySku.entrySet().stream()
                .map(e -> new SkuReasonUnits(
                        e.getKey(), asins.get(e.getKey()), e.getValue(), ordersBySku.get(e.getKey())))
                .toList();
    }

    private static CustomerReturn toReturn(Record r) {
        String lpn = r.get(FBA_CUSTOMER_RETURNS.LICENSE_PLATE_NUMBER);
        String marketplace = r.get(FBA_CUSTOMER_RETURNS.MARKETPLACE);
        return new CustomerReturn(
                r.get(FBA_CUSTOMER_RETURNS.ORDER_ID),
                r.get(FBA_CUSTOMER_RETURNS.SKU),
                NO_LPN.equals(lpn) ? null : lpn,
                instant(r.get(FBA_CUSTOMER_RETURNS.RETURNED_AT)),
                marketplace == null ? null : Marketplace.valueOf(marketplace),
                r.get(FBA_CUSTOMER_RETURNS.ASIN),
                r.get(FBA_CUSTOMER_RETURNS.FNSKU),
                r.get(FBA_CUSTOMER_RETURNS.PRODUCT_NAME),
                r.get(FBA_CUSTOMER_RETURNS.QUANTITY),
                r.get(FBA_CUSTOMER_RETURNS.FULFILLMENT_CENTER_ID),
                r.get(FBA_CUSTOMER_RETURNS.DETAILED_DISPOSITION),
                ReturnReasons.of(r.get(FBA_CUSTOMER_RETURNS.REASON)),
                r.get(FBA_CUSTOMER_RETURNS.STATUS),
                r.get(FBA_CUSTOMER_RETURNS.CUSTOMER_COMMENTS));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** Buffers returns and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(CustomerReturn r) {
            upsert.add(
                    accountId,
                    r.orderId(),
                    r.sku(),
                    r.licensePlateNumber() == null ? NO_LPN : r.licensePlateNumber(),
                    r.returnedAt(),
                    r.marketplace() == null ? null : r.marketplace().code(),
                    r.asin(),
                    r.fnsku(),
                    r.productName(),
                    r.quantity(),
                    r.fulfillmentCenterId(),
                    r.detailedDisposition(),
                    r.reason() == null ? null : r.reason().code(),
                    r.status(),
                    r.customerComments(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
