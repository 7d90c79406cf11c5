package dev.bosun.finance;

import dev.bosun.finance.db.FbaReimbursements;
import dev.bosun.platform.db.UpsertCounts;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The FBA reimbursements Amazon approved for each seller account. */
@Service
public class Reimbursements {

    private final FbaReimbursements reimbursements;

    Reimbursements(FbaReimbursements reimbursements) {
        this.reimbursements = reimbursements;
    }

    /** Streams reimbursement rows into the table, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        FbaReimbursements.Writer writer = reimbursements.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(Reimbursement reimbursement) {
                writer.add(reimbursement);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The rows of one reimbursement, in report order; empty for an unknown id. */
    public List<Reimbursement> reimbursement(long accountId, String reimbursementId) {
        return reimbursements.ofReimbursement(accountId, reimbursementId);
    }

    /** The reimbursement rows approved in [from, to), by approval time. */
    public List<Reimbursement> approvedBetween(long accountId, Instant from, Instant to) {
        return reimbursements.approvedBetween(accountId, from, to);
    }

    /** Writes reimbursement rows in bulk within the caller's transaction. */
    public interface Recorder {
        void add(Reimbursement reimbursement);

        UpsertCounts finish();
    }
}
