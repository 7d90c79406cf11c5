package dev.bosun.finance;

import java.util.Locale;

/** How a settlement came out of reconciliation. */
public enum ReconciliationStatus {
    /** Every fee line Bosun could check is within a cent of what it should be, and the totals add up. */
    RECONCILED,
    /** At least one fee line is off by more than a cent, the lines do not add up to the total, or the reserve. */
    DISCREPANCIES,
    /** The settlement has fee lines but Bosun could check none of them; the reason says what is missing. */
    NOT_CHECKABLE;

    /** Lower case with dashes, as in JSON and message keys: {@code not-checkable}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
