package dev.bosun.amazon.db;

import static dev.bosun.jooq.Tables.IMPORT_BATCHES;
import static dev.bosun.jooq.Tables.IMPORT_PROBLEMS;

import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Import batches and their problems. */
@Repository
public class ImportBatches {

    private final DSLContext db;

    public ImportBatches(DSLContext db) {
        this.db = db;
    }

    /**
     * Per report layout, the distinct last days of data of the batches imported (fully or in part) whose data day
     * lies within {@code from..to}.
     */
    public List<ReportDays> dataDays(long accountId, LocalDate from, LocalDate to) {
        var b = IMPORT_BATCHES;
        Field<LocalDate> day =
                DSL.coalesce(b.PERIOD_TO, b.SNAPSHOT_DAY, DSL.field("({0})::date", LocalDate.class, b.IMPORTED_AT));
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<LocalDate>> days = new LinkedHashMap<>();
        db.selectDistinct(b.LAYOUT_ID, b.LAYOUT_TITLE, day.as("day"))
                .from(b)
                .where(b.ACCOUNT_ID.eq(accountId))
                .and(b.STATUS.in("IMPORTED", "PARTIAL"))
                .and(b.LAYOUT_ID.isNotNull())
                .and(day.between(from, to))
                .orderBy(b.LAYOUT_ID, day.as("day"))
                .forEach(r -> {
                    String layout = r.get(b.LAYOUT_ID);
                    titles.putIfAbsent(layout, r.get(b.LAYOUT_TITLE));
                    List<LocalDate> list = days.computeIfAbsent(layout, k -> new ArrayList<>());
                    LocalDate d = r.get("day", LocalDate.class);
                    if (!list.contains(d)) {
                        list.add(d);
                    }
                });
        List<ReportDays> result = new ArrayList<>();
        days.forEach((layout, list) -> result.add(new ReportDays(
                layout,
                titles.get(layout) == null ? layout : titles.get(layout),
                list.stream().sorted().toList())));
        return result;
    }

    public long nextId() {
        return db.select(DSL.field("nextval('import_batch_ids')", Long.class)).fetchOne(0, Long.class);
    }

    public void insert(
            long accountId,
            ImportResult result,
            String sha256,
            String readAs,
            String importedBy,
            String storedFile,
            Long uploadId,
            Instant at) {
        db.insertInto(IMPORT_BATCHES)
                .set(IMPORT_BATCHES.ACCOUNT_ID, accountId)
                .set(IMPORT_BATCHES.ID, result.batchId())
                .set(IMPORT_BATCHES.FILE_NAME, truncate(result.file(), 500))
                .set(IMPORT_BATCHES.SHA256, sha256)
                .set(IMPORT_BATCHES.LAYOUT_ID, result.type())
                .set(IMPORT_BATCHES.LAYOUT_TITLE, result.typeTitle())
                .set(IMPORT_BATCHES.READ_AS, truncate(readAs, 120))
                .set(IMPORT_BATCHES.STATUS, result.status())
                .set(IMPORT_BATCHES.MARKETPLACES, truncate(String.join(",", result.marketplaces()), 200))
                .set(IMPORT_BATCHES.PERIOD_FROM, result.periodFrom())
                .set(IMPORT_BATCHES.PERIOD_TO, result.periodTo())
                .set(IMPORT_BATCHES.ROWS_READ, result.rows())
                .set(IMPORT_BATCHES.INSERTED, result.inserted())
                .set(IMPORT_BATCHES.UPDATED, result.updated())
                .set(IMPORT_BATCHES.UNCHANGED, result.unchanged())
                .set(IMPORT_BATCHES.REJECTED, result.rejected())
                .set(IMPORT_BATCHES.PROBLEM_COUNT, result.problemCount())
                .set(IMPORT_BATCHES.DURATION_MS, result.durationMillis())
                .set(IMPORT_BATCHES.IMPORTED_BY, truncate(importedBy, 80))
                .set(IMPORT_BATCHES.IMPORTED_AT, at.atOffset(ZoneOffset.UTC))
                .set(IMPORT_BATCHES.STORED_FILE, truncate(storedFile, 1000))
                .set(IMPORT_BATCHES.UPLOAD_ID, uploadId)
                .set(
                        IMPORT_BATCHES.SNAPSHOT_DAY,
                        result.snapshotDay() == null
                                ? null
                                : result.snapshotDay().day())
                .set(
                        IMPORT_BATCHES.SNAPSHOT_DAY_SOURCE,
                        result.snapshotDay() == null
                                ? null
                                : result.snapshotDay().source().name())
                .execute();
        int seq = 0;
        var insert = db.insertInto(
                IMPORT_PROBLEMS,
                IMPORT_PROBLEMS.ACCOUNT_ID,
                IMPORT_PROBLEMS.BATCH_ID,
                IMPORT_PROBLEMS.SEQ,
                IMPORT_PROBLEMS.LINE,
                IMPORT_PROBLEMS.COL,
                IMPORT_PROBLEMS.COLUMN_NAME,
                IMPORT_PROBLEMS.MESSAGE);
        for (ImportProblem p : result.problems()) {
            insert = insert.values(
                    accountId,
                    result.batchId(),
                    ++seq,
                    p.line(),
                    p.column(),
                    truncate(p.columnName(), 200),
                    truncate(p.message(), 1000));
        }
        if (seq > 0) {
            insert.execute();
        }
    }

    public List<ImportBatch> recent(long accountId, int limit) {
        return db.selectFrom(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId))
                .orderBy(IMPORT_BATCHES.IMPORTED_AT.desc(), IMPORT_BATCHES.ID.desc())
                .limit(limit)
                .fetch()
                .map(ImportBatches::toBatch);
    }

    /** Every batch id of an account, newest first. */
    public List<Long> ids(long accountId) {
        return db.select(IMPORT_BATCHES.ID)
                .from(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId))
                .orderBy(IMPORT_BATCHES.ID.desc())
                .fetch(IMPORT_BATCHES.ID);
    }

    public Optional<ImportBatch> find(long accountId, long batchId) {
        return db.selectFrom(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId).and(IMPORT_BATCHES.ID.eq(batchId)))
                .fetchOptional()
                .map(ImportBatches::toBatch);
    }

    public List<ImportProblem> problems(long accountId, long batchId) {
        return db.selectFrom(IMPORT_PROBLEMS)
                .where(IMPORT_PROBLEMS.ACCOUNT_ID.eq(accountId).and(IMPORT_PROBLEMS.BATCH_ID.eq(batchId)))
                .orderBy(IMPORT_PROBLEMS.SEQ)
                .fetch()
                .map(r -> new ImportProblem(r.getLine(), r.getCol(), r.getColumnName(), r.getMessage()));
    }

    /** The file a batch was read from, if Bosun still knows where it is. */
    public Optional<String> storedFile(long accountId, long batchId) {
        return db.select(IMPORT_BATCHES.STORED_FILE)
                .from(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId).and(IMPORT_BATCHES.ID.eq(batchId)))
                .fetchOptional(IMPORT_BATCHES.STORED_FILE);
    }

    public List<ImportBatch> ofUpload(long accountId, long uploadId) {
        return db.selectFrom(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId).and(IMPORT_BATCHES.UPLOAD_ID.eq(uploadId)))
                .orderBy(IMPORT_BATCHES.ID)
                .fetch()
                .map(ImportBatches::toBatch);
    }

    /**
     * Deletes the rows a batch wrote into a module table (named by the module's importer; a plain identifier with
     * {@code account_id} and {@code batch_id} columns).
     */
    public long deleteRowsOfBatch(String table, long accountId, long batchId) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return db.deleteFrom(DSL.table(DSL.name(table)))
                .where(DSL.field(DSL.name("account_id")).eq(accountId))
                .and(DSL.field(DSL.name("batch_id")).eq(batchId))
                .execute();
    }

    public int delete(long accountId, long batchId) {
        return db.deleteFrom(IMPORT_BATCHES)
                .where(IMPORT_BATCHES.ACCOUNT_ID.eq(accountId).and(IMPORT_BATCHES.ID.eq(batchId)))
                .execute();
    }

    private static ImportBatch toBatch(dev.bosun.jooq.tables.records.ImportBatchesRecord r) {
        return new ImportBatch(
                r.getId(),
                r.getFileName(),
                r.getSha256(),
                r.getLayoutId(),
                r.getLayoutTitle(),
                r.getReadAs(),
                r.getStatus(),
                r.getMarketplaces(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getRowsRead(),
                r.getInserted(),
                r.getUpdated(),
                r.getUnchanged(),
                r.getRejected(),
                r.getProblemCount(),
                r.getDurationMs(),
                r.getImportedBy(),
                r.getImportedAt().toInstant(),
                r.getSnapshotDay(),
                r.getSnapshotDaySource());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
