package dev.bosun.workflow.notify.domain;

import java.util.Objects;

/**
 * One thing to tell people about: an action item of the daily review as the notification channels see it.
 *
 * @param key the item's stable key (the same problem keeps its key from day to day)
 * @param urgency how urgent
 * @param area the review area, e.g. {@code HEALTH}; null when none
 * @param ruleId the rule that raised it, e.g. {@code health.odr}; null when none
 * @param title what is wrong, in the reader's language
 * @param subject what it is about (an ASIN, a SKU, the account), for display; may be empty
 * @param action what to do, in the reader's language; may be empty
 * @param link the item's page in Bosun (absolute URL or a path below the Bosun base URL)
 */
public record Notice(
        String key,
        Urgency urgency,
        String area,
        String ruleId,
        String title,
        String subject,
        String action,
        String link) {

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(urgency, "urgency");
        title = title == null ? "" : title;
        subject = subject == null ? "" : subject;
        action = action == null ? "" : action;
    }
}
