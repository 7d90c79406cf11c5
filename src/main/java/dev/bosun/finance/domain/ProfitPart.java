package dev.bosun.finance.domain;

/**
 * The amounts that make up profit, each signed as it counts: sales are positive, fees, refunds and costs negative
 * (a reversed fee or a reimbursement is positive). The column names are those of the profit rollup tables.
 */
public enum ProfitPart {
    SALES("sales"),
    PROMOTIONS("promotions"),
    REFUNDS("refunds"),
    REFERRAL_FEES("referral_fees"),
    FBA_FEES("fba_fees"),
    OTHER_FEES("other_fees"),
    STORAGE_FEES("storage_fees"),
    REIMBURSEMENTS("reimbursements"),
    AD_SPEND("ad_spend"),
    COGS("cogs"),
    FREIGHT("freight"),
    DUTIES("duties"),
    PICK_PACK("pick_pack"),
    /** Not a part of profit of its own: how much of the referral and FBA fees is Bosun's estimate. */
    ESTIMATED_FEES("estimated_fees");

    private final String column;

    ProfitPart(String column) {
        this.column = column;
    }

    /** The column of the rollup tables holding the amount in the marketplace currency. */
    public String column() {
        return column;
    }

    /** The column holding the amount in the reporting currency. */
    public String reportingColumn() {
        return column + "_rep";
    }

    /** Whether the part adds into profit (all but {@link #ESTIMATED_FEES}, which is a share of two others). */
    public boolean countsTowardsProfit() {
        return this != ESTIMATED_FEES;
    }
}
