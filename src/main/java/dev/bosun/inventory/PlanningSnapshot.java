package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A SKU's line of the FBA Inventory (inventory planning) report on its snapshot date: stock by age, units and
 * sales shipped in the trailing 7/30/60/90 days, Amazon's recommendation, estimated excess and storage costs.
 * Quantities are units; amounts are in {@code currency}; each value is null when the report leaves it out.
 *
 * @param ages stock by age bucket
 * @param shipped units and sales shipped in trailing windows
 * @param agedSurcharge the aged inventory surcharge Amazon estimates per age band, and the units it charges
 */
public record PlanningSnapshot(
        Marketplace marketplace,
        String sku,
        LocalDate snapshotDate,
        String fnsku,
        String asin,
        String productName,
        String condition,
        String currency,
        Integer available,
        Integer pendingRemoval,
        StockAges ages,
        Shipped shipped,
        String alert,
        BigDecimal yourPrice,
        BigDecimal salesPrice,
        BigDecimal lowestPriceNewPlusShipping,
        BigDecimal lowestPriceUsed,
        BigDecimal featuredOfferPrice,
        String recommendedAction,
        Integer healthyInventoryLevel,
        BigDecimal recommendedSalesPrice,
        Integer recommendedSaleDurationDays,
        Integer recommendedRemovalQuantity,
        BigDecimal estimatedCostSavings,
        BigDecimal sellThrough,
        BigDecimal itemVolume,
        String volumeUnit,
        String storageType,
        BigDecimal storageVolume,
        String productGroup,
        Long salesRank,
        BigDecimal daysOfSupply,
        Integer estimatedExcessQuantity,
        BigDecimal weeksOfCoverT30,
        BigDecimal weeksOfCoverT90,
        BigDecimal estimatedStorageCostNextMonth,
        BigDecimal estimatedLtsfNextCharge,
        Integer qtyToBeChargedLtsf12Months,
        Integer inboundQuantity,
        Integer inboundWorking,
        Integer inboundShipped,
        Integer inboundReceived,
        Integer reservedQuantity,
        Integer unfulfillableQuantity,
        String noSaleLast6Months,
        AgedSurcharge agedSurcharge) {

    /**
     * Units by age. The report has two sets of buckets (older 0-90/91-180/181-270/271-365/365+ and newer
     * 0-30/31-60/61-90/181-330/331-365); a file may carry either or both.
     */
    public record StockAges(
            Integer days0To90,
            Integer days91To180,
            Integer days181To270,
            Integer days271To365,
            Integer days365Plus,
            Integer days0To30,
            Integer days31To60,
            Integer days61To90,
            Integer days181To330,
            Integer days331To365) {}

    /** Units and sales (in the row's currency) shipped in the trailing 7, 30, 60 and 90 days. */
    public record Shipped(
            Integer unitsT7,
            Integer unitsT30,
            Integer unitsT60,
            Integer unitsT90,
            BigDecimal salesT7,
            BigDecimal salesT30,
            BigDecimal salesT60,
            BigDecimal salesT90) {}

    /** Estimated aged inventory surcharge (amount) and the units it applies to, per age band in days. */
    public record AgedSurcharge(
            BigDecimal estimated181To210,
            BigDecimal estimated211To240,
            BigDecimal estimated241To270,
            BigDecimal estimated271To300,
            BigDecimal estimated301To330,
            BigDecimal estimated331To365,
            BigDecimal estimated365Plus,
            Integer units181To210,
            Integer units211To240,
            Integer units241To270,
            Integer units271To300,
            Integer units301To330,
            Integer units331To365,
            Integer units365Plus) {}
}
