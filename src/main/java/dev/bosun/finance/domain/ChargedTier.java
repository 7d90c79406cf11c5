package dev.bosun.finance.domain;

import dev.bosun.shared.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Which size tier and shipping-weight band of a rate card charge a given FBA fee per unit: read backwards from what a
 * settlement charged, it names the tier Amazon billed, to set next to the tier the package calls for.
 */
public final class ChargedTier {

    private ChargedTier() {}

    /**
     * A tier and the shipping weights whose fee is the one charged.
     *
     * @param above the lower end of the band (exclusive), or null for the first band
     * @param upTo the upper end (inclusive)
     */
    public record Match(String tier, Weight above, Weight upTo) {

        /** The band as neutral text: {@code ≤ 16 oz}, {@code 3 lb – 3.25 lb}. */
        public String weightText() {
            return above == null ? "≤ " + show(upTo) : show(above) + " – " + show(upTo);
        }

        private static String show(Weight weight) {
            return weight.value().stripTrailingZeros().toPlainString() + " "
                    + weight.unit().symbol();
        }
    }

    /**
     * The first tier (in the card's order) whose fee at some shipping weight, with the price band of {@code itemPrice},
     * equals {@code feePerUnit}; empty when none does.
     */
    public static Optional<Match> find(RateCard card, BigDecimal feePerUnit, BigDecimal itemPrice) {
        if (feePerUnit == null || feePerUnit.signum() <= 0) {
            return Optional.empty();
        }
        for (SizeTier tier : card.tiers()) {
            FulfilmentSchedule schedule = card.fulfilment().get(tier.code());
            if (schedule == null) {
                continue;
            }
            BigDecimal adjustment = adjustment(card, tier.code(), itemPrice);
            Weight lower = null;
            for (FulfilmentSchedule.Band band : schedule.bands()) {
                BigDecimal fee = amount(card, band.feeKey()).add(adjustment).max(BigDecimal.ZERO);
                if (same(card, fee, feePerUnit)) {
                    return Optional.of(new Match(tier.code(), lower, band.upTo()));
                }
                lower = band.upTo();
            }
            FulfilmentSchedule.Above above = schedule.above();
            if (above != null) {
                Optional<Match> match = above(card, tier.code(), above, adjustment, feePerUnit);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> above(
            RateCard card, String tier, FulfilmentSchedule.Above above, BigDecimal adjustment, BigDecimal feePerUnit) {
        BigDecimal base = amount(card, above.baseKey()).add(adjustment);
        BigDecimal plus = amount(card, above.perStepKey());
        BigDecimal excess = feePerUnit.subtract(base);
        if (excess.signum() < 0 || plus.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal steps = excess.divide(plus, 0, RoundingMode.HALF_UP);
        if (!same(card, base.add(steps.multiply(plus)), feePerUnit)) {
            return Optional.empty();
        }
        Weight step = above.step();
        BigDecimal from = above.from().in(step.unit()).value();
        if (steps.signum() == 0) {
            return Optional.of(new Match(tier, null, above.from()));
        }
        Weight low = new Weight(from.add(step.value().multiply(steps.subtract(BigDecimal.ONE))), step.unit());
        Weight high = new Weight(from.add(step.value().multiply(steps)), step.unit());
        return Optional.of(new Match(
                tier, low.in(above.from().unit()), high.in(above.from().unit())));
    }

    private static BigDecimal adjustment(RateCard card, String tier, BigDecimal itemPrice) {
        if (itemPrice == null) {
            return BigDecimal.ZERO;
        }
        for (PriceBand band : card.priceBands()) {
            String key = band.adjustmentKeys().get(tier);
            if (key != null && band.holds(itemPrice)) {
                return amount(card, key);
            }
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal amount(RateCard card, String key) {
        Rate rate = card.rates().get(key);
        if (rate == null) {
            throw new IllegalStateException(card.file() + " has no value " + key);
        }
        return rate.amount();
    }

    private static boolean same(RateCard card, BigDecimal fee, BigDecimal charged) {
        int digits = Math.max(card.currency().getDefaultFractionDigits(), 0);
        return fee.setScale(digits, RoundingMode.HALF_UP).compareTo(charged.setScale(digits, RoundingMode.HALF_UP))
                == 0;
    }
}
