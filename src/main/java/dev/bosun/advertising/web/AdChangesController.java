package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.advertising.AdChangeException;
import dev.bosun.advertising.AdChanges;
import dev.bosun.advertising.ChangeStatus;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.advertising.db.RequestedChanges.ExportFile;
import dev.bosun.advertising.domain.ChangeOutcome;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.ApprovalRefusedException;
import dev.bosun.workflow.ApprovalRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ad changes on the pages: "Request approval" of one or several proposals from the proposals page, approve or reject
 * there (or in the approvals inbox), the change history with each change's status and watched outcome, the bulk
 * sheet of the approved changes of a marketplace and the bulk sheets written before, for download.
 */
@Controller
class AdChangesController {

    /** The xlsx content type. */
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AccountDirectory directory;
    private final AdChanges changes;
    private final Clock clock;

    AdChangesController(AccountDirectory directory, AdChanges changes, Clock clock) {
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
    }

    @PostMapping("/a/{accountId}/advertising/proposals/request")
    String request(
            @PathVariable long accountId,
            @RequestParam(name = "key", required = false) List<String> keys,
            @RequestParam(required = false) String only,
            @RequestParam(required = false) String date,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        SellerAccount account = AdPages.account(directory, accountId);
        CurrentUser user = Users.current().orElseThrow();
        LocalDate day = day(account, date);
        try {
            // A row's own button sends its key as "only"; the button under the table sends the ticked boxes.
            List<String> chosen = only != null && !only.isBlank() ? List.of(only) : keys == null ? List.of() : keys;
            List<ProposedAdChange> proposed = changes.proposedChanges(accountId, day, chosen);
            List<RequestedAdChange> done =
                    changes.request(user, accountId, proposed, note, LocaleContextHolder.getLocale());
            long requested = done.stream()
                    .filter(c -> c.status() == ChangeStatus.REQUESTED)
                    .count();
            flash.addFlashAttribute("requested", requested);
            flash.addFlashAttribute("approvedAtOnce", done.size() - requested);
        } catch (AdChangeException e) {
            flash.addFlashAttribute("changeError", e.key());
            flash.addFlashAttribute("changeErrorArgs", e.arguments());
        }
        return "redirect:/a/" + accountId + "/advertising/proposals" + query(date, mp);
    }

    @PostMapping("/a/{accountId}/advertising/changes/{changeId:\\d+}/approve")
    String approve(
            @PathVariable long accountId,
            @PathVariable long changeId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        AdPages.account(directory, accountId);
        CurrentUser user = Users.current().orElseThrow();
        try {
            ApprovalRequest decided = changes.approve(user, accountId, changeId, note);
            flash.addFlashAttribute("decided", decided.status().messageKey());
        } catch (ApprovalRefusedException e) {
            flash.addFlashAttribute("refused", e.reason().messageKey());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return back(accountId, back);
    }

    @PostMapping("/a/{accountId}/advertising/changes/{changeId:\\d+}/reject")
    String reject(
            @PathVariable long accountId,
            @PathVariable long changeId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        AdPages.account(directory, accountId);
        CurrentUser user = Users.current().orElseThrow();
        try {
            ApprovalRequest decided = changes.reject(user, accountId, changeId, reason);
            flash.addFlashAttribute("decided", decided.status().messageKey());
        } catch (ApprovalRefusedException e) {
            flash.addFlashAttribute("refused", e.reason().messageKey());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", "approval.rejectReasonMissing");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return back(accountId, back);
    }

    @GetMapping("/a/{accountId}/advertising/changes")
    String history(@PathVariable long accountId, Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        CurrentUser user = Users.current().orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        List<ChangeLine> lines = new ArrayList<>();
        Map<Marketplace, Integer> approved = new LinkedHashMap<>();
        for (RequestedAdChange c : changes.history(accountId)) {
            LocalDate today =
                    LocalDate.now(clock.withZone(c.proposal().marketplace().zone()));
            List<ChangeOutcome> outcomes = changes.outcomes(c, today);
            lines.add(ChangeLine.of(
                    c,
                    changes.expectedText(c.proposal().expected(), c.proposal().currency(), locale),
                    outcomes,
                    changes.mayDecide(user, c)));
            if (c.status() == ChangeStatus.APPROVED) {
                approved.merge(c.proposal().marketplace(), 1, Integer::sum);
            }
        }
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("lines", lines);
        model.addAttribute("approved", approved);
        model.addAttribute("exports", changes.exports(accountId));
        return "advertising/changes";
    }

    @PostMapping("/a/{accountId}/advertising/changes/export")
    String export(@PathVariable long accountId, @RequestParam(name = "mp") String mp, RedirectAttributes flash) {
        SellerAccount account = AdPages.account(directory, accountId);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        if (marketplace == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the marketplace of the bulk sheet");
        }
        try {
            ExportFile file = changes.export(Users.current().orElseThrow(), accountId, marketplace);
            flash.addFlashAttribute("exported", file.id());
            flash.addFlashAttribute("exportedName", file.fileName());
        } catch (AdChangeException e) {
            flash.addFlashAttribute("changeError", e.key());
            flash.addFlashAttribute("changeErrorArgs", e.arguments());
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
        return "redirect:/a/" + accountId + "/advertising/changes";
    }

    @GetMapping("/a/{accountId}/advertising/changes/exports/{exportId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long accountId, @PathVariable long exportId) {
        AdPages.account(directory, accountId);
        return file(changes, accountId, exportId);
    }

    static ResponseEntity<byte[]> file(AdChanges changes, long accountId, long exportId) {
        ExportFile file = changes.exportFile(accountId, exportId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    private LocalDate day(SellerAccount account, String date) {
        return date == null || date.isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, date, date, null, null).from();
    }

    private static String back(long accountId, String back) {
        return "redirect:/a/" + accountId + "/advertising/" + ("changes".equals(back) ? "changes" : "proposals");
    }

    private static String query(String date, String mp) {
        List<String> parts = new ArrayList<>();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            parts.add("date=" + date);
        }
        if (mp != null && mp.matches("[A-Za-z]{2}")) {
            parts.add("mp=" + mp);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** A change as the history shows it. */
    record ChangeLine(RequestedAdChange change, String expected, List<OutcomeLine> outcomes, boolean mayDecide) {

        static ChangeLine of(RequestedAdChange c, String expected, List<ChangeOutcome> outcomes, boolean mayDecide) {
            return new ChangeLine(
                    c,
                    expected,
                    outcomes.stream().map(o -> OutcomeLine.of(c, o)).toList(),
                    mayDecide);
        }

        /** When the 7-day check is due: the day after its window, once reports are in. */
        public LocalDate firstCheck() {
            return change.exportedOn() == null ? null : change.exportedOn().plusDays(8);
        }
    }

    /** One watched outcome as text. */
    record OutcomeLine(int days, String before, String after, String verdict, String spend, String orders) {

        static OutcomeLine of(RequestedAdChange c, ChangeOutcome o) {
            var metric = c.proposal().expected().metric();
            String currency = c.proposal().currency();
            return new OutcomeLine(
                    o.days(),
                    AdChanges.valueText(metric, o.before(), currency),
                    AdChanges.valueText(metric, o.after(), currency),
                    o.verdict().code(),
                    dev.bosun.workflow.Unit.MONEY.format(o.figures().spend()) + " " + currency,
                    String.valueOf(
                            o.figures().orders() == null ? 0 : o.figures().orders()));
        }
    }
}
