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
        FAILED;

        public boolean running() {
            return this == QUEUED || this == SIMULATING || this == IMPORTING;
        }
    }

    public boolean running() {
        return phase.running();
    }

    public boolean failed() {
        return phase == Phase.FAILED;
    }

    /** Percent of the files imported, 0 to 100. */
    public int percent() {
        if (phase == Phase.DONE) {
            return 100;
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
