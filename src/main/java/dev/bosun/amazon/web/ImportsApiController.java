package dev.bosun.amazon.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportUpload;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.domain.FilePeriod;
import dev.bosun.shared.Marketplace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1} for imports: upload report files ({@code multipart/form-data}, field {@code files}), follow a
 * background upload, list batches. Small uploads answer 200 with the results; large ones 202 with the upload to
 * follow.
 */
@RestController
class ImportsApiController {

    private final AccountDirectory directory;
    private final ReportImports imports;
    private final ImportUploads uploads;

    ImportsApiController(AccountDirectory directory, ReportImports imports, ImportUploads uploads) {
        this.directory = directory;
        this.imports = imports;
        this.uploads = uploads;
    }

    /** The contract's {@code POST /api/v1/imports}, naming the account with {@code account=<id>}. */
    @PostMapping("/api/v1/imports")
    ResponseEntity<Map<String, Object>> importFiles(
            @RequestParam("account") long accountId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean lenient) {
        return importForAccount(accountId, files, marketplace, period, lenient);
    }

    @PostMapping("/api/v1/accounts/{accountId}/imports")
    ResponseEntity<Map<String, Object>> importForAccount(
            @PathVariable long accountId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean lenient) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account =
                directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (files == null || files.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "send the report files in the multipart field 'files'");
        }
        Marketplace chosen = null;
        if (marketplace != null && !marketplace.isBlank()) {
            chosen = Marketplace.find(marketplace)
                    .filter(account::sellsIn)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.BAD_REQUEST, "the account does not sell in marketplace '" + marketplace + "'"));
        }
        FilePeriod given = null;
        if (period != null && !period.isBlank()) {
            try {
                given = FilePeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
            }
        }
        List<ImportUploads.UploadedFile> content = UploadedFiles.of(files);
        if (content.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "send the report files in the multipart field 'files'");
        }
        ImportUploads.Started started = uploads.start(
                accountId,
                content,
                new ImportOptions(
                        lenient,
                        chosen,
                        given == null ? null : given.from(),
                        given == null ? null : given.to(),
                        user.username()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload", started.uploadId());
        body.put("background", started.background());
        body.put(
                "files",
                started.results().stream().map(r -> r.describe(account.name())).toList());
        return ResponseEntity.status(started.background() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(body);
    }

    @GetMapping("/api/v1/accounts/{accountId}/imports/uploads/{uploadId}")
    Map<String, Object> upload(@PathVariable long accountId, @PathVariable long uploadId) {
        ImportUpload upload = uploads.upload(accountId, uploadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload", upload);
        body.put("percent", upload.percent());
        body.put("batches", imports.batchesOfUpload(accountId, uploadId));
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/imports")
    Map<String, List<ImportBatch>> batches(@PathVariable long accountId) {
        return Map.of("batches", imports.history(accountId, 100));
    }
}
