package dev.bosun.amazon;

import java.util.List;

/**
 * A module's importer of one report type: its layout, and how rows become the module's records. Implementations
 * are Spring beans in the module's {@code importing} package; the reader finds them by their layouts. An importer
 * runs inside the import's transaction: it upserts by natural key (so importing a file twice, or two files that
 * overlap, never doubles anything), returns what it changed, and leaves rows that are not valid alone.
 */
public interface ReportImporter {

    ReportLayout layout();

    ImportCounts load(ImportContext context, ReportContent content);

    /**
     * Removes what a batch wrote and no later import has taken over (rows whose {@code batch_id} is still this
     * batch), for "delete batch" on the Imports page. Returns the rows removed. Importers that cannot tell their
     * rows apart by batch return -1, and the batch is then kept.
     */
    default long forget(long accountId, long batchId) {
        return -1;
    }

    /**
     * The module's tables this importer writes, each with {@code account_id} and {@code batch_id} columns, when
     * deleting a batch is just deleting its rows from them (used when {@link #forget} is not overridden).
     */
    default List<String> batchTables() {
        return List.of();
    }
}
