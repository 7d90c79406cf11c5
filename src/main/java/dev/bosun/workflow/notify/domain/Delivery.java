package dev.bosun.workflow.notify.domain;

import java.time.Instant;

/**
 * One message to send and how sending it went.
 *
 * @param channel {@code EMAIL} or the chat platform's name
 * @param userId the recipient of an e-mail; null for a group chat
 * @param target where it goes, safe to show: the e-mail address, or the webhook's host and last characters
 * @param subject the e-mail subject or the chat message heading
 * @param payload the plain-text e-mail, or the unsigned JSON body of the webhook post
 * @param html the HTML part of an e-mail; null for webhooks
 * @param status PENDING, SENT, RETRYING (a next try is scheduled) or FAILED (no more automatic tries)
 */
public record Delivery(
        long id,
        long accountId,
        String channel,
        Long userId,
        String target,
        String subject,
        String payload,
        String html,
        String status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Integer responseCode,
        String responseExcerpt) {

    public boolean email() {
        return "EMAIL".equals(channel);
    }

    public boolean failed() {
        return "FAILED".equals(status) || "RETRYING".equals(status);
    }
}
