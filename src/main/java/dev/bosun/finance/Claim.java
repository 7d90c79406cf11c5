package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reimbursement claim: money Amazon owes back, prepared by Bosun with its evidence, filed by a person.
 *
 * @param key what the claim is known by: kind, marketplace, subject and the first event it covers; the same problem
 *     found again never makes a second claim
 * @param amountExpected what Bosun expects Amazon to pay, in {@code currency}; null when it cannot value it
 * @param amountReimbursed what Amazon paid, once known
 * @param units the units the claim is for
 * @param caseId Amazon's case id, once filed
 * @param reimbursementIds the reimbursements that paid it, comma separated
 * @param eventDate the first overcharged order, the refund, or the loss
 * @param claimableFrom the first day Amazon accepts the claim, when it has one
 * @param claimableUntil the last day Amazon accepts the claim, when it has one
 * @param updatedBy the person (or {@code Bosun}) who changed it last
 */
public record Claim(
        long id,
        long accountId,
        String key,
        ClaimKind kind,
        ClaimStatus status,
        Marketplace marketplace,
        String sku,
        String fnsku,
        String asin,
        String orderId,
        String currency,
        BigDecimal amountExpected,
        BigDecimal amountReimbursed,
        Integer units,
        String caseId,
        String reimbursementIds,
        LocalDate eventDate,
        LocalDate claimableFrom,
        LocalDate claimableUntil,
        ClaimEvidence evidence,
        Instant detectedAt,
        Instant submittedAt,
        String submittedBy,
        Instant resolvedAt,
        String resolvedBy,
        Instant updatedAt,
        String updatedBy,
        String note) {

    /** The subject in operator terms: the SKU, else the order. */
    public String subject() {
        return sku != null ? sku : orderId != null ? orderId : fnsku;
    }
}
