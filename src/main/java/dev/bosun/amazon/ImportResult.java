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
 * @param snapshotDay for a snapshot report (Manage FBA Inventory…): the day it stands for and where that came
 *     from; null for other reports
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
        long problemCount,
        SnapshotDay snapshotDay)
        implements java.io.Serializable {

    public static final int MAX_PROBLEMS = 100;

    public boolean imported() {
        return !"REJECTED".equals(status);
    }

    /** The result as {@code bosun import --json} and {@code /api/v1} give it (ARCHITECTURE.md, CLI contract). */
    public java.util.Map<String, Object> describe(String accountName) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("file", file);
        out.put("type", type);
        out.put("status", status);
        out.put("account", accountName);
        out.put("marketplaces", marketplaces);
        out.put("periodFrom", periodFrom == null ? null : periodFrom.toString());
        out.put("periodTo", periodTo == null ? null : periodTo.toString());
        out.put("snapshotDay", snapshotDay == null ? null : snapshotDay.day().toString());
        out.put(
                "snapshotDaySource",
                snapshotDay == null ? null : snapshotDay.source().name());
        out.put("rows", rows);
        out.put("inserted", inserted);
        out.put("updated", updated);
        out.put("unchanged", unchanged);
        out.put("rejected", rejected);
        out.put("batch", batchId);
        out.put(
                "errors",
                problems.stream()
                        .map(p -> {
                            java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
                            e.put("line", p.line());
                            e.put("column", p.column());
                            if (p.jsonPath() != null) {
                                e.put("path", p.jsonPath());
                            } else if (p.columnName() != null) {
                                e.put("columnName", p.columnName());
                            }
                            e.put("message", p.message());
                            return e;
                        })
                        .toList());
        out.put("errorCount", problemCount);
        return out;
    }
}
