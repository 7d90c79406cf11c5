package dev.bosun.simulator;

import dev.bosun.finance.FeeBreakdown;
import dev.bosun.finance.FeeCalculator;
import dev.bosun.finance.FeeQuery;
import dev.bosun.finance.RateSheet;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import dev.bosun.simulator.domain.FeeSchedule;
import dev.bosun.simulator.domain.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon's fees for the simulated store, from the finance module's fee calculator (the bundled rate cards). Days
 * before a marketplace's first rate card are charged at that card's rates. The refund administration fee and the
 * removal fees are read from the card's values ({@code refund_administration.*}, {@code removal.*}): the calculator
 * estimates neither; where a card lacks them, refunds give the whole referral fee back and removals cost nothing.
 */
final class CalculatedFees implements FeeSchedule {

    private final FeeCalculator calculator;
    private final Map<Marketplace, LocalDate> firstCards = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, Map<LocalDate, LocalDate>> cardDays = new EnumMap<>(Marketplace.class);
    private final Map<String, FeeBreakdown> estimates = new HashMap<>();
    private final Map<String, Map<String, RateSheet.Value>> cardValues = new HashMap<>();

    CalculatedFees(FeeCalculator calculator) {
        this.calculator = calculator;
        for (RateSheet card : calculator.rateCards()) {
            firstCards.merge(card.marketplace(), card.effective(), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    /** The fee calculator of the rate cards Bosun ships. */
    static CalculatedFees bundled() {
        return new CalculatedFees(FeeCalculator.fromRateCards());
    }

    /** Whether every marketplace has a rate card (the simulation needs one for each). */
    List<Marketplace> missing(List<Marketplace> marketplaces) {
        return marketplaces.stream().filter(m -> !firstCards.containsKey(m)).toList();
    }

    /** The marketplaces with a rate card. */
    List<Marketplace> marketplaces() {
        return List.copyOf(firstCards.keySet());
    }

    @Override
    public String category(Offer offer, LocalDate day) {
        return categoryOn(offer, chargedOn(offer.marketplace(), day));
    }

    @Override
    public String sizeTier(Offer offer, LocalDate day) {
        return estimate(offer, offer.listPrice(), day).sizeTier();
    }

    @Override
    public long referralFee(Offer offer, long unitPrice, LocalDate day) {
        return minor(estimate(offer, unitPrice, day).referralFee(), offer);
    }

    @Override
    public long fulfillmentFee(Offer offer, long unitPrice, LocalDate day) {
        FeeBreakdown breakdown = estimate(offer, unitPrice, day);
        return breakdown.fbaFee() == null ? 0 : minor(breakdown.fbaFee(), offer);
    }

    @Override
    public boolean knowsFulfillmentFee(Offer offer, LocalDate day) {
        return estimate(offer, offer.listPrice(), day).fbaFee() != null;
    }

    @Override
    public long refundAdministrationFee(Offer offer, long referralFee, LocalDate day) {
        Map<String, RateSheet.Value> values = values(offer.marketplace(), day);
        RateSheet.Value share = values.get("refund_administration.share");
        RateSheet.Value maximum = values.get("refund_administration.maximum");
        if (share == null || maximum == null || referralFee <= 0) {
            return 0;
        }
        long kept = BigDecimal.valueOf(referralFee)
                .multiply(share.amount())
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.min(kept, minor(maximum.amount(), offer));
    }

    /**
     * The fee of the unit's shipping weight in the card's removal bands of its storage class (the tier's name tells
     * it: standard tiers carry STANDARD, or are Japan's SMALL); above the last band, the card's fee plus its amount
     * for every started unit of weight beyond it.
     */
    @Override
    public long removalFee(Offer offer, LocalDate day) {
        FeeBreakdown breakdown = estimate(offer, offer.listPrice(), day);
        String tier = breakdown.sizeTier();
        boolean standard = tier != null && (tier.contains("STANDARD") || tier.equals("SMALL"));
        Weight weight = breakdown.shippingWeight() != null ? breakdown.shippingWeight() : breakdown.unitWeight();
        BigDecimal amount = removalAmount(offer.marketplace(), day, standard, weight);
        return amount == null ? 0 : minor(amount, offer);
    }

    /**
     * The removal or disposal fee of one unit of this shipping weight, in the card's currency, or null when the card
     * has no removal fee for it. Above the last band: the card's fee plus its amount for every started unit of the
     * last band's weight unit beyond it (1 lb, 1 kg; 1 g in Japan).
     *
     * @param standard the tier's storage class: standard (its name carries STANDARD, or is Japan's SMALL) or oversize
     */
    BigDecimal removalAmount(Marketplace marketplace, LocalDate day, boolean standard, Weight weight) {
        Map<String, RateSheet.Value> values = values(marketplace, day);
        String prefix = "removal." + (standard ? "standard" : "oversize") + ".";
        Weight last = null;
        for (RateSheet.Value value : values.values()) {
            if (!value.key().startsWith(prefix) || value.key().startsWith(prefix + "above")) {
                continue;
            }
            Weight upTo = Weight.parse(value.key().substring(prefix.length()));
            if (!weight.exceeds(upTo)) {
                return value.amount();
            }
            last = upTo;
        }
        RateSheet.Value base = values.get(prefix + "above.fee");
        RateSheet.Value plus = values.get(prefix + "above.plus");
        if (base == null || plus == null || last == null) {
            return null;
        }
        BigDecimal excess = weight.in(last.unit()).value().subtract(last.value());
        BigDecimal steps = excess.setScale(0, RoundingMode.CEILING);
        return base.amount().add(steps.multiply(plus.amount()));
    }

    /** The values of the card in force on a day (or the first card's, before it), by key, in the card's order. */
    private Map<String, RateSheet.Value> values(Marketplace marketplace, LocalDate day) {
        return calculator
                .rateCard(marketplace, chargedOn(marketplace, day))
                .map(card -> cardValues.computeIfAbsent(marketplace + "|" + card.effective(), k -> {
                    Map<String, RateSheet.Value> values = new LinkedHashMap<>();
                    card.values().forEach(v -> values.put(v.key(), v));
                    return values;
                }))
                .orElse(Map.of());
    }

    @Override
    public StorageCharge storage(Offer offer, YearMonth month) {
        FeeBreakdown breakdown = estimate(offer, offer.listPrice(), month.atDay(15));
        if (breakdown.storageFeeMonthly() == null
                || breakdown.storageVolume() == null
                || breakdown.storageVolume().signum() == 0) {
            return null;
        }
        BigDecimal volume = breakdown.storageVolume();
        BigDecimal perUnit = breakdown.storageFeeMonthly().amount();
        // The breakdown gives one unit's month rounded to the cent; the card's rate per volume is what the storage
        // report shows and what a month's average stock is charged at.
        String season = breakdown.peakStorage() ? ".peak" : ".off_peak";
        BigDecimal rate = calculator.rateCard(offer.marketplace(), breakdown.date()).stream()
                .flatMap(card -> card.values().stream())
                .filter(v -> v.key().startsWith("storage.") && v.key().endsWith(season))
                .map(RateSheet.Value::amount)
                .min(Comparator.comparing(
                        r -> r.multiply(volume).subtract(perUnit).abs()))
                .orElse(perUnit.divide(volume, 6, RoundingMode.HALF_UP));
        String unit = "ft³".equals(breakdown.storageVolumeUnit()) ? "cubic feet" : "cubic meters";
        return new StorageCharge(
                rate.doubleValue() * offer.locality().minorPerMajor(),
                volume.doubleValue(),
                unit,
                breakdown.sizeTier());
    }

    private FeeBreakdown estimate(Offer offer, long unitPrice, LocalDate day) {
        Marketplace marketplace = offer.marketplace();
        LocalDate date = chargedOn(marketplace, day);
        LocalDate card = cardDays.computeIfAbsent(marketplace, m -> new HashMap<>())
                .computeIfAbsent(
                        date,
                        d -> calculator
                                .rateCard(marketplace, d)
                                .map(RateSheet::effective)
                                .orElse(d));
        String key = marketplace + "|" + offer.sku() + "|" + unitPrice + "|" + card + "|" + date.getMonthValue();
        return estimates.computeIfAbsent(
                key,
                k -> calculator.estimate(FeeQuery.of(
                        marketplace,
                        categoryOn(offer, date),
                        Money.of(BigDecimal.valueOf(unitPrice, offer.locality().minorDigits()), marketplace.currency()),
                        size(offer),
                        date)));
    }

    /** The day whose card applies: the day itself, or the first card's day for days before it. */
    private LocalDate chargedOn(Marketplace marketplace, LocalDate day) {
        LocalDate first = firstCards.get(marketplace);
        if (first == null) {
            throw new IllegalArgumentException("Bosun has no rate card for " + marketplace.code());
        }
        if (!day.isBefore(first)) {
            return day;
        }
        // Keep the month (storage seasons) while moving into the first card's time.
        LocalDate moved = day.withYear(first.getYear());
        while (moved.isBefore(first)) {
            moved = moved.plusYears(1);
        }
        return moved;
    }

    private String categoryOn(Offer offer, LocalDate date) {
        List<String> known = calculator.categories(offer.marketplace(), date);
        for (String code : offer.product().category().feeCategories()) {
            if (known.contains(code)) {
                return code;
            }
        }
        return known.stream().sorted(Comparator.naturalOrder()).findFirst().orElseThrow();
    }

    private static PackageSize size(Offer offer) {
        double[] cm = offer.product().sizeCm();
        return PackageSize.of(
                new Length(BigDecimal.valueOf(cm[0]), LengthUnit.CENTIMETRE),
                new Length(BigDecimal.valueOf(cm[1]), LengthUnit.CENTIMETRE),
                new Length(BigDecimal.valueOf(cm[2]), LengthUnit.CENTIMETRE),
                new Weight(BigDecimal.valueOf(offer.product().weightGrams()), WeightUnit.GRAM));
    }

    private static long minor(BigDecimal amount, Offer offer) {
        return amount.movePointRight(offer.locality().minorDigits())
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static long minor(Money money, Offer offer) {
        return money.amount()
                .movePointRight(offer.locality().minorDigits())
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
