package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;

/**
 * Reconciles an account's settlements in the background (JobRunr), so that pages and the API only read: a while after
 * each import (the last import of a run of files does the work), and when a page finds the stored result older than
 * its data. Jobs are named by what they answer to, so that the same change never queues two of them.
 */
@Component
public class SettlementReconciliationJob {

    private final SettlementReconciliation reconciliation;
    private final ReportImports imports;
    private final AccountDirectory directory;
    private final JobScheduler scheduler;
    private final Clock clock;

    SettlementReconciliationJob(
            SettlementReconciliation reconciliation,
            ReportImports imports,
            AccountDirectory directory,
            JobScheduler scheduler,
            Clock clock) {
        this.reconciliation = reconciliation;
        this.imports = imports;
        this.directory = directory;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The job after import batch {@code batchId}: it reconciles only when no later batch came meanwhile. */
    @Job(name = "Settlement reconciliation of seller account %0 after import batch %1", retries = 2)
    public void afterImport(long accountId, long batchId) {
        if (!exists(accountId)) {
            return;
        }
        long latest = imports.batchIds(accountId).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (latest <= batchId) {
            reconciliation.refresh(accountId);
        }
    }

    /** The job a page queues when the stored result is older than the data: reconciles when it still is. */
    @Job(name = "Settlement reconciliation of seller account %0", retries = 2)
    public void whenStale(long accountId) {
        if (exists(accountId)) {
            reconciliation.refresh(accountId);
        }
    }

    /** A demo account may be removed before its job runs: then there is nothing to reconcile. */
    private boolean exists(long accountId) {
        return directory.account(accountId).isPresent();
    }

    /**
     * For a page or API read: whether the stored result is older than the data (or missing), in which case a
     * reconciliation is queued (once per change of the data). Never reconciles itself.
     */
    public boolean queueIfStale(long accountId) {
        Optional<String> changed = reconciliation.changedSince(accountId);
        changed.ifPresent(fingerprint ->
                scheduler.enqueue(id("stale " + accountId + " " + fingerprint), () -> whenStale(accountId)));
        return changed.isPresent();
    }

    /** Queues the reconciliation that follows an import, {@link ProfitRollupJob#AFTER_IMPORT} later. */
    void queueAfterImport(long accountId, long batchId) {
        scheduler.schedule(
                id("after-import " + accountId + " " + batchId),
                clock.instant().plus(ProfitRollupJob.AFTER_IMPORT),
                () -> afterImport(accountId, batchId));
    }

    private static UUID id(String what) {
        return UUID.nameUUIDFromBytes(("bosun settlement reconciliation " + what).getBytes(StandardCharsets.UTF_8));
    }
}
