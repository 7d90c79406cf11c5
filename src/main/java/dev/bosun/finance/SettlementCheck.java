package dev.bosun.finance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A settlement as reconciliation left it: its period, deposit and totals, whether its lines add up, the reserve it
 * released and held, and how its fee lines came out.
 *
 * @param statedTotal the summary row's total: what Amazon deposits (negative when the seller owes)
 * @param linesTotal the sum of the settlement's lines
 * @param reserveReleased the reserve of the previous settlement paid out in this one ({@code Previous Reserve Amount
 *     Balance}), or null when the settlement has no such line
 * @param reserveHeld the reserve held back from this payout ({@code Current Reserve Amount}, negative), or null
 * @param reserveExpected what the previous settlement (the latest one in the same currency ending before this one
 *     starts) held back, as a positive amount to be released now; null when Bosun does not have that settlement
 * @param reason why the settlement is not checkable, or the first kind of discrepancy (a code); null when reconciled
 * @param feeLines fee checks (referral, FBA and storage) in the settlement
 * @param overcharged the sum of what overcharged lines took too much
 * @param undercharged the sum of what undercharged lines took too little (positive)
 */
public record SettlementCheck(
        Settlement settlement,
        ReconciliationStatus status,
        String reason,
        BigDecimal statedTotal,
        BigDecimal linesTotal,
        BigDecimal reserveReleased,
        BigDecimal reserveHeld,
        BigDecimal reserveExpected,
        int feeLines,
        int checkedLines,
        int discrepantLines,
        int uncheckedLines,
        BigDecimal overcharged,
        BigDecimal undercharged,
        Instant checkedAt) {

    public String settlementId() {
        return settlement.settlementId();
    }

    public String currency() {
        return settlement.currency();
    }

    /** Stated total minus the sum of the lines; zero when they add up. */
    public BigDecimal difference() {
        return statedTotal.subtract(linesTotal);
    }

    /** Whether the lines add up to the stated total. */
    public boolean balanced() {
        return difference().signum() == 0;
    }

    /** Whether the reserve released matches what the previous settlement held; true when it cannot be told. */
    public boolean reserveCarried() {
        if (reserveExpected == null) {
            return true;
        }
        BigDecimal released = reserveReleased == null ? BigDecimal.ZERO : reserveReleased;
        return released.compareTo(reserveExpected) == 0;
    }
}
