package dev.bosun.finance;

import dev.bosun.finance.db.DateRangeTransactions;
import dev.bosun.platform.db.UpsertCounts;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The payment transactions (Date Range report) of each seller account: orders, refunds, fees and transfers. */
@Service
public class PaymentTransactions {

    private final DateRangeTransactions transactions;

    PaymentTransactions(DateRangeTransactions transactions) {
        this.transactions = transactions;
    }

    /** Streams transactions into the table, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        DateRangeTransactions.Writer writer = transactions.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(PaymentTransaction transaction) {
                writer.add(transaction);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The transactions posted in [from, to), by posting time. */
    public List<PaymentTransaction> postedBetween(long accountId, Instant from, Instant to) {
        return transactions.postedBetween(accountId, from, to);
    }

    /** Writes transactions in bulk within the caller's transaction. */
    public interface Recorder {
        void add(PaymentTransaction transaction);

        UpsertCounts finish();
    }
}
