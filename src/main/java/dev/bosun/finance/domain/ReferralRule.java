package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The referral fee of one category: a percentage of the total sales price, possibly in bands, with a per-item
 * minimum and, for media, a fixed closing fee.
 *
 * <p>Bands work in one of two ways, both used by Amazon: {@link Basis#WHOLE_PRICE} takes the band the whole price
 * falls in and applies its rate to all of it (Baby: 8 % up to $10.00, 15 % above); {@link Basis#PORTION} applies
 * each band's rate to the portion of the price inside it (Electronics Accessories: 15 % of the first $100, 8 % of
 * the rest).
 *
 * @param bands ordered by {@code upTo}; the last has no upper limit
 * @param minimumKey the key of the per-item minimum, or null when there is none
 * @param closingFeeKey the key of the closing fee, or null
 */
public record ReferralRule(String category, Basis basis, List<Band> bands, String minimumKey, String closingFeeKey) {

    /** How the bands of a tiered category apply. */
    public enum Basis {
        WHOLE_PRICE,
        PORTION
    }

    /**
     * Prices up to and including {@code upTo} (null: no limit) pay the rate under {@code rateKey}.
     */
    public record Band(BigDecimal upTo, String rateKey) {}

    public ReferralRule {
        bands = List.copyOf(bands);
    }

    /** The percentage part of the fee, unrounded, before the minimum. */
    BigDecimal percentageFee(BigDecimal totalSalesPrice, RateLookup rates) {
        if (basis == Basis.WHOLE_PRICE || bands.size() == 1) {
            for (Band band : bands) {
                if (band.upTo() == null || totalSalesPrice.compareTo(band.upTo()) <= 0) {
                    return totalSalesPrice.multiply(rates.rate(band.rateKey()).fraction());
                }
            }
            throw new IllegalStateException("the last band of " + category + " has a limit");
        }
        BigDecimal fee = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Band band : bands) {
            BigDecimal upper =
                    band.upTo() == null ? totalSalesPrice : band.upTo().min(totalSalesPrice);
            if (upper.compareTo(lower) > 0) {
                fee = fee.add(upper.subtract(lower)
                        .multiply(rates.rate(band.rateKey()).fraction()));
            }
            if (band.upTo() == null || totalSalesPrice.compareTo(band.upTo()) <= 0) {
                break;
            }
            lower = band.upTo();
        }
        return fee;
    }
}
