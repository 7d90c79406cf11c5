package dev.bosun.workflow.review;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.DailyReview;
import java.time.Duration;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The morning review: a JobRunr recurring job per seller account ({@code daily-review-<id>}) that runs the daily
 * review at {@value #CRON_TEXT} in the zone of the account's first marketplace, so the list is ready when the team
 * starts. The jobs are (re)registered when the server starts and every hour by a small recurring job of its own,
 * which picks up new accounts and changed marketplaces; accounts that no longer exist lose their job. Only the
 * server ({@code serve}, where the job server runs) registers them.
 */
@Component
public class MorningReview {

    static final String CRON = "0 6 * * *";
    static final String CRON_TEXT = "06:00";
    static final String PREFIX = "daily-review-";

    private static final Logger log = LoggerFactory.getLogger(MorningReview.class);

    private final DailyReview review;
    private final AccountDirectory directory;
    private final JobScheduler scheduler;
    private final boolean jobServer;

    MorningReview(
            DailyReview review,
            AccountDirectory directory,
            JobScheduler scheduler,
            @Value("${jobrunr.background-job-server.enabled:false}") boolean jobServer) {
        this.review = review;
        this.directory = directory;
        this.scheduler = scheduler;
        this.jobServer = jobServer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerOnStart() {
        if (!jobServer) {
            return;
        }
        scheduler.<MorningReview>scheduleRecurrently(
                "daily-review-schedule", Duration.ofHours(1), job -> job.register());
        register();
    }

    /** Registers (or updates) the morning job of every account. */
    @Job(name = "Schedule the morning reviews")
    public void register() {
        for (SellerAccount account : directory.allAccounts()) {
            long id = account.id();
            scheduler.<MorningReview>scheduleRecurrently(
                    PREFIX + id, CRON, DailyReview.zone(account), job -> job.runToday(id));
        }
    }

    /** The job: today's review of one account; an account deleted meanwhile loses its job. */
    @Job(name = "Morning review of seller account %0", retries = 2)
    public void runToday(long accountId) {
        if (directory.account(accountId).isEmpty()) {
            scheduler.deleteRecurringJob(PREFIX + accountId);
            return;
        }
        var run = review.run(accountId, review.today(accountId));
        log.info(
                "Morning review of account {} for {}: {} items ({} new, {} resolved){}",
                accountId,
                run.date(),
                run.found(),
                run.created(),
                run.resolved(),
                run.failedRules().isEmpty() ? "" : ", failed rules: " + run.failedRules());
    }
}
