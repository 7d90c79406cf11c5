package dev.bosun.amazon;

import java.time.Instant;
import java.time.LocalDate;

/** An import batch as the history lists it. */
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
        Instant importedAt) {}
