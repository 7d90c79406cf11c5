package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

/**
 * Computes an account's profit rollup in the background (JobRunr), so that no page view waits for it: a while after
 * each import (the last import of a run of files does the work, the others leave it to it), and when a page finds
 * the rollup older than its sources. Jobs are named by what they answer to, so that the same change never queues
 * two of them.
 */
@Component
public class ProfitRollupJob {

    /** How long after an import the rollup waits for more files of the same upload. */
    static final Duration AFTER_IMPORT = Duration.ofSeconds(20);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProfitRollupJob.class);

    private final ProfitRollup rollup;
    private final ReportImports imports;
    private final AccountDirectory directory;
    private final JobScheduler scheduler;
    private final Clock clock;

    ProfitRollupJob(
            ProfitRollup rollup,
            ReportImports imports,
            AccountDirectory directory,
            JobScheduler scheduler,
            Clock clock) {
        this.rollup = rollup;
        this.imports = imports;
        this.directory = directory;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The job after import batch {@code batchId}: it computes only when no later batch came meanwhile. */
    @Job(name = "Profit of seller account %0 after import batch %1", retries = 2)
    public void afterImport(long accountId, long batchId) {
        if (!exists(accountId)) {
            return;
        }
        long latest = imports.batchIds(accountId).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (latest > batchId) {
            LOG.debug("Profit of account {}: batch {} came after {}, its own job computes", accountId, latest, batchId);
            return;
        }
        rollup.fresh(accountId);
    }

    /** The job a page queues when it shows an old rollup: computes when the sources still differ. */
    @Job(name = "Profit of seller account %0", retries = 2)
    public void whenStale(long accountId) {
        if (exists(accountId)) {
            rollup.fresh(accountId);
        }
    }

    /** A demo account may be removed before its job runs: then there is nothing to compute. */
    private boolean exists(long accountId) {
        return directory.account(accountId).isPresent();
    }

    /** Queues the computation that follows an import, {@link #AFTER_IMPORT} later. */
    void queueAfterImport(long accountId, long batchId) {
        scheduler.schedule(
                id("after-import " + accountId + " " + batchId),
                clock.instant().plus(AFTER_IMPORT),
                () -> afterImport(accountId, batchId));
    }

    /** Queues a computation now for sources with this fingerprint (once per fingerprint). */
    void queueNow(long accountId, String fingerprint) {
        scheduler.enqueue(id("stale " + accountId + " " + fingerprint), () -> whenStale(accountId));
    }

    private static UUID id(String what) {
        return UUID.nameUUIDFromBytes(("bosun profit rollup " + what).getBytes(StandardCharsets.UTF_8));
    }
}
