package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order placed outside Bosun, as the user records it afterwards (so that the supplier's and forwarder's
 * scorecards and the learnt lead times count it). Values are as entered: {@link SupplyPartners#record} checks them.
 *
 * @param forwarderId the forwarder carrying it, or null
 * @param orderedOn the day it was placed with the supplier
 * @param promisedOn the day the supplier promised the goods ready, or null
 * @param readyOn the day the goods were ready, or null
 * @param shippedOn the day the forwarder picked them up, or null (then the order is still with the supplier)
 * @param currency the currency of the unit costs, needed when a line has one
 */
public record RecordedOrder(
        Long supplierId,
        Long forwarderId,
        Marketplace marketplace,
        LocalDate orderedOn,
        LocalDate promisedOn,
        LocalDate readyOn,
        LocalDate shippedOn,
        String currency,
        String note,
        List<Line> lines) {

    public RecordedOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One SKU of the order.
     *
     * @param unitCost cost per unit, or null
     */
    public record Line(String sku, Integer units, BigDecimal unitCost) {}
}
