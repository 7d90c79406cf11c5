package dev.bosun.simulator;

import java.time.Instant;

/**
 * Where an organisation's demo store stands, for the banner every page shows while it is being imported.
 *
 * @param phase what the demo job is doing, or how it ended
 * @param plan what is simulated
 * @param folder where the store is simulated; after the import it keeps {@code truth.json} and
 *     {@code manifest.json} (the report files move into the uploads)
 * @param filesDone report files imported so far, over all the demo's uploads
 * @param filesTotal report files to import (0 until the store is simulated)
 * @param batchesRemoved while the store is being removed: import batches deleted so far
 * @param batchesToRemove while the store is being removed: import batches of its accounts (0 before)
 * @param message how it ended (counts, or what failed), else null
 * @param createdAt when the demo store was created (the first start)
 * @param finishedAt when the job ended, else null
 */
public record DemoStatus(
        long organisationId,
        Phase phase,
        DemoPlan plan,
        java.nio.file.Path folder,
        int filesDone,
        int filesTotal,
        int batchesRemoved,
        int batchesToRemove,
        String message,
        Instant createdAt,
        Instant finishedAt) {

    /** The demo job's steps. */
    public enum Phase {
        /** Created with its accounts; the job has not started yet. */
        QUEUED,
        /** Writing the simulated report files. */
        SIMULATING,
        /** Importing them through the report importer. */
        IMPORTING,
        DONE,
        FAILED,
        /** Being removed by its background job: its accounts' import batches are deleted one by one. */
        REMOVING;

        /** Whether a job works on the store (importing it or removing it). */
        public boolean running() {
            return this == QUEUED || this == SIMULATING || this == IMPORTING || this == REMOVING;
        }
    }

    public boolean running() {
        return phase.running();
    }

    public boolean failed() {
        return phase == Phase.FAILED;
    }

    /** Whether it was its removal that failed (the store had been imported; an admin can remove it again). */
    public boolean removalFailed() {
        return phase == Phase.FAILED && batchesToRemove > 0;
    }

    /** Percent of the files imported (or, while removing, of the batches deleted), 0 to 100. */
    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        if (phase == Phase.REMOVING) {
            return batchesToRemove <= 0 ? 0 : Math.min(99, batchesRemoved * 100 / batchesToRemove);
        }
        return filesTotal <= 0 ? 0 : Math.min(99, filesDone * 100 / filesTotal);
    }

    /** The marketplaces as codes, e.g. {@code US, DE}. */
    public String marketplaceCodes() {
        return String.join(
                ", ",
                plan.marketplaces().stream()
                        .map(dev.bosun.shared.Marketplace::code)
                        .toList());
    }
}
