package dev.bosun.finance.domain;

import dev.bosun.shared.LengthUnit;
import java.util.List;
import java.util.Optional;

/**
 * The monthly surcharge on inventory older than a number of days, on top of storage: a rate per unit of volume by
 * age band, in some bands with a per-unit minimum.
 */
public record AgedInventorySurcharge(LengthUnit volumeUnit, List<Band> bands) {

    /**
     * Inventory aged {@code fromDays} to {@code toDays} (inclusive; null: no limit) pays {@code perVolumeKey} per
     * unit of volume, at least {@code perUnitMinimumKey} (null: no minimum) per unit; the categories of
     * {@code exemptCategories} pay nothing in this band.
     */
    public record Band(
            int fromDays,
            Integer toDays,
            String perVolumeKey,
            String perUnitMinimumKey,
            List<String> exemptCategories) {

        public Band {
            exemptCategories = List.copyOf(exemptCategories);
        }

        boolean holds(int ageDays) {
            return ageDays >= fromDays && (toDays == null || ageDays <= toDays);
        }
    }

    public AgedInventorySurcharge {
        bands = List.copyOf(bands);
    }

    Optional<Band> band(int ageDays) {
        return bands.stream().filter(b -> b.holds(ageDays)).findFirst();
    }
}
