package dev.bosun.finance;

import java.math.BigDecimal;

/**
 * What a person records when a claim moves on.
 *
 * @param status the new status
 * @param caseId Amazon's case id; required to submit
 * @param amountReimbursed what Amazon paid; required for {@link ClaimStatus#REIMBURSED}
 * @param note anything else (Amazon's answer, why it was dropped), at most 2,000 characters
 */
public record ClaimChange(ClaimStatus status, String caseId, BigDecimal amountReimbursed, String note) {

    public ClaimChange {
        caseId = caseId == null || caseId.isBlank() ? null : caseId.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
