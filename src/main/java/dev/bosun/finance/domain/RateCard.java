package dev.bosun.finance.domain;

import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fees of one marketplace from one effective date on, as read from a file under {@code fees/}: referral fees
 * by category, the size tiers, the FBA fulfilment fee of each tier, price bands, monthly storage, the aged-inventory
 * surcharge and the low-inventory-level fee. Every amount is a {@link Rate} under a stable key, so an organisation
 * can replace single values ({@link #withEdits}).
 *
 * @param file the resource the card was read from, e.g. {@code fees/us-2024-04-15.yaml}
 * @param effectiveUnverified whether the effective date itself is not confirmed by the sources
 * @param dimensionalDivisor volume (in the card's length unit cubed) per weight unit of dimensional weight, or null
 *     when the card has no dimensional weight
 * @param notes what the card's author wants every reader to know (sources, doubts)
 */
public record RateCard(
        String file,
        Marketplace marketplace,
        LocalDate effective,
        boolean effectiveUnverified,
        Currency currency,
        LengthUnit lengthUnit,
        WeightUnit weightUnit,
        BigDecimal dimensionalDivisor,
        List<String> notes,
        Map<String, ReferralRule> referral,
        List<SizeTier> tiers,
        Map<String, FulfilmentSchedule> fulfilment,
        List<PriceBand> priceBands,
        StorageRates storage,
        AgedInventorySurcharge agedInventory,
        LowInventoryLevelFee lowInventory,
        Map<String, Rate> rates) {

    public RateCard {
        notes = List.copyOf(notes);
        referral = Collections.unmodifiableMap(new LinkedHashMap<>(referral));
        tiers = List.copyOf(tiers);
        fulfilment = Collections.unmodifiableMap(new LinkedHashMap<>(fulfilment));
        priceBands = List.copyOf(priceBands);
        rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    }

    /** The categories with a referral fee, in the card's order. */
    public List<String> categories() {
        return List.copyOf(referral.keySet());
    }

    public Optional<Rate> rate(String key) {
        return Optional.ofNullable(rates.get(key));
    }

    /** Every value of the card, in the file's order. */
    public List<Rate> values() {
        return new ArrayList<>(rates.values());
    }

    /**
     * The card with some values replaced: {@code edits} maps keys to new amounts. Keys the card does not have are
     * ignored (an edit may outlive the value it was made for when a card file changes).
     */
    public RateCard withEdits(Map<String, BigDecimal> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        Map<String, Rate> edited = new LinkedHashMap<>(rates);
        edits.forEach((key, amount) -> {
            Rate rate = edited.get(key);
            if (rate != null && amount != null) {
                edited.put(key, rate.editedTo(amount));
            }
        });
        return new RateCard(
                file,
                marketplace,
                effective,
                effectiveUnverified,
                currency,
                lengthUnit,
                weightUnit,
                dimensionalDivisor,
                notes,
                referral,
                tiers,
                fulfilment,
                priceBands,
                storage,
                agedInventory,
                lowInventory,
                edited);
    }

    /** {@code US 2024-04-15}. */
    public String label() {
        return marketplace.code() + " " + effective;
    }
}
