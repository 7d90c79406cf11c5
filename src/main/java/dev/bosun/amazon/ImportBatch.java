package dev.bosun.amazon;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An import batch as the history lists it.
 *
 * @param snapshotDay for a snapshot report (Manage FBA Inventory…), the day it stands for; else null
 * @param snapshotDaySource where that day came from: {@code PERIOD}, {@code FILE_NAME} or {@code CLOCK}
 */
public record ImportBatch(
        long id,
        String fileName,
        String sha256,
        String layoutId,
        String layoutTitle,
        String readAs,
        String status,
        String marketplaces,
        LocalDate periodFrom,
        LocalDate periodTo,
        long rows,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        long problemCount,
        long durationMillis,
        String importedBy,
        Instant importedAt,
        LocalDate snapshotDay,
        String snapshotDaySource) {}
