package dev.bosun.amazon.db;

import static dev.bosun.jooq.Tables.IMPORT_UPLOADS;

import dev.bosun.amazon.ImportUpload;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Upload records and their progress. */
@Repository
public class ImportUploadRows {

    private final DSLContext db;

    public ImportUploadRows(DSLContext db) {
        this.db = db;
    }

    public long create(long accountId, int files, long bytes, String createdBy, Instant at) {
        long id =
                db.select(DSL.field("nextval('import_upload_ids')", Long.class)).fetchOne(0, Long.class);
        db.insertInto(IMPORT_UPLOADS)
                .set(IMPORT_UPLOADS.ACCOUNT_ID, accountId)
                .set(IMPORT_UPLOADS.ID, id)
                .set(IMPORT_UPLOADS.STATUS, "QUEUED")
                .set(IMPORT_UPLOADS.FILES_TOTAL, files)
                .set(IMPORT_UPLOADS.BYTES_TOTAL, bytes)
                .set(IMPORT_UPLOADS.CREATED_BY, createdBy)
                .set(IMPORT_UPLOADS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
        return id;
    }

    public void progress(long accountId, long id, String status, int filesDone, long bytesDone, String currentFile) {
        db.update(IMPORT_UPLOADS)
                .set(IMPORT_UPLOADS.STATUS, status)
                .set(IMPORT_UPLOADS.FILES_DONE, filesDone)
                .set(IMPORT_UPLOADS.BYTES_DONE, bytesDone)
                .set(
                        IMPORT_UPLOADS.CURRENT_FILE,
                        currentFile == null || currentFile.length() <= 500
                                ? currentFile
                                : currentFile.substring(0, 500))
                .where(IMPORT_UPLOADS.ACCOUNT_ID.eq(accountId).and(IMPORT_UPLOADS.ID.eq(id)))
                .execute();
    }

    public void total(long accountId, long id, long bytes) {
        db.update(IMPORT_UPLOADS)
                .set(IMPORT_UPLOADS.BYTES_TOTAL, bytes)
                .where(IMPORT_UPLOADS.ACCOUNT_ID.eq(accountId).and(IMPORT_UPLOADS.ID.eq(id)))
                .execute();
    }

    public void finish(long accountId, long id, String status, String message, Instant at) {
        db.update(IMPORT_UPLOADS)
                .set(IMPORT_UPLOADS.STATUS, status)
                .set(IMPORT_UPLOADS.FILES_DONE, IMPORT_UPLOADS.FILES_TOTAL)
                .set(IMPORT_UPLOADS.BYTES_DONE, IMPORT_UPLOADS.BYTES_TOTAL)
                .set(IMPORT_UPLOADS.CURRENT_FILE, (String) null)
                .set(
                        IMPORT_UPLOADS.MESSAGE,
                        message == null || message.length() <= 2000 ? message : message.substring(0, 2000))
                .set(IMPORT_UPLOADS.FINISHED_AT, at.atOffset(ZoneOffset.UTC))
                .where(IMPORT_UPLOADS.ACCOUNT_ID.eq(accountId).and(IMPORT_UPLOADS.ID.eq(id)))
                .execute();
    }

    public Optional<ImportUpload> find(long accountId, long id) {
        return db.selectFrom(IMPORT_UPLOADS)
                .where(IMPORT_UPLOADS.ACCOUNT_ID.eq(accountId).and(IMPORT_UPLOADS.ID.eq(id)))
                .fetchOptional()
                .map(ImportUploadRows::toUpload);
    }

    public List<ImportUpload> unfinished(long accountId) {
        return db.selectFrom(IMPORT_UPLOADS)
                .where(IMPORT_UPLOADS.ACCOUNT_ID.eq(accountId).and(IMPORT_UPLOADS.STATUS.in("QUEUED", "RUNNING")))
                .orderBy(IMPORT_UPLOADS.ID)
                .fetch()
                .map(ImportUploadRows::toUpload);
    }

    private static ImportUpload toUpload(dev.bosun.jooq.tables.records.ImportUploadsRecord r) {
        return new ImportUpload(
                r.getId(),
                r.getStatus(),
                r.getFilesTotal(),
                r.getFilesDone(),
                r.getBytesTotal(),
                r.getBytesDone(),
                r.getCurrentFile(),
                r.getMessage(),
                r.getCreatedBy(),
                r.getCreatedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }
}
