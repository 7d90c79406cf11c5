package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to an organisation's rate card values, for the audit trail.
 *
 * @param oldValue the organisation's value before, or null when the card's own applied
 * @param newValue the value after, or null when it was set back to the card's own
 */
public record RateEditChange(
        Marketplace marketplace,
        LocalDate effective,
        String key,
        BigDecimal oldValue,
        BigDecimal newValue,
        String editedBy,
        Instant editedAt) {}
