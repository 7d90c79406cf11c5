package dev.bosun.advertising;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An ad change on its way out, as stored: the proposal as the requester saw it, where it is, and once exported the
 * baseline it is watched against.
 *
 * @param reason the request's reason: the requester's note, the evidence and the expected effect in words
 * @param approvalId the workflow approval request, null until submitted
 * @param decidedBy who approved, rejected or withdrew it, null before
 * @param exportId the bulk sheet it went out in, null before
 * @param exportedOn the marketplace day of the export, null before
 * @param baseline the watched figures of the 14 days before the export, null before
 */
public record RequestedAdChange(
        long id,
        long accountId,
        ProposedAdChange proposal,
        String reason,
        ChangeStatus status,
        Long approvalId,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        Long exportId,
        LocalDate exportedOn,
        Baseline baseline) {

    /** The watched figures before the change. */
    public record Baseline(LocalDate from, LocalDate to, AdFigures figures) {

        public int days() {
            return (int) (to.toEpochDay() - from.toEpochDay() + 1);
        }
    }
}
