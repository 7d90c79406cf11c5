package dev.bosun.finance.domain;

import dev.bosun.shared.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The FBA fulfilment fee of one size tier by shipping weight: fixed fees for weight bands, then, above the last
 * band, a base fee plus an amount for every started weight step.
 *
 * @param bands ordered by {@code upTo}; a band holds weights up to and including its limit
 * @param above the fee above the bands, or null when the bands cover the tier
 */
public record FulfilmentSchedule(String tier, List<Band> bands, Above above) {

    /** Shipping weights up to and including {@code upTo} pay the fee under {@code feeKey}. */
    public record Band(Weight upTo, String feeKey) {}

    /**
     * Shipping weights above {@code from} pay the base fee plus {@code perStepKey} for every started {@code step}
     * beyond {@code from}; weights not above {@code from} that no band holds pay the base fee.
     */
    public record Above(Weight from, String baseKey, String perStepKey, Weight step) {

        BigDecimal fee(Weight weight, RateLookup rates) {
            BigDecimal base = rates.rate(baseKey).amount();
            if (!weight.exceeds(from)) {
                return base;
            }
            BigDecimal excess =
                    weight.in(step.unit()).value().subtract(from.in(step.unit()).value());
            BigDecimal steps = excess.divide(step.value(), 0, RoundingMode.CEILING);
            return base.add(steps.multiply(rates.rate(perStepKey).amount()));
        }
    }

    public FulfilmentSchedule {
        bands = List.copyOf(bands);
    }

    /** The fee for a shipping weight, unrounded; empty when the weight is beyond what the schedule covers. */
    Optional<BigDecimal> fee(Weight shippingWeight, RateLookup rates) {
        for (Band band : bands) {
            if (!shippingWeight.exceeds(band.upTo())) {
                return Optional.of(rates.rate(band.feeKey()).amount());
            }
        }
        if (above != null) {
            return Optional.of(above.fee(shippingWeight, rates));
        }
        return Optional.empty();
    }
}
