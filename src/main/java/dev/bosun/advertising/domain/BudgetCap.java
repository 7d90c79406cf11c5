package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a campaign ran out of budget before the day ended. Amazon stops serving a campaign's ads once the next
 * click could overspend its daily budget, so a capped day ends with spend within one bid of the budget: spend
 * at or above budget − the campaign's highest bid. Where the bids are not known, within {@value #UNKNOWN_BID_SHARE}
 * of the budget.
 */
public final class BudgetCap {

    static final String UNKNOWN_BID_SHARE = "10 %";
    private static final BigDecimal UNKNOWN_BID = new BigDecimal("0.10");

    private BudgetCap() {}

    /** The spend from which a day counts as capped. */
    public static BigDecimal cappedFrom(BigDecimal budget, BigDecimal maxBid) {
        BigDecimal margin = maxBid == null || maxBid.signum() <= 0
                ? budget.multiply(UNKNOWN_BID)
                : maxBid.min(budget.multiply(new BigDecimal("0.5")));
        return budget.subtract(margin);
    }

    /** The days (of the spends given, each with its budget) that reached the cap. */
    public static int cappedDays(List<BigDecimal> spends, List<BigDecimal> budgets, BigDecimal maxBid) {
        int capped = 0;
        for (int i = 0; i < spends.size(); i++) {
            BigDecimal budget = budgets.get(i);
            if (budget != null && budget.signum() > 0 && spends.get(i).compareTo(cappedFrom(budget, maxBid)) >= 0) {
                capped++;
            }
        }
        return capped;
    }
}
