package dev.bosun.workflow.notify;

import dev.bosun.workflow.ReviewCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After each review run: the bell of every subscribed user, and the account's group chat. */
@Component
class ReviewNotifications {

    private final Inbox inbox;
    private final Announcer announcer;

    ReviewNotifications(Inbox inbox, Announcer announcer) {
        this.inbox = inbox;
        this.announcer = announcer;
    }

    @ApplicationModuleListener
    void on(ReviewCompleted completed) {
        inbox.notifyReview(completed.accountId(), completed.date());
        announcer.announce(completed.accountId(), completed.date());
    }
}
