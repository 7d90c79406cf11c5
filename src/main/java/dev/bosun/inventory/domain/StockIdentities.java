package dev.bosun.inventory.domain;

/**
 * The sums the Manage FBA Inventory report is meant to obey, per Amazon's help text for its columns (as quoted
 * in translation; no English original was found): warehouse = fulfillable + unsellable + reserved, and total =
 * warehouse + inbound working + inbound shipped + inbound receiving. Amazon computes its columns from separate
 * systems at slightly different moments, so a file may break them; Bosun keeps such rows as reported and lets the
 * operator see the gap instead of refusing the day's stock.
 */
public final class StockIdentities {

    private StockIdentities() {}

    /** Warehouse minus the sum of its parts; 0 when they agree, null when a figure is missing. */
    public static Integer warehouseGap(Integer warehouse, Integer fulfillable, Integer unsellable, Integer reserved) {
        if (warehouse == null || fulfillable == null || unsellable == null || reserved == null) {
            return null;
        }
        return warehouse - (fulfillable + unsellable + reserved);
    }

    /** Total minus warehouse and inbound stock; 0 when they agree, null when a figure is missing. */
    public static Integer totalGap(
            Integer total,
            Integer warehouse,
            Integer inboundWorking,
            Integer inboundShipped,
            Integer inboundReceiving) {
        if (total == null
                || warehouse == null
                || inboundWorking == null
                || inboundShipped == null
                || inboundReceiving == null) {
            return null;
        }
        return total - (warehouse + inboundWorking + inboundShipped + inboundReceiving);
    }
}
