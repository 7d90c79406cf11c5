package dev.bosun.amazon.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Imports area of a seller account: upload report files (several at once, or a whole folder), watch large
 * ones import, read the history of batches with their problems, run a batch again or delete it.
 */
@Controller
class ImportsController {

    private final AccountDirectory directory;
    private final ReportImports imports;
    private final ImportUploads uploads;
    private final ImportTemplates templates;

    ImportsController(
            AccountDirectory directory, ReportImports imports, ImportUploads uploads, ImportTemplates templates) {
        this.directory = directory;
        this.imports = imports;
        this.uploads = uploads;
        this.templates = templates;
    }

    @GetMapping("/a/{accountId}/imports")
    String page(@PathVariable long accountId, Model model) {
        SellerAccount account = account(accountId);
        model.addAttribute("area", "imports");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("batches", imports.history(accountId, 50));
        model.addAttribute("running", uploads.running(accountId));
        model.addAttribute("layouts", imports.layouts());
        model.addAttribute("templates", templates.names());
        return "amazon/imports";
    }

    @PostMapping("/a/{accountId}/imports")
    String upload(
            @PathVariable long accountId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String marketplace,
            @RequestParam(required = false) LocalDate periodFrom,
            @RequestParam(required = false) LocalDate periodTo,
            @RequestParam(defaultValue = "false") boolean lenient,
            RedirectAttributes flash) {
        SellerAccount account = account(accountId);
        CurrentUser user = Users.current().orElseThrow();
        List<ImportUploads.UploadedFile> given = UploadedFiles.of(files);
        if (given.isEmpty()) {
            flash.addFlashAttribute("errorKey", "imports.noFiles");
            return "redirect:/a/" + accountId + "/imports";
        }
        Marketplace chosen =
                Marketplace.find(marketplace).filter(account::sellsIn).orElse(null);
        LocalDate to = periodTo == null ? periodFrom : periodTo;
        if (periodFrom != null && to.isBefore(periodFrom)) {
            flash.addFlashAttribute("errorKey", "imports.badPeriod");
            return "redirect:/a/" + accountId + "/imports";
        }
        ImportUploads.Started started =
                uploads.start(accountId, given, new ImportOptions(lenient, chosen, periodFrom, to, user.username()));
        if (!started.background()) {
            flash.addFlashAttribute("results", started.results());
        }
        return "redirect:/a/" + accountId + "/imports";
    }

    /** The progress bar of one upload, polled by htmx until the upload is finished. */
    @GetMapping("/a/{accountId}/imports/uploads/{uploadId}")
    String progress(@PathVariable long accountId, @PathVariable long uploadId, Model model) {
        model.addAttribute(
                "upload",
                uploads.upload(accountId, uploadId)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("accountId", accountId);
        model.addAttribute("uploadBatches", imports.batchesOfUpload(accountId, uploadId));
        return "amazon/upload-progress :: progress";
    }

    @GetMapping("/a/{accountId}/imports/batches/{batchId}")
    String batch(@PathVariable long accountId, @PathVariable long batchId, Model model) {
        account(accountId);
        ImportBatch batch =
                imports.batch(accountId, batchId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", "imports");
        model.addAttribute("batch", batch);
        model.addAttribute("problems", imports.problems(accountId, batchId));
        model.addAttribute("canDelete", Users.current().orElseThrow().role().atLeast(Role.SUPERVISOR));
        return "amazon/batch";
    }

    @PostMapping("/a/{accountId}/imports/batches/{batchId}/rerun")
    String rerun(@PathVariable long accountId, @PathVariable long batchId, RedirectAttributes flash) {
        account(accountId);
        List<ImportResult> results = imports.rerun(
                        accountId, batchId, Users.current().orElseThrow().username())
                .orElse(null);
        if (results == null) {
            flash.addFlashAttribute("errorKey", "imports.fileGone");
            return "redirect:/a/" + accountId + "/imports/batches/" + batchId;
        }
        flash.addFlashAttribute("results", results);
        return "redirect:/a/" + accountId + "/imports";
    }

    @PostMapping("/a/{accountId}/imports/batches/{batchId}/delete")
    String delete(@PathVariable long accountId, @PathVariable long batchId, RedirectAttributes flash) {
        account(accountId);
        if (!Users.current().orElseThrow().role().atLeast(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisor role required to delete imported data");
        }
        long removed = imports.deleteBatch(accountId, batchId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (removed < 0) {
            flash.addFlashAttribute("errorKey", "imports.cannotDelete");
            return "redirect:/a/" + accountId + "/imports/batches/" + batchId;
        }
        flash.addFlashAttribute("deletedRows", removed);
        flash.addFlashAttribute("deletedBatch", batchId);
        return "redirect:/a/" + accountId + "/imports";
    }

    private SellerAccount account(long accountId) {
        return directory
                .find(Users.current().orElseThrow(), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
