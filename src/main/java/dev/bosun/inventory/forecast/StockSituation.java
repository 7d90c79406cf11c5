package dev.bosun.inventory.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The stock of one SKU a reorder decision starts from: units available now and units on their way with the day
 * they should become available.
 *
 * @param onHand units available for sale now, not below 0
 * @param inbound units ordered or shipped, not yet available
 */
public record StockSituation(double onHand, List<Inbound> inbound) {

    /**
     * Units on their way.
     *
     * @param arrives the day they should become available for sale
     * @param units how many
     */
    public record Inbound(LocalDate arrives, double units) {

        public Inbound {
            Objects.requireNonNull(arrives, "arrives");
            if (!(units >= 0) || Double.isInfinite(units)) {
                throw new IllegalArgumentException("inbound units must be a number not below 0, got " + units);
            }
        }
    }

    public StockSituation {
        if (!(onHand >= 0) || Double.isInfinite(onHand)) {
            throw new IllegalArgumentException("units on hand must be a number not below 0, got " + onHand);
        }
        inbound = List.copyOf(inbound);
    }

    /** Stock without anything on its way. */
    public static StockSituation onHand(double units) {
        return new StockSituation(units, List.of());
    }

    /** Units on their way, all of them. */
    public double inboundUnits() {
        double sum = 0;
        for (Inbound in : inbound) {
            sum += in.units();
        }
        return sum;
    }

    /** On hand plus inbound: the inventory position an order decision compares with its target. */
    public double position() {
        return onHand + inboundUnits();
    }
}
