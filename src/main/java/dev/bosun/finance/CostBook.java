package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every unit cost of one seller account in memory, for looking up many SKUs and days at once (profit over a year
 * of thousands of SKUs). It answers exactly as {@link UnitCosts} does and never changes after it is made.
 */
public final class CostBook {

    private final long accountId;
    private final Map<String, List<CostPeriod>> cogs;
    private final Map<String, NavigableMap<LocalDate, ShipmentUnitCost>> shipments;
    private final Map<String, NavigableMap<LocalDate, Money>> pickAndPack;
    private final NavigableMap<LocalDate, Money> defaultPickAndPack;

    /**
     * @param cogs each SKU's COGS periods in any order
     * @param shipmentCosts freight and duties per unit of each SKU in each inbound shipment
     * @param pickAndPackStarts the SKUs' own pick-and-pack costs by SKU and effective date
     * @param defaultPickAndPackStarts the account's pick-and-pack cost by effective date
     */
    CostBook(
            long accountId,
            Map<String, List<CostPeriod>> cogs,
            Collection<ShipmentUnitCost> shipmentCosts,
            Map<String, ? extends Map<LocalDate, Money>> pickAndPackStarts,
            Map<LocalDate, Money> defaultPickAndPackStarts) {
        this.accountId = accountId;
        Map<String, List<CostPeriod>> sorted = new HashMap<>();
        cogs.forEach((sku, periods) -> sorted.put(
                sku,
                periods.stream().sorted(Comparator.comparing(CostPeriod::from)).toList()));
        this.cogs = Map.copyOf(sorted);
        Map<String, NavigableMap<LocalDate, ShipmentUnitCost>> bySku = new HashMap<>();
        shipmentCosts.stream()
                .sorted(Comparator.comparing(ShipmentUnitCost::date).thenComparing(ShipmentUnitCost::shipmentId))
                .forEach(cost ->
                        bySku.computeIfAbsent(cost.sku(), s -> new TreeMap<>()).put(cost.date(), cost));
        this.shipments = Map.copyOf(bySku);
        Map<String, NavigableMap<LocalDate, Money>> packs = new HashMap<>();
        pickAndPackStarts.forEach((sku, starts) -> packs.put(sku, new TreeMap<>(starts)));
        this.pickAndPack = Map.copyOf(packs);
        this.defaultPickAndPack = new TreeMap<>(defaultPickAndPackStarts);
    }

    public long accountId() {
        return accountId;
    }

    /** The COGS per unit in force on the day, if any. */
    public Optional<Money> cogs(String sku, LocalDate day) {
        for (CostPeriod period : cogsHistory(sku)) {
            if (period.covers(day)) {
                return Optional.of(period.cost());
            }
        }
        return Optional.empty();
    }

    /** The SKU's COGS periods, oldest first; empty when it has none. */
    public List<CostPeriod> cogsHistory(String sku) {
        return cogs.getOrDefault(sku, List.of());
    }

    /** Every part of the unit cost known on the day. */
    public LandedCost landedCost(String sku, LocalDate day) {
        ShipmentUnitCost shipment = floorValue(shipments.get(sku), day);
        Money pack = floorValue(pickAndPack.get(sku), day);
        if (pack == null) {
            pack = floorValue(defaultPickAndPack, day);
        }
        return new LandedCost(
                sku,
                day,
                cogs(sku, day).orElse(null),
                shipment == null ? null : shipment.freight(),
                shipment == null ? null : shipment.duties(),
                pack,
                shipment == null ? null : shipment.shipment());
    }

    /** The SKUs with any cost of their own: COGS, a shipment line or a pick-and-pack cost. */
    public Set<String> skus() {
        Set<String> skus = new TreeSet<>(cogs.keySet());
        skus.addAll(shipments.keySet());
        skus.addAll(pickAndPack.keySet());
        return skus;
    }

    private static <T> T floorValue(NavigableMap<LocalDate, T> starts, LocalDate day) {
        if (starts == null) {
            return null;
        }
        Map.Entry<LocalDate, T> entry = starts.floorEntry(day);
        return entry == null ? null : entry.getValue();
    }

    /**
     * Freight and duties per unit of a SKU from one inbound shipment, in force from the shipment's date until a
     * later shipment of the SKU (of two on the same date, the one saved last wins).
     */
    record ShipmentUnitCost(
            String sku, LocalDate date, long shipmentId, String shipment, Money freight, Money duties) {}
}
