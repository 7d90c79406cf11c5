package dev.bosun.finance;

import java.math.BigDecimal;

/**
 * A settlement's stated total next to the sum of its lines. They agree for a complete settlement; a difference
 * means lines are missing (e.g. rows rejected in a lenient import) or Amazon's file does not add up.
 *
 * @param total the summary row's total amount
 * @param linesTotal the sum of the amounts of all stored lines
 */
public record SettlementBalance(String settlementId, String currency, BigDecimal total, BigDecimal linesTotal) {

    /** Total minus the sum of the lines. */
    public BigDecimal difference() {
        return total.subtract(linesTotal);
    }

    public boolean balanced() {
        return difference().signum() == 0;
    }
}
