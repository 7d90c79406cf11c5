package dev.bosun.reviews;

import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.reviews.db.FeedbackEntries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The feedback buyers leave on each seller account, recorded from Amazon's seller feedback report. */
@Service
public class SellerFeedback {

    private final FeedbackEntries entries;

    SellerFeedback(FeedbackEntries entries) {
        this.entries = entries;
    }

    /** Streams feedback in; feedback replaces the stored one of the same order and date. */
    public Recorder recorder(long accountId, long batchId) {
        FeedbackEntries.Writer writer = entries.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(BuyerFeedback feedback) {
                writer.add(feedback);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The feedback left on an order, oldest first (a buyer may revise it on a later day). */
    public List<BuyerFeedback> feedbackOn(long accountId, String orderId) {
        return entries.ofOrder(accountId, orderId);
    }

    /** The feedback received from one day to another, both included. */
    public List<BuyerFeedback> receivedBetween(long accountId, LocalDate from, LocalDate to) {
        return entries.between(accountId, from, to);
    }

    /** Writes feedback in bulk within the caller's transaction. */
    public interface Recorder {
        void add(BuyerFeedback feedback);

        /** Writes what is buffered; the counts of everything added. */
        UpsertCounts finish();
    }
}
