package dev.bosun.finance.domain;

import dev.bosun.finance.domain.FeeResult.Code;
import dev.bosun.finance.domain.FeeResult.Remark;
import dev.bosun.finance.domain.SizeTier.ShippingWeight;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the fees of one unit under one rate card: referral fee (percentage of the total sales price, bands,
 * per-item minimum, closing fee), size tier and shipping weight, FBA fulfilment fee (weight bands, steps above them,
 * price-band adjustment), low-inventory-level fee, one month of storage and the aged-inventory surcharge. Each fee
 * is rounded half up to the currency's minor unit; nothing else is rounded until then.
 */
public final class FeeRules {

    private FeeRules() {}

    /**
     * The fees of the input under the card.
     *
     * @throws IllegalArgumentException when the card has no referral fee for the category
     */
    public static FeeResult estimate(RateCard card, FeeInput input) {
        return new Calculation(card).run(input);
    }

    /** The size tier of a package under the card, with the weights that decided it. */
    public static Sizing size(RateCard card, PackageSize size) {
        Length longest = size.longest().in(card.lengthUnit());
        Length median = size.median().in(card.lengthUnit());
        Length shortest = size.shortest().in(card.lengthUnit());
        Weight unit = size.weight().in(card.weightUnit());
        Weight dimensional = null;
        if (card.dimensionalDivisor() != null) {
            BigDecimal cubic = longest.value().multiply(median.value()).multiply(shortest.value());
            dimensional = new Weight(
                    cubic.divide(card.dimensionalDivisor(), MathContext.DECIMAL128)
                            .stripTrailingZeros(),
                    card.weightUnit());
        }
        Length sumOfSides = new Length(longest.value().add(median.value()).add(shortest.value()), card.lengthUnit());
        Length lengthAndGirth = new Length(
                longest.value().add(median.value().add(shortest.value()).multiply(BigDecimal.valueOf(2))),
                card.lengthUnit());
        for (SizeTier tier : card.tiers()) {
            Weight withPackaging = tier.packagingWeight() == null ? unit : unit.plus(tier.packagingWeight());
            Weight shipping =
                    tier.shippingWeight() == ShippingWeight.GREATER_OF_UNIT_AND_DIMENSIONAL && dimensional != null
                            ? withPackaging.max(dimensional)
                            : withPackaging;
            if (exceeds(longest, tier.maxLongest())
                    || exceeds(median, tier.maxMedian())
                    || exceeds(shortest, tier.maxShortest())
                    || exceeds(sumOfSides, tier.maxSumOfSides())
                    || exceeds(lengthAndGirth, tier.maxLengthAndGirth())
                    || exceeds(unit, tier.maxUnitWeight())
                    || exceeds(shipping, tier.maxShippingWeight())) {
                continue;
            }
            Weight charged = tier.roundUpTo() == null ? shipping : roundUp(shipping, tier.roundUpTo());
            boolean dimensionalCharged = dimensional != null
                    && tier.shippingWeight() == ShippingWeight.GREATER_OF_UNIT_AND_DIMENSIONAL
                    && dimensional.exceeds(withPackaging);
            return new Sizing(tier, unit, dimensional, charged, dimensionalCharged);
        }
        throw new IllegalArgumentException(
                "the package " + size + " fits none of the size tiers of the " + card.label() + " rate card");
    }

    /**
     * A package's tier under a card.
     *
     * @param shippingWeight the weight the fee is charged on, rounded as the tier says
     * @param dimensionalCharged whether the dimensional weight outweighed the unit weight
     */
    public record Sizing(
            SizeTier tier,
            Weight unitWeight,
            Weight dimensionalWeight,
            Weight shippingWeight,
            boolean dimensionalCharged) {}

    private static boolean exceeds(Length value, Length limit) {
        return limit != null && value.exceeds(limit);
    }

    private static boolean exceeds(Weight value, Weight limit) {
        return limit != null && value.exceeds(limit);
    }

    static Weight roundUp(Weight weight, Weight step) {
        BigDecimal inStep = weight.in(step.unit()).value();
        BigDecimal steps = inStep.divide(step.value(), 0, RoundingMode.CEILING);
        Weight rounded = new Weight(steps.multiply(step.value()), step.unit());
        return rounded.in(weight.unit());
    }

    /** One calculation; remembers the values it used. */
    private static final class Calculation implements RateLookup {

        private final RateCard card;
        private final Map<String, Rate> used = new LinkedHashMap<>();
        private final List<Remark> remarks = new ArrayList<>();

        Calculation(RateCard card) {
            this.card = card;
        }

        @Override
        public Rate rate(String key) {
            Rate rate = card.rates().get(key);
            if (rate == null) {
                throw new IllegalStateException(card.file() + " has no value " + key);
            }
            used.putIfAbsent(key, rate);
            return rate;
        }

        FeeResult run(FeeInput input) {
            ReferralRule rule = card.referral().get(input.category());
            if (rule == null) {
                throw new IllegalArgumentException(
                        "the " + card.label() + " rate card has no referral fee for the category " + input.category()
                                + "; it knows " + String.join(", ", card.categories()));
            }
            if (card.effectiveUnverified()) {
                remarks.add(Remark.of(Code.EFFECTIVE_DATE_UNVERIFIED, card.effective()));
            }
            BigDecimal total = input.totalSalesPrice();
            BigDecimal referral = rule.percentageFee(total, this);
            if (rule.minimumKey() != null) {
                // The minimum counts as used only where it decides the fee.
                BigDecimal minimum = card.rates().get(rule.minimumKey()).amount();
                if (minimum.compareTo(referral) > 0) {
                    referral = rate(rule.minimumKey()).amount();
                    remarks.add(Remark.of(Code.REFERRAL_MINIMUM, minimum.toPlainString()));
                }
            }
            BigDecimal closing = rule.closingFeeKey() == null
                    ? BigDecimal.ZERO
                    : rate(rule.closingFeeKey()).amount();

            Sizing sizing = size(card, input.size());
            SizeTier tier = sizing.tier();
            if (sizing.dimensionalCharged()) {
                remarks.add(Remark.of(Code.DIMENSIONAL_WEIGHT, show(sizing.dimensionalWeight())));
            }
            BigDecimal fulfilment = null;
            PriceBand band = null;
            FulfilmentSchedule schedule = card.fulfilment().get(tier.code());
            Optional<BigDecimal> fee =
                    schedule == null ? Optional.empty() : schedule.fee(sizing.shippingWeight(), this);
            if (fee.isPresent()) {
                fulfilment = fee.get();
                for (PriceBand candidate : card.priceBands()) {
                    String key = candidate.adjustmentKeys().get(tier.code());
                    if (key != null && candidate.holds(input.itemPrice())) {
                        BigDecimal adjustment = rate(key).amount();
                        fulfilment = fulfilment.add(adjustment).max(BigDecimal.ZERO);
                        band = candidate;
                        remarks.add(Remark.of(Code.PRICE_BAND, candidate.code(), adjustment.toPlainString()));
                        break;
                    }
                }
            } else {
                remarks.add(Remark.of(Code.NO_FULFILMENT_FEE, tier.code()));
            }

            BigDecimal lowInventory = lowInventory(input, tier, sizing.shippingWeight());

            BigDecimal volume = null;
            BigDecimal storage = null;
            boolean peak = false;
            if (card.storage() != null) {
                StorageRates rates = card.storage();
                volume = volume(input.size(), rates.volumeUnit());
                peak = rates.isPeak(input.date().getMonth());
                String key = (peak ? rates.peakKeys() : rates.offPeakKeys()).get(tier.storage());
                if (key != null) {
                    storage = volume.multiply(rate(key).amount());
                    if (peak) {
                        remarks.add(Remark.of(Code.PEAK_STORAGE, input.date().getMonthValue()));
                    }
                } else {
                    remarks.add(Remark.of(Code.NO_STORAGE_RATES));
                }
            } else {
                remarks.add(Remark.of(Code.NO_STORAGE_RATES));
            }

            BigDecimal aged = aged(input);

            return new FeeResult(
                    card,
                    input.category(),
                    tier,
                    sizing.unitWeight(),
                    sizing.dimensionalWeight(),
                    sizing.shippingWeight(),
                    total,
                    money(referral),
                    money(closing),
                    fulfilment == null ? null : money(fulfilment),
                    band,
                    lowInventory == null ? null : money(lowInventory),
                    volume,
                    peak,
                    storage == null ? null : money(storage),
                    aged == null ? null : money(aged),
                    List.copyOf(used.values()),
                    List.copyOf(remarks));
        }

        private BigDecimal lowInventory(FeeInput input, SizeTier tier, Weight shippingWeight) {
            if (input.shortTermDaysOfSupply() == null) {
                return null;
            }
            LowInventoryLevelFee rule = card.lowInventory();
            if (rule == null || !rule.appliesTo().contains(tier.code())) {
                remarks.add(Remark.of(Code.LOW_INVENTORY_NOT_CHARGED));
                return BigDecimal.ZERO;
            }
            BigDecimal threshold = BigDecimal.valueOf(rule.thresholdDays());
            if (input.shortTermDaysOfSupply().compareTo(threshold) >= 0
                    || input.longTermDaysOfSupply().compareTo(threshold) >= 0) {
                remarks.add(Remark.of(Code.LOW_INVENTORY_WAIVED, rule.thresholdDays()));
                return BigDecimal.ZERO;
            }
            Optional<LowInventoryLevelFee.Row> row = rule.row(tier.code(), shippingWeight);
            // Which of the two figures picks the amount is not published; the greater (kinder) one is used.
            BigDecimal days = input.shortTermDaysOfSupply().max(input.longTermDaysOfSupply());
            Optional<Integer> bucket = rule.bucket(days);
            if (row.isEmpty() || bucket.isEmpty()) {
                remarks.add(Remark.of(Code.LOW_INVENTORY_AMOUNT_UNKNOWN, tier.code()));
                return null;
            }
            remarks.add(Remark.of(Code.LOW_INVENTORY_CHARGED, rule.thresholdDays()));
            return rate(row.get().feeKeys().get(bucket.get())).amount();
        }

        private BigDecimal aged(FeeInput input) {
            if (input.inventoryAgeDays() == null) {
                return null;
            }
            AgedInventorySurcharge surcharge = card.agedInventory();
            if (surcharge == null) {
                remarks.add(Remark.of(Code.NO_AGED_SURCHARGE));
                return null;
            }
            Optional<AgedInventorySurcharge.Band> band = surcharge.band(input.inventoryAgeDays());
            if (band.isEmpty()) {
                remarks.add(Remark.of(Code.AGED_BELOW_SURCHARGE, input.inventoryAgeDays()));
                return BigDecimal.ZERO;
            }
            if (band.get().exemptCategories().contains(input.category())) {
                remarks.add(
                        Remark.of(Code.AGED_EXEMPT, input.category(), band.get().fromDays()));
                return BigDecimal.ZERO;
            }
            BigDecimal fee = volume(input.size(), surcharge.volumeUnit())
                    .multiply(rate(band.get().perVolumeKey()).amount());
            if (band.get().perUnitMinimumKey() != null) {
                fee = fee.max(rate(band.get().perUnitMinimumKey()).amount());
            }
            return fee;
        }

        private BigDecimal money(BigDecimal amount) {
            return amount.setScale(Math.max(card.currency().getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
        }
    }

    /** The package's volume in cubic {@code unit}s. */
    static BigDecimal volume(PackageSize size, LengthUnit unit) {
        return size.longest()
                .in(unit)
                .value()
                .multiply(size.median().in(unit).value())
                .multiply(size.shortest().in(unit).value())
                .round(MathContext.DECIMAL128)
                .stripTrailingZeros();
    }

    private static String show(Weight weight) {
        Weight unit = weight.unit() == WeightUnit.POUND || weight.unit() == WeightUnit.OUNCE
                ? weight.in(WeightUnit.POUND)
                : weight;
        return unit.value()
                        .setScale(3, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + " " + unit.unit().symbol();
    }
}
