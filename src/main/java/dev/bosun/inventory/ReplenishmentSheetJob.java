package dev.bosun.inventory;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Computes an account's replenishment sheets in the background (JobRunr), so that no page view forecasts the whole
 * catalogue: a while after each import (the last import of a run of files does the work), a moment after a hand
 * count, purchase order or partner change, and when a page finds the stored sheet stale. A computation whose sheet
 * is already current does nothing. Jobs queued by a page are named by the sources' fingerprint, so that the same
 * change never queues two of them.
 */
@Component
public class ReplenishmentSheetJob {

    /** How long after an import the computation waits for more files of the same upload. */
    static final Duration AFTER_IMPORT = Duration.ofSeconds(20);

    /** How long after a count or order change: a few edits in a row make one computation. */
    static final Duration AFTER_CHANGE = Duration.ofSeconds(5);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplenishmentSheetJob.class);

    private final ObjectProvider<Replenishment> replenishment;
    private final AccountDirectory directory;
    private final ReportImports imports;
    private final JobScheduler scheduler;
    private final Clock clock;

    ReplenishmentSheetJob(
            ObjectProvider<Replenishment> replenishment,
            AccountDirectory directory,
            ReportImports imports,
            JobScheduler scheduler,
            Clock clock) {
        this.replenishment = replenishment;
        this.directory = directory;
        this.imports = imports;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The job after import batch {@code batchId}: it computes only when no later batch came meanwhile. */
    @Job(name = "Replenishment sheets of seller account %0 after import batch %1", retries = 2)
    public void afterImport(long accountId, long batchId) {
        long latest = imports.batchIds(accountId).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (latest > batchId) {
            return;
        }
        refresh(accountId);
    }

    /** The job a page or a change queues: computes each marketplace's sheet that is stale. */
    @Job(name = "Replenishment sheets of seller account %0", retries = 2)
    public void whenStale(long accountId) {
        refresh(accountId);
    }

    /** Brings every marketplace's sheet of the account up to date (a removed account has none). */
    public void refresh(long accountId) {
        Optional<SellerAccount> account = directory.account(accountId);
        if (account.isEmpty()) {
            return;
        }
        for (Marketplace m : account.get().marketplaces()) {
            ReplenishmentSheet sheet = replenishment.getObject().current(accountId, m);
            LOG.debug(
                    "Replenishment sheet of account {} {}: {} SKUs, computed {} in {} ms",
                    accountId,
                    m.code(),
                    sheet.lines().size(),
                    sheet.computedAt(),
                    sheet.tookMillis());
        }
    }

    /** Queues the computation that follows an import, {@link #AFTER_IMPORT} later. */
    void queueAfterImport(long accountId, long batchId) {
        scheduler.schedule(
                id("after-import " + accountId + " " + batchId),
                clock.instant().plus(AFTER_IMPORT),
                () -> afterImport(accountId, batchId));
    }

    /** Queues a computation after a count, order or partner change, {@link #AFTER_CHANGE} later. */
    void queueAfterChange(long accountId) {
        scheduler.schedule(clock.instant().plus(AFTER_CHANGE), () -> whenStale(accountId));
    }

    /** Queues a computation now for sources with this fingerprint (once per fingerprint). */
    void queueNow(long accountId, String fingerprint) {
        scheduler.enqueue(id("stale " + accountId + " " + fingerprint), () -> whenStale(accountId));
    }

    private static UUID id(String what) {
        return UUID.nameUUIDFromBytes(("bosun replenishment sheet " + what).getBytes(StandardCharsets.UTF_8));
    }
}
