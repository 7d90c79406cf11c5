package dev.bosun.simulator;

/**
 * How often the simulated store downloads its snapshot reports (Manage FBA Inventory, Restock Inventory, FBA
 * Inventory planning, Stranded Inventory): Amazon writes them for the moment of the download and keeps no history,
 * so a seller who wants stock over time downloads them every day. Whatever the cadence, the last day is written.
 */
public enum SnapshotCadence {
    /** Every day: the stock history a seller keeps by downloading each morning. */
    DAILY(1),
    /** Every seventh day counting back from the last: a seventh of the files for a large catalog. */
    WEEKLY(7),
    /** The last day only. */
    LAST(0);

    /** Catalogs up to this many SKUs get daily snapshots unless told otherwise. */
    public static final int DAILY_UP_TO_SKUS = 1_000;

    private final int everyDays;

    SnapshotCadence(int everyDays) {
        this.everyDays = everyDays;
    }

    /** Days between two snapshots; 0 for the last day only. */
    public int everyDays() {
        return everyDays;
    }

    /** The cadence when none is asked for: daily up to {@value #DAILY_UP_TO_SKUS} SKUs, weekly above. */
    public static SnapshotCadence forCatalog(int skus) {
        return skus <= DAILY_UP_TO_SKUS ? DAILY : WEEKLY;
    }

    /** {@code daily}, {@code weekly} or {@code last}, in any case. */
    public static SnapshotCadence parse(String text) {
        for (SnapshotCadence cadence : values()) {
            if (cadence.name().equalsIgnoreCase(text.strip())) {
                return cadence;
            }
        }
        throw new IllegalArgumentException("--snapshots is daily, weekly or last, not '" + text + "'");
    }
}
