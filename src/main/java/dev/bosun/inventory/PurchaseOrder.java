package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order to a supplier and the shipment that brings it to FBA, with the dates of each step (null until
 * it happened).
 *
 * @param forwarderId the forwarder carrying it, or null
 * @param marketplace the marketplace the goods are for
 * @param orderedOn the day the order was placed with the supplier
 * @param promisedOn the day the supplier promised the goods ready
 * @param readyOn the day the goods were actually ready
 * @param shippedOn the day the forwarder picked them up
 * @param arrivedOn the day they arrived at the fulfilment centre
 * @param receivedOn the day they became available for sale
 * @param approvalId the approval request of the order, or null
 */
public record PurchaseOrder(
        long id,
        long supplierId,
        Long forwarderId,
        Marketplace marketplace,
        PurchaseOrderStatus status,
        LocalDate orderedOn,
        LocalDate promisedOn,
        LocalDate readyOn,
        LocalDate shippedOn,
        LocalDate arrivedOn,
        LocalDate receivedOn,
        Long approvalId,
        String note,
        List<Line> lines,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Units of one SKU on the order.
     *
     * @param unitCost cost per unit in {@code currency}, or null
     */
    public record Line(String sku, int units, BigDecimal unitCost, String currency) {}

    /** Units of all lines. */
    public int units() {
        return lines.stream().mapToInt(Line::units).sum();
    }
}
