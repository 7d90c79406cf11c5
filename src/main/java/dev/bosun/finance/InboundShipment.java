package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An inbound shipment's first-leg bill (头程) as saved: its freight and duties and how they were shared among the
 * SKUs it carried, to the cent (the lines add up to the totals exactly).
 *
 * @param id 0 for an allocation previewed but not saved
 * @param date the day its costs start to count for the SKUs it carried (departure or arrival, the user's choice)
 * @param forwarder the freight forwarder (货代), or null
 */
public record InboundShipment(
        long id,
        String name,
        LocalDate date,
        String forwarder,
        Money freight,
        Money duties,
        AllocationBasis basis,
        List<Line> lines) {

    public InboundShipment {
        lines = List.copyOf(lines);
    }

    /**
     * One SKU's share.
     *
     * @param share the SKU's volume (cm³) or weight (kg) of all its units, whichever the basis is
     * @param freight the line's freight, to the cent
     * @param duties the line's duties, to the cent
     */
    public record Line(String sku, int units, java.math.BigDecimal share, Money freight, Money duties) {

        /** Freight per unit, not rounded. */
        public Money freightPerUnit() {
            return perUnit(freight);
        }

        /** Duties per unit, not rounded. */
        public Money dutiesPerUnit() {
            return perUnit(duties);
        }

        private Money perUnit(Money total) {
            return Money.of(
                    total.amount().divide(java.math.BigDecimal.valueOf(units), 6, java.math.RoundingMode.HALF_UP),
                    total.currency());
        }
    }
}
