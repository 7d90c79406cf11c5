package dev.bosun.finance.domain;

import dev.bosun.finance.domain.SizeTier.StorageClass;
import dev.bosun.shared.LengthUnit;
import java.time.Month;
import java.util.Map;
import java.util.Set;

/**
 * Monthly storage fees per unit of volume: one rate for the off-peak months and one for the peak months (October to
 * December in the US), for standard-size and for oversize tiers.
 *
 * @param volumeUnit the unit whose cube the rates are per (feet: per cubic foot)
 * @param offPeakKeys per storage class, the key of the off-peak rate
 * @param peakKeys per storage class, the key of the peak rate
 */
public record StorageRates(
        LengthUnit volumeUnit,
        Set<Month> peakMonths,
        Map<StorageClass, String> offPeakKeys,
        Map<StorageClass, String> peakKeys) {

    public StorageRates {
        peakMonths = Set.copyOf(peakMonths);
        offPeakKeys = Map.copyOf(offPeakKeys);
        peakKeys = Map.copyOf(peakKeys);
    }

    boolean isPeak(Month month) {
        return peakMonths.contains(month);
    }
}
