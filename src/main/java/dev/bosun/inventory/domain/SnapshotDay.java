package dev.bosun.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a stock report without dates inside stands for. Amazon generates the Manage FBA Inventory, restock and
 * stranded inventory reports for "now"; the file names no day. The user may say which day it was (an old download
 * imported late); otherwise it is the day of the import in the marketplace's zone, since that is the business day
 * Seller Central shows.
 */
public final class SnapshotDay {

    private SnapshotDay() {}

    /**
     * @param given the first day of the period the user gave, or null
     * @param importedAt when the import runs
     * @param zone the marketplace's zone
     */
    public static LocalDate of(LocalDate given, Instant importedAt, ZoneId zone) {
        return given != null ? given : importedAt.atZone(zone).toLocalDate();
    }
}
