package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An inbound shipment's first-leg bill as a user enters or imports it: totals in one currency and the units of
 * each SKU; {@link UnitCosts} shares the totals among the SKUs.
 *
 * @param freight the shipment's first-leg freight (头程运费)
 * @param duties the shipment's duties and tariffs (关税), zero when none
 * @param forwarder the freight forwarder (货代), or null
 */
public record ShipmentBill(
        String name,
        LocalDate date,
        String forwarder,
        Money freight,
        Money duties,
        AllocationBasis basis,
        List<Line> lines) {

    public ShipmentBill {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Units of one SKU in the shipment. */
    public record Line(String sku, int units) {}
}
