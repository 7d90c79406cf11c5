package dev.bosun.inventory;

import java.time.LocalDate;

/**
 * One line of the inventory ledger summary: an FNSKU's units of one disposition at one location (a country or a
 * fulfilment centre) over a day, from the starting to the ending warehouse balance. Movements are signed units.
 */
public record LedgerBalance(
        LocalDate date,
        String fnsku,
        String disposition,
        String location,
        String asin,
        String msku,
        String title,
        Integer startingWarehouseBalance,
        Integer inTransitBetweenWarehouses,
        Integer receipts,
        Integer customerShipments,
        Integer customerReturns,
        Integer vendorReturns,
        Integer warehouseTransferInOut,
        Integer found,
        Integer lost,
        Integer damaged,
        Integer disposed,
        Integer otherEvents,
        Integer endingWarehouseBalance,
        Integer unknownEvents) {}
