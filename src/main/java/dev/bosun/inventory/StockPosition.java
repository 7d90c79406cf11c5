package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A SKU's stock in one marketplace on one day, by location: at FBA (from the latest Manage FBA Inventory snapshot
 * on or before the day) and in the seller's own and third-party warehouses (the latest count of each warehouse on
 * or before the day). Units; FBA figures are 0 when no snapshot reaches the day.
 *
 * @param fbaDay the day of the FBA snapshot the figures come from, or null without one
 * @param available units fulfillable (for sale) at FBA
 * @param inboundWorking units in shipments still being prepared
 * @param inboundShipped units in shipments on their way
 * @param inboundReceiving units being received at the fulfilment centre
 * @param reserved units reserved (customer orders, transfers, processing)
 * @param unfulfillable units not sellable (damaged, defective, expired)
 * @param ownWarehouse units in the seller's own warehouses
 * @param thirdParty units in overseas third-party warehouses
 * @param price the listed price in {@code currency}, or null
 */
public record StockPosition(
        Marketplace marketplace,
        String sku,
        LocalDate day,
        LocalDate fbaDay,
        String asin,
        String productName,
        int available,
        int inboundWorking,
        int inboundShipped,
        int inboundReceiving,
        int reserved,
        int unfulfillable,
        int ownWarehouse,
        int thirdParty,
        BigDecimal price,
        String currency) {

    /** Units on their way into FBA: working, shipped and receiving. */
    public int inbound() {
        return inboundWorking + inboundShipped + inboundReceiving;
    }

    /** Units outside Amazon: own warehouse and 3PL. */
    public int offAmazon() {
        return ownWarehouse + thirdParty;
    }

    /**
     * The inventory position a reorder compares with its target: available, inbound and off-Amazon units. Reserved
     * units are left out (most belong to customer orders already sold; the rest, units moving between fulfilment
     * centres, come back as available), as are unfulfillable ones.
     */
    public int position() {
        return available + inbound() + offAmazon();
    }
}
