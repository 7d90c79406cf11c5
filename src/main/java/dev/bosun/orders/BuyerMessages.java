package dev.bosun.orders;

import dev.bosun.orders.db.Messages;
import dev.bosun.platform.db.UpsertCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The messages buyers send each seller account, recorded from Bosun's buyer-messages template, with when and by
 * whom they were answered (Amazon expects an answer within 24 hours).
 */
@Service
public class BuyerMessages {

    private final Messages messages;

    BuyerMessages(Messages messages) {
        this.messages = messages;
    }

    /** Streams messages in; a message replaces the stored one with the same id (e.g. now answered). */
    public Recorder recorder(long accountId, long batchId) {
        Messages.Writer writer = messages.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(BuyerMessage message) {
                writer.add(message);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    public Optional<BuyerMessage> message(long accountId, String messageId) {
        return messages.find(accountId, messageId);
    }

    /** Messages received between two instants (half-open), oldest first. */
    public List<BuyerMessage> receivedBetween(long accountId, Instant from, Instant to) {
        return messages.receivedBetween(accountId, from, to);
    }

    /**
     * The messages waiting for an answer at an instant: received before it and not answered by then (answered
     * later, or not at all), oldest first.
     */
    public List<BuyerMessage> waitingAt(long accountId, Instant at) {
        return messages.waitingAt(accountId, at);
    }

    /** Writes messages in bulk within the caller's transaction. */
    public interface Recorder {
        void add(BuyerMessage message);

        /** Writes what is buffered; the counts of everything added. */
        UpsertCounts finish();
    }
}
