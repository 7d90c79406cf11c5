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
 * @param uploadId the upload the file belongs to (Imports page, API), or null
 * @param progress told how many bytes of the file have been read, or null
 */
public record ImportOptions(
        boolean lenient,
        Marketplace marketplace,
        LocalDate periodFrom,
        LocalDate periodTo,
        String importedBy,
        Long uploadId,
        java.util.function.LongConsumer progress) {

    public ImportOptions(
            boolean lenient, Marketplace marketplace, LocalDate periodFrom, LocalDate periodTo, String importedBy) {
        this(lenient, marketplace, periodFrom, periodTo, importedBy, null, null);
    }

    /** The same options for a file of an upload, reporting its progress. */
    public ImportOptions forUpload(long upload, java.util.function.LongConsumer listener) {
        return new ImportOptions(lenient, marketplace, periodFrom, periodTo, importedBy, upload, listener);
    }

    public static ImportOptions strict(String importedBy) {
        return new ImportOptions(false, null, null, null, importedBy);
    }
}
