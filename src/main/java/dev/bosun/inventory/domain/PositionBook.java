package dev.bosun.inventory.domain;

import dev.bosun.inventory.StockCount;
import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.StockPosition;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.inventory.WarehouseStock;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Combines FBA snapshots and hand counts into stock positions per SKU and day of one marketplace. On a day, a SKU's
 * FBA figures are those of its latest snapshot on or before the day, and each warehouse outside Amazon holds its
 * latest count on or before the day (a warehouse counted once keeps that count until counted again).
 */
public final class PositionBook {

    private final Marketplace marketplace;
    private final Map<String, TreeMap<LocalDate, StockSnapshot>> snapshots = new HashMap<>();
    private final Map<String, Map<String, TreeMap<LocalDate, StockCount>>> counts = new HashMap<>();

    /**
     * @param snapshots the marketplace's FBA snapshots (any SKUs and days; other marketplaces are ignored)
     * @param counts the marketplace's hand counts (other marketplaces are ignored); of two counts of a warehouse on
     *     the same day the later entered one counts
     */
    public PositionBook(Marketplace marketplace, List<StockSnapshot> snapshots, List<StockCount> counts) {
        this.marketplace = marketplace;
        for (StockSnapshot s : snapshots) {
            if (s.marketplace() == marketplace) {
                this.snapshots.computeIfAbsent(s.sku(), k -> new TreeMap<>()).put(s.snapshotDate(), s);
            }
        }
        List<StockCount> ordered = new ArrayList<>(counts);
        ordered.sort(Comparator.comparing(StockCount::recordedAt).thenComparing(StockCount::id));
        for (StockCount c : ordered) {
            if (c.marketplace() == marketplace) {
                this.counts
                        .computeIfAbsent(c.sku(), k -> new HashMap<>())
                        .computeIfAbsent(c.location() + "\u0000" + c.locationName(), k -> new TreeMap<>())
                        .put(c.countedOn(), c);
            }
        }
    }

    /** Every SKU with a snapshot or a count, by SKU. */
    public List<String> skus() {
        TreeSet<String> skus = new TreeSet<>(snapshots.keySet());
        skus.addAll(counts.keySet());
        return List.copyOf(skus);
    }

    /** Each SKU's position on the day; SKUs with nothing known on or before the day are left out. By SKU. */
    public List<StockPosition> on(LocalDate day) {
        List<StockPosition> positions = new ArrayList<>();
        for (String sku : skus()) {
            StockPosition p = position(sku, day);
            if (p != null) {
                positions.add(p);
            }
        }
        return positions;
    }

    /** A SKU's position on every day from {@code from} to {@code to} on which something is known. Oldest first. */
    public List<StockPosition> history(String sku, LocalDate from, LocalDate to) {
        List<StockPosition> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            StockPosition p = position(sku, d);
            if (p != null) {
                days.add(p);
            }
        }
        return days;
    }

    /**
     * What each warehouse outside Amazon holds of a SKU on the day (its latest count on or before it), warehouses
     * holding units only: 3PLs first, then own warehouses, the fullest first within each, then by name.
     */
    public List<WarehouseStock> warehouses(String sku, LocalDate day) {
        List<WarehouseStock> held = new ArrayList<>();
        for (TreeMap<LocalDate, StockCount> warehouse :
                counts.getOrDefault(sku, Map.of()).values()) {
            Map.Entry<LocalDate, StockCount> latest = warehouse.floorEntry(day);
            if (latest != null && latest.getValue().quantity() > 0) {
                StockCount c = latest.getValue();
                held.add(new WarehouseStock(c.location(), c.locationName(), c.quantity()));
            }
        }
        held.sort(Comparator.comparing((WarehouseStock w) -> w.location() != StockLocation.THIRD_PARTY)
                .thenComparing(Comparator.comparingInt(WarehouseStock::units).reversed())
                .thenComparing(WarehouseStock::name));
        return held;
    }

    /** A SKU's position on a day, or null when neither a snapshot nor a count reaches it. */
    public StockPosition position(String sku, LocalDate day) {
        TreeMap<LocalDate, StockSnapshot> own = snapshots.get(sku);
        Map.Entry<LocalDate, StockSnapshot> fba = own == null ? null : own.floorEntry(day);
        int ownWarehouse = 0;
        int thirdParty = 0;
        boolean counted = false;
        for (TreeMap<LocalDate, StockCount> warehouse :
                counts.getOrDefault(sku, Map.of()).values()) {
            Map.Entry<LocalDate, StockCount> latest = warehouse.floorEntry(day);
            if (latest == null) {
                continue;
            }
            counted = true;
            StockCount c = latest.getValue();
            if (c.location() == StockLocation.OWN_WAREHOUSE) {
                ownWarehouse += c.quantity();
            } else {
                thirdParty += c.quantity();
            }
        }
        if (fba == null && !counted) {
            return null;
        }
        StockSnapshot s = fba == null ? null : fba.getValue();
        return new StockPosition(
                marketplace,
                sku,
                day,
                s == null ? null : s.snapshotDate(),
                s == null ? null : s.asin(),
                s == null ? null : s.productName(),
                s == null ? 0 : nz(s.fulfillable()),
                s == null ? 0 : nz(s.inboundWorking()),
                s == null ? 0 : nz(s.inboundShipped()),
                s == null ? 0 : nz(s.inboundReceiving()),
                s == null ? 0 : nz(s.reserved()),
                s == null ? 0 : nz(s.unsellable()),
                ownWarehouse,
                thirdParty,
                s == null ? null : s.yourPrice(),
                s == null ? null : s.currency());
    }

    private static int nz(Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
