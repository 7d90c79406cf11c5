package dev.bosun.amazon;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of importing one file (one entry of a zip counts as one file), as {@code bosun import --json}
 * prints it and the Imports page shows it.
 *
 * @param batchId the import batch recorded, also for refused files (with their problems)
 * @param type the detected layout id, or null when the file was not recognised
 * @param status {@code IMPORTED}, {@code PARTIAL} (lenient, some rows rejected) or {@code REJECTED}
 * @param problems the first problems found (at most {@link #MAX_PROBLEMS})
 * @param problemCount all problems found
 */
public record ImportResult(
        long batchId,
        String file,
        String type,
        String typeTitle,
        String status,
        List<String> marketplaces,
        LocalDate periodFrom,
        LocalDate periodTo,
        long rows,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        long durationMillis,
        List<ImportProblem> problems,
        long problemCount) {

    public static final int MAX_PROBLEMS = 100;

    public boolean imported() {
        return !"REJECTED".equals(status);
    }
}
