package dev.bosun.finance;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a claim stands. Bosun detects claims and closes them when a reimbursement pays them (or drops a detected one
 * when the money is no longer owed: the unit was found, came back, or the fee turned out right); a person submits
 * them in Seller Central and records the case and the answer.
 */
public enum ClaimStatus {
    /** Found by Bosun, not yet filed. */
    DETECTED,
    /** Filed with Amazon; a case is open. */
    SUBMITTED,
    /** Amazon paid (in full or in part). */
    REIMBURSED,
    /** Amazon refused. */
    DENIED,
    /** Not owed any more before it was filed, or not worth filing. */
    DROPPED;

    private static final Map<ClaimStatus, List<ClaimStatus>> NEXT = Map.of(
            DETECTED, List.of(SUBMITTED, DROPPED),
            SUBMITTED, List.of(REIMBURSED, DENIED),
            DENIED, List.of(SUBMITTED),
            REIMBURSED, List.of(),
            DROPPED, List.of(DETECTED));

    /** The statuses a person may move a claim in this status to. */
    public List<ClaimStatus> next() {
        return NEXT.get(this);
    }

    /** Whether a person may move a claim from this status to {@code target}. */
    public boolean allows(ClaimStatus target) {
        return next().contains(target);
    }

    /** Whether the claim still waits for money or a decision. */
    public boolean open() {
        return this == DETECTED || this == SUBMITTED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code submitted}, {@code SUBMITTED}; throws IllegalArgumentException naming the valid values. */
    public static ClaimStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "unknown claim status '" + text + "' (detected, submitted, reimbursed, denied or dropped)");
        }
    }
}
