package dev.bosun.workflow.notify.domain;

import java.time.Instant;

/** One notification in a user's in-app inbox. */
public record InboxEntry(
        long id,
        long accountId,
        Instant createdAt,
        Urgency urgency,
        String area,
        String ruleId,
        String title,
        String body,
        String link,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
