package dev.bosun.amazon;

import dev.bosun.amazon.db.ImportUploadRows;
import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the stored files of an upload one after the other, keeping its progress up to date in its own short
 * transactions (so the page sees it while the import's transaction is still open). Runs in the request for small
 * uploads and as a JobRunr job, on any node, for large ones.
 */
@Component
public class ImportUploadJob {

    private static final Logger log = LoggerFactory.getLogger(ImportUploadJob.class);

    private final ReportImports imports;
    private final ImportUploadRows uploads;
    private final UploadStore store;
    private final TransactionTemplate progressTransactions;
    private final Clock clock;

    ImportUploadJob(
            ReportImports imports,
            ImportUploadRows uploads,
            UploadStore store,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.imports = imports;
        this.uploads = uploads;
        this.store = store;
        this.progressTransactions = new TransactionTemplate(transactionManager);
        this.progressTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The job: arguments are plain values so that JobRunr can store them. */
    @Job(name = "Import upload %1 of seller account %0", retries = 0)
    public void run(
            long accountId,
            long uploadId,
            boolean lenient,
            String marketplace,
            String periodFrom,
            String periodTo,
            String importedBy) {
        ImportOptions base = new ImportOptions(
                lenient,
                marketplace == null ? null : Marketplace.find(marketplace).orElse(null),
                periodFrom == null ? null : LocalDate.parse(periodFrom),
                periodTo == null ? null : LocalDate.parse(periodTo),
                importedBy);
        runNow(accountId, uploadId, base);
    }

    /** Imports the upload's files and returns their results. */
    public List<ImportResult> runNow(long accountId, long uploadId, ImportOptions base) {
        List<Path> files = store.files(accountId, uploadId);
        java.util.ArrayList<ImportResult> results = new java.util.ArrayList<>();
        long[] before = {0};
        int done = 0;
        try {
            for (Path file : files) {
                String name = store.originalName(file);
                int filesDone = done;
                long offset = before[0];
                progress(accountId, uploadId, filesDone, offset, name);
                results.addAll(imports.importFile(
                        accountId,
                        file,
                        name,
                        base.forUpload(
                                uploadId, bytes -> progress(accountId, uploadId, filesDone, offset + bytes, name))));
                before[0] += size(file);
                done++;
            }
            long refused = results.stream().filter(r -> !r.imported()).count();
            String message =
                    results.size() + " report" + (results.size() == 1 ? "" : "s") + ", " + refused + " refused";
            progressTransactions.executeWithoutResult(
                    s -> uploads.finish(accountId, uploadId, "DONE", message, clock.instant()));
        } catch (RuntimeException e) {
            log.error("Upload {} of account {} failed", uploadId, accountId, e);
            progressTransactions.executeWithoutResult(s -> uploads.finish(
                    accountId,
                    uploadId,
                    "FAILED",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    clock.instant()));
            throw e;
        }
        return results;
    }

    private void progress(long accountId, long uploadId, int filesDone, long bytesDone, String current) {
        progressTransactions.executeWithoutResult(
                s -> uploads.progress(accountId, uploadId, "RUNNING", filesDone, bytesDone, current));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
