package dev.bosun.finance;

import dev.bosun.finance.db.MonthlyStorageFees;
import dev.bosun.platform.db.UpsertCounts;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/** The monthly FBA storage fees of each seller account, per FNSKU and fulfilment centre. */
@Service
public class StorageFees {

    private final MonthlyStorageFees fees;

    StorageFees(MonthlyStorageFees fees) {
        this.fees = fees;
    }

    /** Streams storage fees into the table, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        MonthlyStorageFees.Writer writer = fees.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(StorageFee fee) {
                writer.add(fee);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The storage fees charged for a month, by FNSKU and fulfilment centre. */
    public List<StorageFee> ofMonth(long accountId, YearMonth month) {
        return fees.ofMonth(accountId, month);
    }

    /** Writes storage fees in bulk within the caller's transaction. */
    public interface Recorder {
        void add(StorageFee fee);

        UpsertCounts finish();
    }
}
