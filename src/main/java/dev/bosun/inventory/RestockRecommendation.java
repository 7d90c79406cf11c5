package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Amazon's restock recommendation for a SKU in a marketplace on one day. Quantities are units; {@code price} and
 * {@code salesLast30Days} are in {@code currency}; days of supply are days (null when Amazon leaves them blank,
 * e.g. for SKUs out of stock).
 *
 * @param snapshotDate the day the recommendation was downloaded (the report holds no date)
 * @param recommendedShipDate null when Amazon says "none"
 */
public record RestockRecommendation(
        Marketplace marketplace,
        String sku,
        LocalDate snapshotDate,
        String productName,
        String fnsku,
        String asin,
        String condition,
        String supplier,
        String supplierPartNo,
        String currency,
        BigDecimal price,
        BigDecimal salesLast30Days,
        Integer unitsSoldLast30Days,
        Integer totalUnits,
        Integer inbound,
        Integer available,
        Integer fcTransfer,
        Integer fcProcessing,
        Integer customerOrder,
        Integer unfulfillable,
        Integer working,
        Integer shipped,
        Integer receiving,
        String fulfilledBy,
        BigDecimal totalDaysOfSupply,
        BigDecimal daysOfSupplyAtAmazon,
        String alert,
        Integer recommendedReplenishmentQty,
        LocalDate recommendedShipDate,
        String recommendedAction,
        String unitStorageSize) {}
