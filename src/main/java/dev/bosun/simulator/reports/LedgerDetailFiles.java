package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.OrderItem;
import dev.bosun.simulator.domain.ReturnedItem;
import dev.bosun.simulator.domain.StockMovement;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Inventory Ledger report's detailed view ({@code GET_LEDGER_DETAIL_VIEW_DATA}): one line per movement of
 * an FBA offer's units, with what it refers to. Customer shipments on the day they leave (reference: the order),
 * customer returns with the disposition found (the order), receipts (the inbound shipment) and the warehouse's
 * adjustments with Amazon's reason codes: M lost, F found, E damaged in the warehouse (the units leave SELLABLE and
 * enter WAREHOUSE_DAMAGED), D disposed of (the disposal order); units a removal order sends back to the seller are
 * VendorReturns. Each day's lines add up to the summary view's columns of that day.
 */
final class LedgerDetailFiles implements StoreEvents {

    static final List<String> COLUMNS = List.of(
            "Date",
            "FNSKU",
            "ASIN",
            "MSKU",
            "Title",
            "EventType",
            "ReferenceID",
            "Quantity",
            "FulfillmentCenter",
            "Disposition",
            "Reason",
            "Country",
            "ReconciledQuantity",
            "UnreconciledQuantity");

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> files = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, Map<Integer, List<String[]>>> lines = new EnumMap<>(Marketplace.class);
    /** Each offer's unsellable units by disposition, so that a disposal says what it took. */
    private final Map<Offer, Map<String, Integer>> unsellable = new IdentityHashMap<>();

    private Store store;

    LedgerDetailFiles(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            if (store.offers(marketplace).stream().anyMatch(Offer::fba)) {
                files.put(
                        marketplace,
                        folder.flatFile(
                                marketplace, "inventory/ledger-detail.txt", "inventory.ledger-detail", COLUMNS));
                lines.put(marketplace, new HashMap<>());
            }
        }
    }

    @Override
    public void ordered(OrderItem item) {
        if (item.offer().fba() && item.shipped()) {
            add(item.offer(), item.shipDay(), "Shipments", item.orderId(), -item.quantity(), "SELLABLE", null, null);
        }
    }

    @Override
    public void returned(ReturnedItem item) {
        Offer offer = item.offer();
        if (!offer.fba()) {
            return;
        }
        add(
                offer,
                item.day(),
                "CustomerReturns",
                item.order().orderId(),
                item.quantity(),
                item.disposition(),
                null,
                item.fulfillmentCenter());
        if (!item.sellable()) {
            unsellable(offer).merge(item.disposition(), item.quantity(), Integer::sum);
        }
    }

    @Override
    public void stockMoved(StockMovement m) {
        Offer offer = m.offer();
        int day = m.day();
        int units = m.quantity();
        switch (m.kind()) {
            case RECEIPT -> add(offer, day, "Receipts", m.reference(), units, "SELLABLE", null, null);
            case LOST -> add(offer, day, "Adjustments", adjustmentId(m), -units, "SELLABLE", "M", null);
            case FOUND -> add(offer, day, "Adjustments", adjustmentId(m), units, "SELLABLE", "F", null);
            case DAMAGED -> {
                String id = adjustmentId(m);
                add(offer, day, "Adjustments", id, -units, "SELLABLE", "E", null);
                add(offer, day, "Adjustments", id, units, "WAREHOUSE_DAMAGED", "E", null);
                unsellable(offer).merge("WAREHOUSE_DAMAGED", units, Integer::sum);
            }
            case REMOVED -> add(offer, day, "VendorReturns", m.reference(), -units, "SELLABLE", null, null);
            case DISPOSED -> {
                Map<String, Integer> held = unsellable(offer);
                int left = units;
                for (Map.Entry<String, Integer> entry : held.entrySet()) {
                    int taken = Math.min(left, entry.getValue());
                    if (taken > 0) {
                        add(offer, day, "Adjustments", adjustmentId(m), -taken, entry.getKey(), "D", null);
                        left -= taken;
                    }
                }
                if (left > 0) {
                    add(offer, day, "Adjustments", adjustmentId(m), -left, "DEFECTIVE", "D", null);
                }
                held.clear();
            }
        }
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        TextFile file = files.get(marketplace);
        if (file == null) {
            return;
        }
        List<String[]> rows = lines.get(marketplace).remove(day);
        if (rows == null) {
            return;
        }
        String date = folder.locale(marketplace).date(store.plan().date(day));
        for (String[] row : rows) {
            row[0] = date;
            file.row(row);
        }
    }

    @Override
    public void finished(Store store) {
        files.values().forEach(TextFile::close);
    }

    private void add(
            Offer offer,
            int day,
            String eventType,
            String reference,
            int quantity,
            String disposition,
            String reason,
            String center) {
        Marketplace marketplace = offer.marketplace();
        String[] row = new String[COLUMNS.size()];
        row[1] = offer.fnsku();
        row[2] = offer.asin();
        row[3] = offer.sku();
        row[4] = offer.title();
        row[5] = eventType;
        row[6] = reference;
        row[7] = Integer.toString(quantity);
        row[8] = center != null ? center : offer.fulfillmentCenter();
        row[9] = disposition;
        row[10] = reason;
        row[11] = marketplace.code();
        if ("M".equals(reason)) {
            row[12] = "0";
            row[13] = Integer.toString(-quantity);
        }
        lines.get(marketplace).computeIfAbsent(day, d -> new ArrayList<>()).add(row);
    }

    private Map<String, Integer> unsellable(Offer offer) {
        return unsellable.computeIfAbsent(offer, o -> new LinkedHashMap<>());
    }

    /** Amazon's transaction item id of an adjustment: ten digits, the same for both lines of a damage. */
    private static String adjustmentId(StockMovement m) {
        if (m.reference() != null) {
            return m.reference();
        }
        long h = 0xcbf29ce484222325L;
        String key = m.offer().marketplace().code() + "|" + m.offer().sku() + "|" + m.day() + "|" + m.kind();
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return String.format(Locale.ROOT, "%010d", Math.floorMod(h, 10_000_000_000L));
    }
}
