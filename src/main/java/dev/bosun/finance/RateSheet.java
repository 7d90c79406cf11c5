package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One rate card as operators look at it: which marketplace, from when, and every value with its key, whether the
 * sources confirm it and whether the organisation edited it.
 *
 * @param file the bundled file the card comes from, e.g. {@code fees/us-2026-01-15.yaml}
 * @param effectiveUnverified whether the effective date itself is not confirmed
 */
public record RateSheet(
        Marketplace marketplace,
        LocalDate effective,
        boolean effectiveUnverified,
        String currency,
        String file,
        List<String> notes,
        List<String> categories,
        List<Value> values) {

    public RateSheet {
        notes = List.copyOf(notes);
        categories = List.copyOf(categories);
        values = List.copyOf(values);
    }

    /**
     * One value of the card.
     *
     * @param key e.g. {@code fulfilment.SMALL_STANDARD.4oz}
     * @param amount the value in force (the organisation's, when edited)
     * @param percent whether the value is a percentage (15 for 15 %) rather than an amount of money
     * @param published the value of the card file
     */
    public record Value(
            String key,
            BigDecimal amount,
            boolean percent,
            boolean unverified,
            boolean edited,
            BigDecimal published,
            String note) {}

    /** Whether the card has a value under this key. */
    public boolean has(String key) {
        return values.stream().anyMatch(v -> v.key().equals(key));
    }
}
