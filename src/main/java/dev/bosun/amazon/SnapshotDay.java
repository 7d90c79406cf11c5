package dev.bosun.amazon;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The day a snapshot report stands for (Manage FBA Inventory, restock recommendations, stranded inventory: Amazon
 * writes them for the moment of the download and puts no date inside), and where Bosun took that day from.
 *
 * @param day the calendar day of the snapshot
 * @param source how the day was found
 */
public record SnapshotDay(LocalDate day, Source source) implements Serializable {

    public SnapshotDay {
        if (day == null || source == null) {
            throw new IllegalArgumentException("a snapshot day needs its day and its source");
        }
    }

    /** Where the day of a snapshot report comes from, in the order Bosun tries them. */
    public enum Source {
        /** The day the user gave (--period, the Period field of the upload form, the API's period). */
        PERIOD,
        /** A date in the file name ({@code Inventory+Report+11-24-2026.txt}, {@code myi_2026-11-24.txt}). */
        FILE_NAME,
        /** Neither: the day of the import in the marketplace's zone. */
        CLOCK
    }
}
