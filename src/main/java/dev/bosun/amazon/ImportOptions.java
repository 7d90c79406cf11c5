package dev.bosun.amazon;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * How to import a file.
 *
 * @param lenient import the good rows and record the rejected ones, instead of refusing the whole file
 * @param marketplace the marketplace of a file that does not say (e.g. a Business Report); null to infer
 * @param periodFrom with periodTo: the dates a report without dates inside covers; null to take them from the name
 * @param importedBy the username (or "cli") recorded with the batch
 */
public record ImportOptions(
        boolean lenient, Marketplace marketplace, LocalDate periodFrom, LocalDate periodTo, String importedBy) {

    public static ImportOptions strict(String importedBy) {
        return new ImportOptions(false, null, null, null, importedBy);
    }
}
