package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A message a buyer sent through Amazon's buyer-seller messaging, as Bosun's buyer-messages template records it.
 * Subject, text and buyer name are the buyer's own words, stored as given (escape when displaying).
 *
 * @param orderId the order the message is about; null for a message before or without an order
 * @param answeredAt when the seller answered; null while unanswered
 * @param answeredBy who answered (a team member's name); null when not recorded
 */
public record BuyerMessage(
        String messageId,
        Marketplace marketplace,
        Instant receivedAt,
        String orderId,
        String buyerName,
        String subject,
        String text,
        Instant answeredAt,
        String answeredBy) {

    /** How long the buyer waited for the answer; empty while unanswered. */
    public Optional<Duration> answerTime() {
        return answeredAt == null ? Optional.empty() : Optional.of(Duration.between(receivedAt, answeredAt));
    }
}
