package dev.bosun.orders.db;

import static dev.bosun.jooq.Tables.BUYER_MESSAGES;

import dev.bosun.orders.BuyerMessage;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Buyer messages by account and message id. */
@Repository
public class Messages {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "message_id",
            "marketplace",
            "received_at",
            "order_id",
            "buyer_name",
            "subject",
            "message_text",
            "answered_at",
            "answered_by",
            "batch_id");

    private final DSLContext db;

    public Messages(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(
                BulkUpsert.into(db, "buyer_messages", COLUMNS, List.of("account_id", "message_id")),
                accountId,
                batchId);
    }

    public Optional<BuyerMessage> find(long accountId, String messageId) {
        return db.selectFrom(BUYER_MESSAGES)
                .where(BUYER_MESSAGES.ACCOUNT_ID.eq(accountId).and(BUYER_MESSAGES.MESSAGE_ID.eq(messageId)))
                .fetchOptional(Messages::toMessage);
    }

    public List<BuyerMessage> receivedBetween(long accountId, Instant from, Instant to) {
        return db.selectFrom(BUYER_MESSAGES)
                .where(BUYER_MESSAGES
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(BUYER_MESSAGES.RECEIVED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                        .and(BUYER_MESSAGES.RECEIVED_AT.lt(to.atOffset(ZoneOffset.UTC))))
                .orderBy(BUYER_MESSAGES.RECEIVED_AT, BUYER_MESSAGES.MESSAGE_ID)
                .fetch(Messages::toMessage);
    }

    /** Messages received before {@code at} and not answered by then, oldest first. */
    public List<BuyerMessage> waitingAt(long accountId, Instant at) {
        var t = BUYER_MESSAGES;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.RECEIVED_AT.lt(at.atOffset(ZoneOffset.UTC)))
                .and(t.ANSWERED_AT.isNull().or(t.ANSWERED_AT.gt(at.atOffset(ZoneOffset.UTC))))
                .orderBy(t.RECEIVED_AT, t.MESSAGE_ID)
                .fetch(Messages::toMessage);
    }

    private static BuyerMessage toMessage(Record r) {
        var answered = r.get(BUYER_MESSAGES.ANSWERED_AT);
        return new BuyerMessage(
                r.get(BUYER_MESSAGES.MESSAGE_ID),
                Marketplace.valueOf(r.get(BUYER_MESSAGES.MARKETPLACE)),
                r.get(BUYER_MESSAGES.RECEIVED_AT).toInstant(),
                r.get(BUYER_MESSAGES.ORDER_ID),
                r.get(BUYER_MESSAGES.BUYER_NAME),
                r.get(BUYER_MESSAGES.SUBJECT),
                r.get(BUYER_MESSAGES.MESSAGE_TEXT),
                answered == null ? null : answered.toInstant(),
                r.get(BUYER_MESSAGES.ANSWERED_BY));
    }

    /** Buffers messages and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(BuyerMessage m) {
            upsert.add(
                    accountId,
                    m.messageId(),
                    m.marketplace().code(),
                    m.receivedAt(),
                    m.orderId(),
                    m.buyerName(),
                    m.subject(),
                    m.text(),
                    m.answeredAt(),
                    m.answeredBy(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
