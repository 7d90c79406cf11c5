package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;

/**
 * Units Bosun proposes to send to FBA from warehouses outside Amazon (see {@link
 * dev.bosun.inventory.domain.ShipmentPlan}).
 *
 * @param daysOfCover the days FBA's available and inbound units last now
 */
public record ShipmentProposal(
        Marketplace marketplace, String sku, long fromThirdParty, long fromOwnWarehouse, double daysOfCover) {

    public long units() {
        return fromThirdParty + fromOwnWarehouse;
    }
}
