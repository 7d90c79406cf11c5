package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.Weight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What Amazon charges for one unit, fee by fee, in the marketplace currency and rounded to its minor unit. A fee the
 * rate card cannot give is null, with a note saying why.
 *
 * @param rateCardEffective the effective date of the rate card used (the one in force on {@code date})
 * @param sizeTier the size tier code, e.g. {@code LARGE_STANDARD}
 * @param dimensionalWeight null where the marketplace's card has no dimensional weight
 * @param shippingWeight the weight the FBA fee is charged on
 * @param totalSalesPrice price plus shipping and gift wrap: what the referral percentage applies to
 * @param closingFee the fixed closing fee of media categories, zero elsewhere
 * @param fbaFee the FBA fulfilment fee, including any price-band adjustment
 * @param priceBand the price band that adjusted the FBA fee, or null
 * @param lowInventoryFee zero when not charged; null when no days of supply were given or the amount is unknown
 * @param storageFeeMonthly one month of storage for one unit in the month of {@code date}; null without rates
 * @param peakStorage whether that month is a peak storage month
 * @param storageVolume the package volume the storage fee is charged on, in {@code storageVolumeUnit}s
 * @param agedInventorySurcharge null when no inventory age was given or the card has no surcharge
 * @param perSaleFees referral, closing, FBA and low-inventory fees: what one sale costs
 * @param total {@code perSaleFees} plus one month of storage and the aged-inventory surcharge
 */
public record FeeBreakdown(
        Marketplace marketplace,
        String category,
        LocalDate date,
        LocalDate rateCardEffective,
        String rateCardFile,
        String sizeTier,
        Weight unitWeight,
        Weight dimensionalWeight,
        Weight shippingWeight,
        Money totalSalesPrice,
        Money referralFee,
        Money closingFee,
        Money fbaFee,
        String priceBand,
        Money lowInventoryFee,
        Money storageFeeMonthly,
        boolean peakStorage,
        BigDecimal storageVolume,
        String storageVolumeUnit,
        Money agedInventorySurcharge,
        Money perSaleFees,
        Money total,
        List<FeeNote> notes) {

    public FeeBreakdown {
        notes = List.copyOf(notes);
    }

    /** Whether any value behind these fees is not confirmed by the rate card's sources. */
    public boolean hasUnverifiedValues() {
        return notes.stream().anyMatch(n -> n.kind() == FeeNote.Kind.UNVERIFIED);
    }

    /**
     * Whether a value under one of the key prefixes (e.g. {@code referral.}, {@code fulfilment.}) is unverified: to mark
     * the line of a breakdown it feeds.
     */
    public boolean unverified(String... keyPrefixes) {
        return valueNoted(FeeNote.Kind.UNVERIFIED, keyPrefixes);
    }

    /** Whether a value under one of the key prefixes was replaced by the organisation. */
    public boolean edited(String... keyPrefixes) {
        return valueNoted(FeeNote.Kind.EDITED, keyPrefixes);
    }

    private boolean valueNoted(FeeNote.Kind kind, String... keyPrefixes) {
        return notes.stream()
                .filter(n -> n.kind() == kind && !n.arguments().isEmpty())
                .anyMatch(n -> java.util.Arrays.stream(keyPrefixes)
                        .anyMatch(p -> n.arguments().get(0).startsWith(p)));
    }

    /** Whether any value behind these fees was replaced by the organisation. */
    public boolean hasEditedValues() {
        return notes.stream().anyMatch(n -> n.kind() == FeeNote.Kind.EDITED);
    }
}
