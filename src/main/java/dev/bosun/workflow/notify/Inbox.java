package dev.bosun.workflow.notify;

import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.notify.db.InboxRows;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.InboxEntry;
import dev.bosun.workflow.notify.domain.Notice;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The in-app notifications behind the bell. After a review run each user who may see the account gets the items
 * their in-app subscription wants, once per item and severity: a new problem, or one that became more urgent.
 */
@Service
public class Inbox {

    private final InboxRows rows;
    private final Recipients recipients;
    private final Subscriptions subscriptions;
    private final ReviewNotices notices;
    private final Clock clock;

    Inbox(InboxRows rows, Recipients recipients, Subscriptions subscriptions, ReviewNotices notices, Clock clock) {
        this.rows = rows;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.clock = clock;
    }

    /** Notifies every subscribed user of the date's open items; answers how many notifications were added. */
    public int notifyReview(long accountId, LocalDate date) {
        List<ActionItem> items = notices.open(accountId, date);
        if (items.isEmpty()) {
            return 0;
        }
        int added = 0;
        for (Recipient r : recipients.of(accountId)) {
            Subscription s = subscriptions.of(accountId, r.userId(), Channel.IN_APP);
            if (!s.enabled()) {
                continue;
            }
            for (ActionItem item : items) {
                Notice n = notices.notice(item, r.locale());
                if (!s.wants(n)) {
                    continue;
                }
                InboxEntry entry = new InboxEntry(
                        0,
                        accountId,
                        clock.instant(),
                        n.urgency(),
                        n.area(),
                        n.ruleId(),
                        n.title(),
                        joined(n.subject(), n.action()),
                        ReviewNotices.itemPath(item),
                        null);
                if (rows.add(accountId, r.userId(), entry, "item:" + item.id() + ":" + item.severity())) {
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * Adds one notification for a user, if they may see the account (for other parts of the workflow, e.g. an
     * approval waiting). The dedup key makes repeated calls harmless.
     */
    public boolean tell(
            long accountId, long userId, Urgency urgency, String title, String body, String link, String dedupKey) {
        boolean allowed = recipients.of(accountId).stream().anyMatch(r -> r.userId() == userId);
        if (!allowed) {
            return false;
        }
        InboxEntry entry = new InboxEntry(0, accountId, clock.instant(), urgency, null, null, title, body, link, null);
        return rows.add(accountId, userId, entry, dedupKey);
    }

    public List<InboxEntry> list(long accountId, long userId, boolean unreadOnly, int limit) {
        return rows.list(accountId, userId, unreadOnly, limit);
    }

    public int unread(long accountId, long userId) {
        return rows.unread(accountId, userId);
    }

    /** Marks one notification (or, with a null id, all of the account's) read; answers how many changed. */
    public int markRead(long accountId, long userId, Long id) {
        return rows.markRead(accountId, userId, id, clock.instant());
    }

    private static String joined(String subject, String action) {
        if (subject.isEmpty()) {
            return action;
        }
        return action.isEmpty() ? subject : subject + " — " + action;
    }
}
