package dev.bosun.finance;

import java.util.Locale;

/** What Amazon owes a claim for. */
public enum ClaimKind {
    /** A referral or FBA fee charged above what the SKU's category and package call for. */
    FEE_OVERCHARGE,
    /** An FBA order refunded whose unit never came back. */
    REFUND_WITHOUT_RETURN,
    /** A unit lost or damaged in an Amazon warehouse, neither found nor reimbursed. */
    UNREIMBURSED_LOSS;

    /** Lower case with dashes, as in JSON, keys and message keys: {@code fee-overcharge}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
