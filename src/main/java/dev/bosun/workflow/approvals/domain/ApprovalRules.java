package dev.bosun.workflow.approvals.domain;

import dev.bosun.accounts.Role;
import dev.bosun.workflow.ApprovalRefusedException.Reason;
import dev.bosun.workflow.ApprovalStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** The decisions of maker-checker approval, as plain functions of the figures and the people involved. */
public final class ApprovalRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ApprovalRules() {}

    /**
     * Whether a change is big enough to need approval under a policy's thresholds. Without thresholds every change
     * is; with both, either one suffices. A change whose figures are unknown is treated as big: a threshold that
     * cannot be checked does not let a change through.
     *
     * @param percent the relative change above which approval is needed (20 for 20 %), or null
     * @param amount the value after the change above which approval is needed, or null
     */
    public static boolean exceeds(BigDecimal percent, BigDecimal amount, BigDecimal before, BigDecimal after) {
        if (percent == null && amount == null) {
            return true;
        }
        if (after == null) {
            return true;
        }
        if (amount != null && after.compareTo(amount) > 0) {
            return true;
        }
        if (percent != null) {
            if (before == null) {
                return true;
            }
            if (before.signum() == 0) {
                return after.signum() != 0;
            }
            BigDecimal change =
                    after.subtract(before).abs().multiply(HUNDRED).divide(before.abs(), MathContext.DECIMAL64);
            return change.compareTo(percent) > 0;
        }
        return false;
    }

    /** Whether a user of {@code role} applies changes of a policy directly. */
    public static boolean exempt(Role role, Role exemptRole) {
        return exemptRole != null && role.atLeast(exemptRole);
    }

    /** The more demanding of two roles. */
    public static Role stricter(Role a, Role b) {
        return a.atLeast(b) ? a : b;
    }

    /**
     * Why a user may not approve or reject a request, if they may not: the request is decided already (a replayed
     * approval), it is their own, or their role is below the one required.
     */
    public static Optional<Reason> refusal(
            ApprovalStatus status, long requesterId, long deciderId, Role deciderRole, Role requiredRole) {
        if (status.decided()) {
            return Optional.of(Reason.DECIDED);
        }
        if (requesterId == deciderId) {
            return Optional.of(Reason.OWN_REQUEST);
        }
        if (!deciderRole.atLeast(requiredRole)) {
            return Optional.of(Reason.ROLE);
        }
        return Optional.empty();
    }
}
