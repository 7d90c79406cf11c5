package dev.bosun.amazon;

import dev.bosun.amazon.db.ImportUploadRows;
import java.io.InputStream;
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

    public Optional<ImportUpload> upload(long accountId, long uploadId) {
        return uploads.find(accountId, uploadId);
    }

    /** Uploads still queued or running, for the progress bars of the Imports page. */
    public List<ImportUpload> running(long accountId) {
        return uploads.unfinished(accountId);
    }
}
