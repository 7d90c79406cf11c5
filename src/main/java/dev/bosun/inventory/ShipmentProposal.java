package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.util.List;

/**
 * Units Bosun proposes to send to FBA from warehouses outside Amazon (see {@link
 * dev.bosun.inventory.domain.ShipmentPlan}), named warehouse by warehouse.
 *
 * @param daysOfCover the days FBA's available and inbound units last now
 * @param sources where the units come from: each warehouse, the units it sends and what it holds
 */
public record ShipmentProposal(
        Marketplace marketplace,
        String sku,
        long fromThirdParty,
        long fromOwnWarehouse,
        double daysOfCover,
        List<Source> sources) {

    public ShipmentProposal {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Units sent from one warehouse.
     *
     * @param holds the units the warehouse's latest count says it holds (never less than {@code units})
     */
    public record Source(StockLocation location, String warehouse, long units, long holds) {}

    public long units() {
        return fromThirdParty + fromOwnWarehouse;
    }
}
