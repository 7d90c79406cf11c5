package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An organisation's own figure for one value of one rate card, e.g. the FBA fee its Seller Central fee preview shows
 * where Bosun's card has an unverified value.
 *
 * @param effective the effective date of the card the value belongs to
 * @param key the value's key in the card, e.g. {@code fulfilment.LARGE_STANDARD.2lb}
 * @param editedBy the username of who saved it
 */
public record RateEdit(
        Marketplace marketplace,
        LocalDate effective,
        String key,
        BigDecimal value,
        String editedBy,
        Instant editedAt) {}
