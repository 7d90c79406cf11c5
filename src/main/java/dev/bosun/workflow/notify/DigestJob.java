package dev.bosun.workflow.notify;

import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/** The recurring JobRunr job behind each account's e-mail digest (see {@link NotificationSchedules}). */
@Component
public class DigestJob {

    private final DigestMailer mailer;
    private final ReviewNotices notices;

    DigestJob(DigestMailer mailer, ReviewNotices notices) {
        this.mailer = mailer;
        this.notices = notices;
    }

    /** Sends the account's digest of today's review (or of the latest one when today's has not run). */
    @Job(name = "E-mail digest of seller account %0", retries = 1)
    public void run(long accountId) {
        notices.digestDate(accountId).ifPresent(date -> mailer.send(accountId, date));
    }
}
