package dev.bosun.amazon;

import dev.bosun.amazon.db.ImportUploadRows;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Uploads from the Imports page and {@code POST /api/v1/imports}: the files are stored, then imported at once when
 * small, or by a background job when large (so the page stays responsive and shows a progress bar).
 */
@Service
public class ImportUploads {

    private final ImportUploadRows uploads;
    private final UploadStore store;
    private final ImportUploadJob job;
    private final JobScheduler scheduler;
    private final Clock clock;
    private final long inlineLimit;

    ImportUploads(
            ImportUploadRows uploads,
            UploadStore store,
            ImportUploadJob job,
            JobScheduler scheduler,
            Clock clock,
            @Value("${bosun.import.inline-limit-bytes:2000000}") long inlineLimit) {
        this.uploads = uploads;
        this.store = store;
        this.job = job;
        this.scheduler = scheduler;
        this.clock = clock;
        this.inlineLimit = inlineLimit;
    }

    /** One uploaded file: its name (with folder, for folder uploads) and content. */
    public record UploadedFile(String name, InputStream content) {}

    /**
     * The outcome of starting an upload.
     *
     * @param results the results when it was imported at once; empty when it runs in the background
     */
    public record Started(long uploadId, boolean background, List<ImportResult> results) {}

    public Started start(long accountId, List<UploadedFile> files, ImportOptions options) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files were uploaded");
        }
        long uploadId = uploads.create(accountId, files.size(), 0, options.importedBy(), clock.instant());
        long total = 0;
        int ordinal = 0;
        for (UploadedFile file : files) {
            total += store.store(accountId, uploadId, ++ordinal, file.name(), file.content());
        }
        uploads.total(accountId, uploadId, total);
        if (total <= inlineLimit) {
            return new Started(uploadId, false, job.runNow(accountId, uploadId, options));
        }
        String marketplace =
                options.marketplace() == null ? null : options.marketplace().code();
        String from = options.periodFrom() == null ? null : options.periodFrom().toString();
        String to = options.periodTo() == null ? null : options.periodTo().toString();
        boolean lenient = options.lenient();
        String by = options.importedBy();
        scheduler.enqueue(() -> job.run(accountId, uploadId, lenient, marketplace, from, to, by));
        return new Started(uploadId, true, List.of());
    }

    /**
     * A file already on this machine (in the data directory), with the name it is imported under: the name may
     * carry the day of a snapshot report or the period of a Business Report, as a downloaded file's name would.
     */
    public record LocalFile(String name, Path path) {}

    /**
     * Records an upload of files that are already on this machine, moving them into the upload store, and leaves it
     * queued: {@link #run} imports it later, e.g. from a background job that prepared several uploads first so that
     * their progress can be shown together.
     *
     * @return the upload's id
     */
    public long prepare(long accountId, List<LocalFile> files, String importedBy) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to import");
        }
        long uploadId = uploads.create(accountId, files.size(), 0, importedBy, clock.instant());
        long total = 0;
        int ordinal = 0;
        for (LocalFile file : files) {
            total += store.move(accountId, uploadId, ++ordinal, file.name(), file.path());
        }
        uploads.total(accountId, uploadId, total);
        return uploadId;
    }

    /**
     * Imports a prepared upload now, in the caller's thread, keeping its progress up to date for the Imports page.
     *
     * @return the results, one per report
     */
    public List<ImportResult> run(long accountId, long uploadId, ImportOptions options) {
        return job.runNow(accountId, uploadId, options);
    }

    /** Deletes the stored files of every upload of an account (the account is being removed). */
    public void deleteStoredFiles(long accountId) {
        store.deleteAccount(accountId);
    }

    public Optional<ImportUpload> upload(long accountId, long uploadId) {
        return uploads.find(accountId, uploadId);
    }

    /** Uploads still queued or running, for the progress bars of the Imports page. */
    public List<ImportUpload> running(long accountId) {
        return uploads.unfinished(accountId);
    }
}
