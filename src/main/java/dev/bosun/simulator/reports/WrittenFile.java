package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * A report file the simulator wrote, and how to import it.
 *
 * @param path relative to the output folder, with forward slashes
 * @param report the id of the report layout Bosun should recognise it as (e.g. {@code orders.all-orders})
 * @param marketplace the marketplace the file belongs to (to give on import: most files do not say)
 * @param snapshotDay for reports without dates inside that describe one day (inventory snapshots): that day, to
 *     give as the import period; null otherwise
 */
public record WrittenFile(String path, String report, Marketplace marketplace, LocalDate snapshotDay) {}
