package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import java.math.BigDecimal;

/**
 * An organisation's rule for one type of operation: whether it needs a second person's approval, from which size of
 * change, and who may approve.
 *
 * @param required whether the operation needs approval at all
 * @param approverRole the least role that may approve (never the requester, whatever their role)
 * @param exemptRole users of this role or above apply the change directly; null when nobody is exempt
 * @param thresholdPercent approval only when the figure changes by more than this many percent (20 for 20 %), or
 *     null
 * @param thresholdAmount approval only when the figure after the change is above this amount, or null; with
 *     neither threshold every change of the type needs approval, with both either one suffices
 */
public record ApprovalPolicy(
        String operationType,
        boolean required,
        Role approverRole,
        Role exemptRole,
        BigDecimal thresholdPercent,
        BigDecimal thresholdAmount) {

    public ApprovalPolicy {
        if (approverRole == null) {
            throw new IllegalArgumentException("a policy names the role that approves");
        }
        if (thresholdPercent != null && thresholdPercent.signum() < 0) {
            throw new IllegalArgumentException("a percentage threshold is not negative: " + thresholdPercent);
        }
        if (thresholdAmount != null && thresholdAmount.signum() < 0) {
            throw new IllegalArgumentException("an amount threshold is not negative: " + thresholdAmount);
        }
    }
}
