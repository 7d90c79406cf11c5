package dev.bosun.inventory;

import dev.bosun.inventory.domain.StockIdentities;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A SKU's FBA stock on one day, as the Manage FBA Inventory report gives it. Quantities are units and null when the
 * report leaves them out; {@code yourPrice} is in {@code currency} (the marketplace's).
 *
 * @param snapshotDate the day the figures stand for (the report holds none: see {@link InventorySnapshots})
 * @param warehouse units in Amazon's warehouses (fulfillable + unsellable + reserved, per Amazon)
 * @param total warehouse units plus inbound working, shipped and receiving
 */
public record StockSnapshot(
        Marketplace marketplace,
        String sku,
        LocalDate snapshotDate,
        String fnsku,
        String asin,
        String productName,
        String condition,
        String currency,
        BigDecimal yourPrice,
        Boolean mfnListingExists,
        Integer mfnFulfillable,
        Boolean afnListingExists,
        Integer warehouse,
        Integer fulfillable,
        Integer unsellable,
        Integer reserved,
        Integer total,
        BigDecimal perUnitVolume,
        Integer inboundWorking,
        Integer inboundShipped,
        Integer inboundReceiving,
        Integer researching,
        Integer reservedFutureSupply,
        Integer futureSupplyBuyable) {

    /** Warehouse units minus fulfillable, unsellable and reserved: 0 when Amazon's figures agree, null if unknown. */
    public Integer warehouseGap() {
        return StockIdentities.warehouseGap(warehouse, fulfillable, unsellable, reserved);
    }

    /** Total units minus warehouse and inbound units: 0 when Amazon's figures agree, null if unknown. */
    public Integer totalGap() {
        return StockIdentities.totalGap(total, warehouse, inboundWorking, inboundShipped, inboundReceiving);
    }

    /** Whether the report's own sums hold for this row (missing figures count as agreeing). */
    public boolean figuresAgree() {
        Integer w = warehouseGap();
        Integer t = totalGap();
        return (w == null || w == 0) && (t == null || t == 0);
    }
}
