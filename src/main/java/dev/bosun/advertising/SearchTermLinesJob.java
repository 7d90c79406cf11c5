package dev.bosun.advertising;

import dev.bosun.advertising.db.SearchTermLineSummaries;
import dev.bosun.amazon.ReportImported;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sums the search-term lines again in the background (JobRunr) once an import has committed (V312): right after
 * each imported report, and every few minutes for any account still behind (rows written by the Ads API sync, a
 * batch removed, a job lost in a restart). Until then the search-term reads take the plain sums, so nothing waits
 * on this job but speed.
 */
@Component
public class SearchTermLinesJob {

    static final String SWEEP = "ads-search-term-lines";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchTermLinesJob.class);

    private final SearchTermLineSummaries summaries;
    private final JobScheduler scheduler;
    private final boolean jobServer;

    SearchTermLinesJob(
            SearchTermLineSummaries summaries,
            JobScheduler scheduler,
            @Value("${jobrunr.background-job-server.enabled:false}") boolean jobServer) {
        this.summaries = summaries;
        this.scheduler = scheduler;
        this.jobServer = jobServer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (jobServer) {
            scheduler.<SearchTermLinesJob>scheduleRecurrently(SWEEP, Duration.ofMinutes(5), job -> job.catchUpAll());
        }
    }

    @ApplicationModuleListener
    void on(ReportImported imported) {
        if (summaries.isBehind(imported.accountId())) {
            scheduler.enqueue(
                    id("after-import " + imported.accountId() + " " + imported.batchId()),
                    () -> catchUp(imported.accountId()));
        }
    }

    /** Sums the account's stale days and lines again (nothing when none is stale). */
    @Job(name = "Search-term lines of seller account %0", retries = 2)
    public void catchUp(long accountId) {
        long started = System.nanoTime();
        long pairs = summaries.catchUp(accountId);
        if (pairs > 0) {
            LOG.info(
                    "Search-term lines of account {}: {} line days summed again in {} ms",
                    accountId,
                    pairs,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Catches up every account that is behind. */
    @Job(name = "Search-term lines of every account behind", retries = 1)
    public void catchUpAll() {
        summaries.behind().forEach(this::catchUp);
    }

    private static UUID id(String what) {
        return UUID.nameUUIDFromBytes(("bosun search-term lines " + what).getBytes(StandardCharsets.UTF_8));
    }
}
