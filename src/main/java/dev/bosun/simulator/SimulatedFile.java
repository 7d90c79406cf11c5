package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A report file of a simulated store and what importing it needs: most reports do not name their marketplace, and
 * inventory snapshots hold no date.
 *
 * @param path the file
 * @param report the report layout id Bosun recognises it as, e.g. {@code orders.all-orders}
 * @param marketplace the marketplace to import it for
 * @param snapshotDay the day an inventory snapshot describes (to import with that period), else null
 */
public record SimulatedFile(Path path, String report, Marketplace marketplace, LocalDate snapshotDay) {}
