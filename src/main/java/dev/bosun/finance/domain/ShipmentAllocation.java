package dev.bosun.finance.domain;

import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shares an inbound shipment's first-leg freight and duties among its SKUs: each line weighs its units times one
 * unit's volume (cm³) or weight (kg) (kept to 6 decimals), and both amounts are split by those weights to the cent
 * ({@link ProportionalSplit}), so the lines add up to the bill.
 */
public final class ShipmentAllocation {

    private ShipmentAllocation() {}

    /** A SKU's units in the shipment and the size of one unit, or null when unknown. */
    public record Line(String sku, int units, PackageSize unitSize) {}

    /** A line's share: its weight (cm³ or kg of all its units) and its freight and duties. */
    public record Share(String sku, int units, BigDecimal weight, BigDecimal freight, BigDecimal duties) {}

    /**
     * @param byVolume true to share by volume, false by weight
     * @param fractionDigits the currency's decimals
     * @throws ShipmentException when a line has no units, no size, or a SKU appears twice, or nothing can carry
     *     the costs
     */
    public static List<Share> allocate(
            BigDecimal freight, BigDecimal duties, boolean byVolume, int fractionDigits, List<Line> lines) {
        if (lines.isEmpty()) {
            throw new ShipmentException("lines", "the shipment has no lines");
        }
        if (freight.signum() < 0 || duties.signum() < 0) {
            throw new ShipmentException("freight", "freight and duties cannot be negative");
        }
        Set<String> seen = new HashSet<>();
        List<BigDecimal> weights = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (!seen.add(line.sku())) {
                throw new ShipmentException("sku", "the SKU " + line.sku() + " appears twice in the shipment");
            }
            if (line.units() <= 0) {
                throw new ShipmentException("units", "the SKU " + line.sku() + " has " + line.units() + " units");
            }
            if (line.unitSize() == null) {
                throw new ShipmentException(
                        "size",
                        "the size of a unit of " + line.sku()
                                + " is unknown: enter its dimensions and weight, or import Amazon's FBA fee preview");
            }
            BigDecimal unit = byVolume ? volumeCm3(line.unitSize()) : weightKg(line.unitSize());
            weights.add(unit.multiply(BigDecimal.valueOf(line.units())).setScale(6, RoundingMode.HALF_UP));
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            throw new ShipmentException(
                    "size",
                    "every unit has zero " + (byVolume ? "volume" : "weight") + ": nothing can carry the costs");
        }
        List<BigDecimal> freights = ProportionalSplit.split(freight, weights, fractionDigits);
        List<BigDecimal> dutiesShares = ProportionalSplit.split(duties, weights, fractionDigits);
        List<Share> shares = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            shares.add(new Share(line.sku(), line.units(), weights.get(i), freights.get(i), dutiesShares.get(i)));
        }
        return List.copyOf(shares);
    }

    /** A unit's volume in cubic centimetres. */
    public static BigDecimal volumeCm3(PackageSize size) {
        return cm(size.longest().value(), size.longest().unit())
                .multiply(cm(size.median().value(), size.median().unit()))
                .multiply(cm(size.shortest().value(), size.shortest().unit()));
    }

    /** A unit's weight in kilograms. */
    public static BigDecimal weightKg(PackageSize size) {
        return size.weight().value().multiply(size.weight().unit().kilograms());
    }

    private static BigDecimal cm(BigDecimal value, LengthUnit unit) {
        return value.multiply(unit.metres()).movePointRight(2);
    }
}
