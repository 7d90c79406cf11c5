package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * What store to simulate. The same settings always give the same files, byte for byte.
 *
 * @param seed the seed every chance in the store derives from
 * @param start the first simulated day (the simulation never looks at the clock)
 * @param days how many days to simulate, 1 to 3660
 * @param skus how many SKUs the catalog has, 1 to 10000
 * @param marketplaces where the store sells (US, DE and JP have their own languages, prices and file formats)
 * @param incidents trouble to plant (none for a healthy store); with any, {@code answer-key.json} is written
 * @param snapshots how often the snapshot reports (Manage FBA Inventory …) are written; null: the last day only,
 *     as before daily snapshots existed (the command line and the demo store choose by the catalog's size)
 */
public record SimulationSettings(
        long seed,
        LocalDate start,
        int days,
        int skus,
        List<Marketplace> marketplaces,
        List<Incident> incidents,
        SnapshotCadence snapshots) {

    /** The first day when none is given: a fixed date, so that a seed alone names a store. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 1);

    public SimulationSettings {
        marketplaces = List.copyOf(marketplaces);
        incidents = List.copyOf(incidents);
        if (snapshots == null) {
            snapshots = SnapshotCadence.LAST;
        }
    }

    /** A store with incidents and snapshot reports of the last day only. */
    public SimulationSettings(
            long seed, LocalDate start, int days, int skus, List<Marketplace> marketplaces, List<Incident> incidents) {
        this(seed, start, days, skus, marketplaces, incidents, null);
    }

    /** A healthy store: no incidents. */
    public SimulationSettings(long seed, LocalDate start, int days, int skus, List<Marketplace> marketplaces) {
        this(seed, start, days, skus, marketplaces, List.of());
    }

    /** The same store with these incidents planted (replacing any given before). */
    public SimulationSettings withIncidents(List<Incident> planted) {
        return new SimulationSettings(seed, start, days, skus, marketplaces, planted, snapshots);
    }

    /** The same store with its snapshot reports written at this cadence. */
    public SimulationSettings withSnapshots(SnapshotCadence cadence) {
        return new SimulationSettings(seed, start, days, skus, marketplaces, incidents, cadence);
    }

    /** The last simulated day. */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }
}
