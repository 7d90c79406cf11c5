package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.OrderItem;
import dev.bosun.simulator.domain.Reimbursement;
import dev.bosun.simulator.domain.RemovalOrder;
import dev.bosun.simulator.domain.ReturnedItem;
import dev.bosun.simulator.domain.Roll;
import dev.bosun.simulator.domain.SettlementCalendar;
import dev.bosun.simulator.domain.StorageMonth;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a V2 settlement flat file ({@code GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2}) for each marketplace and
 * closed fourteen-day period: the summary row with the total paid out, then one row per amount: orders (principal,
 * tax and its withholding as marketplace facilitator tax, promotions, commission, FBA fee), refunds (the same
 * legs reversed, the commission given back less the refund administration fee), reimbursements of lost and damaged
 * inventory, storage fees, and removal and disposal fees ({@code RemovalComplete}, {@code DisposalComplete}).
 * Amounts are in the marketplace's number format; {@code posted-date} in its short date form. Japan's settlements
 * come in the older wide layout instead ({@link WideSettlementRows}), so that both layouts are written.
 */
final class SettlementFiles implements StoreEvents {

    static final List<String> COLUMNS = List.of(
            "settlement-id",
            "settlement-start-date",
            "settlement-end-date",
            "deposit-date",
            "total-amount",
            "currency",
            "transaction-type",
            "order-id",
            "merchant-order-id",
            "adjustment-id",
            "shipment-id",
            "marketplace-name",
            "amount-type",
            "amount-description",
            "amount",
            "fulfillment-id",
            "posted-date",
            "posted-date-time",
            "order-item-code",
            "merchant-order-item-id",
            "merchant-adjustment-item-id",
            "sku",
            "quantity-purchased",
            "promotion-id");

    private final StoreFolder folder;
    private final Map<Marketplace, Map<Integer, List<Line>>> periods = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> transactions = new EnumMap<>(Marketplace.class);
    private Store store;

    SettlementFiles(StoreFolder folder) {
        this.folder = folder;
    }

    /** One amount of a settlement, before the file is written. */
    record Line(int day, Instant at, long amount, String[] cells) {

        String transaction() {
            return cells[6];
        }

        /** The transaction the amount belongs to: an order item's posting, a refund, an adjustment, a fee. */
        String key() {
            return cells[6] + "|" + cells[7] + "|" + cells[9] + "|" + cells[21] + "|" + at;
        }
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            periods.put(marketplace, new HashMap<>());
        }
    }

    @Override
    public void ordered(OrderItem item) {
        if (!item.shipped() || item.fees() == null) {
            return;
        }
        String fulfillment = item.offer().fba() ? "AFN" : "MFN";
        String shipment = "D"
                + Long.toString(Math.abs((long) item.orderId().hashCode()) % 100_000_000L, 36)
                        .toUpperCase(Locale.ROOT);
        String itemCode = orderItemCode(item.orderId(), item.offer().sku());
        List<Line> lines = lines(item.offer().marketplace(), item.shipDay());
        int day = item.shipDay();
        Instant at = item.shippedAt();
        String qty = Integer.toString(item.quantity());
        lines.add(line(
                item,
                day,
                at,
                "Order",
                shipment,
                "ItemPrice",
                "Principal",
                item.itemPrice(),
                fulfillment,
                itemCode,
                qty,
                null));
        if (item.itemTax() != 0) {
            lines.add(line(
                    item,
                    day,
                    at,
                    "Order",
                    shipment,
                    "ItemPrice",
                    "Tax",
                    item.itemTax(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
            lines.add(line(
                    item,
                    day,
                    at,
                    "Order",
                    shipment,
                    "ItemWithheldTax",
                    "MarketplaceFacilitatorTax-Principal",
                    -item.itemTax(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
        }
        if (item.promotionDiscount() != 0) {
            lines.add(line(
                    item,
                    day,
                    at,
                    "Order",
                    shipment,
                    "Promotion",
                    "Principal",
                    -item.promotionDiscount(),
                    fulfillment,
                    itemCode,
                    qty,
                    item.promotionId()));
        }
        lines.add(line(
                item,
                day,
                at,
                "Order",
                shipment,
                "ItemFees",
                "Commission",
                -item.fees().referral(),
                fulfillment,
                itemCode,
                qty,
                null));
        if (item.fees().fulfillment() != 0) {
            lines.add(line(
                    item,
                    day,
                    at,
                    "Order",
                    shipment,
                    "ItemFees",
                    "FBAPerUnitFulfillmentFee",
                    -item.fees().fulfillment(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
        }
    }

    @Override
    public void returned(ReturnedItem item) {
        OrderItem order = item.order();
        if (order.fees() == null) {
            return;
        }
        String fulfillment = item.offer().fba() ? "AFN" : "MFN";
        String itemCode = orderItemCode(order.orderId(), order.offer().sku());
        List<Line> lines = lines(item.offer().marketplace(), item.day());
        int day = item.day();
        Instant at = item.returnedAt();
        String qty = Integer.toString(item.quantity());
        lines.add(line(
                order,
                day,
                at,
                "Refund",
                null,
                "ItemPrice",
                "Principal",
                -order.itemPrice(),
                fulfillment,
                itemCode,
                qty,
                null));
        if (order.itemTax() != 0) {
            lines.add(line(
                    order,
                    day,
                    at,
                    "Refund",
                    null,
                    "ItemPrice",
                    "Tax",
                    -order.itemTax(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
            lines.add(line(
                    order,
                    day,
                    at,
                    "Refund",
                    null,
                    "ItemWithheldTax",
                    "MarketplaceFacilitatorTax-Principal",
                    order.itemTax(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
        }
        if (order.promotionDiscount() != 0) {
            lines.add(line(
                    order,
                    day,
                    at,
                    "Refund",
                    null,
                    "Promotion",
                    "Principal",
                    order.promotionDiscount(),
                    fulfillment,
                    itemCode,
                    qty,
                    order.promotionId()));
        }
        lines.add(line(
                order,
                day,
                at,
                "Refund",
                null,
                "ItemFees",
                "Commission",
                item.refundedReferral(),
                fulfillment,
                itemCode,
                qty,
                null));
        if (item.refundAdministrationFee() != 0) {
            lines.add(line(
                    order,
                    day,
                    at,
                    "Refund",
                    null,
                    "ItemFees",
                    "RefundCommission",
                    -item.refundAdministrationFee(),
                    fulfillment,
                    itemCode,
                    qty,
                    null));
        }
    }

    @Override
    public void reimbursed(Reimbursement r) {
        String description = r.reason().startsWith("Lost") ? "WAREHOUSE_LOST" : "WAREHOUSE_DAMAGE";
        Line line = other(
                r.offer().marketplace(),
                r.day(),
                r.approvedAt(),
                "Adjustment",
                r.id(),
                "FBA Inventory Reimbursement",
                description,
                r.amountTotal(),
                r.offer().sku(),
                Integer.toString(r.quantityCash()));
        lines(r.offer().marketplace(), r.day()).add(line);
    }

    @Override
    public void removalCompleted(RemovalOrder order) {
        if (order.fee() == 0) {
            return;
        }
        Marketplace marketplace = order.offer().marketplace();
        int day = order.completionDay();
        Instant at = store.plan()
                .date(day)
                .atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of("UTC"))
                .toInstant();
        Line line = other(
                marketplace,
                day,
                at,
                "other-transaction",
                null,
                "other-transaction",
                order.type() == RemovalOrder.Type.DISPOSAL ? "DisposalComplete" : "RemovalComplete",
                -order.fee(),
                order.offer().sku(),
                Integer.toString(order.quantity()));
        line.cells()[7] = order.orderId();
        lines(marketplace, day).add(line);
    }

    @Override
    public void stored(StorageMonth month) {
        if (month.charge() == null || month.fee() == 0) {
            return;
        }
        int day = SettlementCalendar.storagePosting(month.day());
        if (day >= store.plan().days()) {
            return;
        }
        Marketplace marketplace = month.offer().marketplace();
        Instant at = store.plan()
                .date(day)
                .atTime(LocalTime.of(6, 0))
                .atZone(ZoneId.of("UTC"))
                .toInstant();
        lines(marketplace, day)
                .add(other(
                        marketplace,
                        day,
                        at,
                        "other-transaction",
                        null,
                        "other-transaction",
                        "Storage Fee",
                        -month.fee(),
                        month.offer().sku(),
                        null));
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        int period = SettlementCalendar.period(day);
        if (day != SettlementCalendar.lastDay(period)) {
            return;
        }
        List<Line> lines = periods.get(marketplace).remove(period);
        if (lines == null) {
            lines = List.of();
        }
        write(marketplace, period, lines);
    }

    @Override
    public void finished(Store store) {
        transactions.values().forEach(TextFile::close);
    }

    private void write(Marketplace marketplace, int period, List<Line> lines) {
        FileLocale locale = folder.locale(marketplace);
        ZoneId zone = marketplace.zone();
        Instant start = store.plan()
                .date(SettlementCalendar.firstDay(period))
                .atStartOfDay(zone)
                .toInstant();
        Instant end = store.plan()
                .date(SettlementCalendar.lastDay(period) + 1)
                .atStartOfDay(zone)
                .toInstant()
                .minusSeconds(1);
        Instant deposit = end.plusSeconds(SettlementCalendar.DEPOSIT_DELAY * 86_400L);
        long total = lines.stream().mapToLong(Line::amount).sum();
        String id = settlementId(marketplace, period);
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::at));
        if (WideSettlementRows.wide(marketplace)) {
            WideSettlementRows.write(folder, marketplace, id, start, end, deposit, total, sorted);
        } else {
            writeV2(marketplace, locale, id, start, end, deposit, total, sorted);
        }
        DateRangeRows.write(
                transactions(marketplace),
                marketplace,
                id,
                sorted.stream()
                        .map(l -> new DateRangeRows.Amount(l.key(), l.at(), l.cells(), l.amount()))
                        .toList(),
                store.locality(marketplace).minorDigits());
    }

    private void writeV2(
            Marketplace marketplace,
            FileLocale locale,
            String id,
            Instant start,
            Instant end,
            Instant deposit,
            long total,
            List<Line> sorted) {
        try (TextFile file =
                folder.flatFile(marketplace, "finance/settlement-" + id + ".txt", "finance.settlement-v2", COLUMNS)) {
            String[] summary = new String[COLUMNS.size()];
            summary[0] = id;
            summary[1] = locale.settlementTime(start);
            summary[2] = locale.settlementTime(end);
            summary[3] = locale.settlementTime(deposit);
            summary[4] = locale.amount(total);
            summary[5] = locale.currency();
            file.row(summary);
            for (Line line : sorted) {
                String[] cells = line.cells().clone();
                cells[0] = id;
                file.row(cells);
            }
        }
    }

    private TextFile transactions(Marketplace marketplace) {
        return transactions.computeIfAbsent(
                marketplace,
                m -> folder.csvFileWithPreamble(
                        m,
                        "finance/date-range-transactions.csv",
                        "finance.transactions-date-range",
                        List.of(
                                "Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions",
                                "All amounts in " + m.currency().getCurrencyCode() + ", unless specified"),
                        DateRangeRows.COLUMNS));
    }

    private String settlementId(Marketplace marketplace, int period) {
        Roll roll = store.dice().roll("settlement-id", marketplace.ordinal());
        return "1" + (marketplace.ordinal() % 10) + roll.digits(5) + String.format(Locale.ROOT, "%04d", period + 1);
    }

    private List<Line> lines(Marketplace marketplace, int day) {
        return periods.get(marketplace).computeIfAbsent(SettlementCalendar.period(day), p -> new ArrayList<>());
    }

    private Line line(
            OrderItem item,
            int day,
            Instant at,
            String transaction,
            String shipment,
            String amountType,
            String description,
            long amount,
            String fulfillment,
            String itemCode,
            String quantity,
            String promotion) {
        Marketplace marketplace = item.offer().marketplace();
        FileLocale locale = folder.locale(marketplace);
        String[] cells = new String[COLUMNS.size()];
        cells[6] = transaction;
        cells[7] = item.orderId();
        cells[9] = "Refund".equals(transaction)
                ? adjustmentId(item.orderId(), item.offer().sku())
                : null;
        cells[10] = shipment;
        cells[11] = item.offer().locality().salesChannel();
        cells[12] = amountType;
        cells[13] = description;
        cells[14] = locale.amount(amount);
        cells[15] = fulfillment;
        cells[16] = locale.shortDate(store.plan().date(day));
        cells[17] = locale.settlementTime(at);
        cells[18] = itemCode;
        cells[21] = item.offer().sku();
        cells[22] = quantity;
        cells[23] = promotion;
        return new Line(day, at, amount, cells);
    }

    private Line other(
            Marketplace marketplace,
            int day,
            Instant at,
            String transaction,
            String adjustment,
            String amountType,
            String description,
            long amount,
            String sku,
            String quantity) {
        FileLocale locale = folder.locale(marketplace);
        String[] cells = new String[COLUMNS.size()];
        cells[6] = transaction;
        cells[9] = adjustment;
        cells[11] = store.locality(marketplace).salesChannel();
        cells[12] = amountType;
        cells[13] = description;
        cells[14] = locale.amount(amount);
        cells[16] = locale.shortDate(store.plan().date(day));
        cells[17] = locale.settlementTime(at);
        cells[21] = sku;
        cells[22] = quantity;
        return new Line(day, at, amount, cells);
    }

    /** A 14-digit order item code: one per line of an order (its SKU), the same in every row about the line. */
    private static String orderItemCode(String orderId, String sku) {
        String key = orderId + "|" + sku;
        long h = 1469598103934665603L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 1099511628211L;
        }
        return String.format(Locale.ROOT, "%014d", Math.floorMod(h, 100_000_000_000_000L));
    }

    private static String adjustmentId(String orderId, String sku) {
        return "A" + orderItemCode(orderId, sku).substring(0, 11);
    }
}
