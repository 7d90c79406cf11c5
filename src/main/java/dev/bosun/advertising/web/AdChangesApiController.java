package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.AdChangeException;
import dev.bosun.advertising.AdChanges;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1} for ad changes, each for the account's own organisation only (404 otherwise):
 *
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/changes}: the change history, newest first, with rows, status
 *       and watched outcomes
 *   <li>{@code POST /api/v1/accounts/{id}/advertising/changes} {@code {"keys": [...], "date": "2026-11-26",
 *       "note": "..."}}: requests approval of the proposals with these keys (the {@code key} of each proposal of
 *       {@code GET .../advertising/proposals}); all or none (400 with the reason)
 *   <li>{@code POST .../advertising/changes/{changeId}/approve} {@code {"note": ...}} and {@code .../reject}
 *       {@code {"reason": ...}} (403 for one's own request or without the role)
 *   <li>{@code POST .../advertising/changes/exports?marketplace=US}: the bulk sheet of the approved changes
 *   <li>{@code GET .../advertising/changes/exports/{exportId}}: the xlsx
 * </ul>
 */
@RestController
class AdChangesApiController {

    private final AccountDirectory directory;
    private final AdChanges changes;
    private final Clock clock;

    AdChangesApiController(AccountDirectory directory, AdChanges changes, Clock clock) {
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
    }

    /** A request of proposals' changes. */
    record ChangeRequest(List<String> keys, String date, String note) {}

    /** A decision's words. */
    record Decision(String note, String reason) {}

    @GetMapping("/api/v1/accounts/{accountId}/advertising/changes")
    Map<String, Object> history(@PathVariable long accountId) {
        SellerAccount account = AdPages.account(directory, accountId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        List<Map<String, Object>> list = new ArrayList<>();
        for (RequestedAdChange c : changes.history(accountId)) {
            list.add(change(
                    c,
                    changes.outcomes(
                            c,
                            LocalDate.now(
                                    clock.withZone(c.proposal().marketplace().zone())))));
        }
        body.put("changes", list);
        return body;
    }

    @PostMapping("/api/v1/accounts/{accountId}/advertising/changes")
    Map<String, Object> request(@PathVariable long accountId, @RequestBody ChangeRequest request) {
        SellerAccount account = AdPages.account(directory, accountId);
        CurrentUser user = Users.current().orElseThrow();
        LocalDate day = request.date() == null || request.date().isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, request.date(), request.date(), null, null)
                        .from();
        try {
            List<RequestedAdChange> done = changes.request(
                    user,
                    accountId,
                    changes.proposedChanges(accountId, day, request.keys() == null ? List.of() : request.keys()),
                    request.note(),
                    locale(user));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("changes", done.stream().map(c -> change(c, List.of())).toList());
            return body;
        } catch (AdChangeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping("/api/v1/accounts/{accountId}/advertising/changes/{changeId:\\d+}/approve")
    Map<String, Object> approve(
            @PathVariable long accountId, @PathVariable long changeId, @RequestBody(required = false) Decision d) {
        AdPages.account(directory, accountId);
        return decided(
                () -> changes.approve(Users.current().orElseThrow(), accountId, changeId, d == null ? null : d.note()));
    }

    @PostMapping("/api/v1/accounts/{accountId}/advertising/changes/{changeId:\\d+}/reject")
    Map<String, Object> reject(
            @PathVariable long accountId, @PathVariable long changeId, @RequestBody(required = false) Decision d) {
        AdPages.account(directory, accountId);
        return decided(() ->
                changes.reject(Users.current().orElseThrow(), accountId, changeId, d == null ? null : d.reason()));
    }

    @PostMapping("/api/v1/accounts/{accountId}/advertising/changes/exports")
    Map<String, Object> export(@PathVariable long accountId, @RequestParam String marketplace) {
        SellerAccount account = AdPages.account(directory, accountId);
        Marketplace m = AdPages.marketplace(account, marketplace);
        if (m == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give the marketplace of the bulk sheet");
        }
        try {
            ExportFile file = changes.export(Users.current().orElseThrow(), accountId, m);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", file.id());
            body.put("marketplace", file.marketplace().code());
            body.put("file", file.fileName());
            body.put("changes", file.changes());
            body.put("rows", file.rows());
            body.put("download", "/api/v1/accounts/" + accountId + "/advertising/changes/exports/" + file.id());
            return body;
        } catch (AdChangeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/changes/exports/{exportId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long accountId, @PathVariable long exportId) {
        AdPages.account(directory, accountId);
        return AdChangesController.file(changes, accountId, exportId);
    }

    private static Map<String, Object> decided(java.util.function.Supplier<ApprovalRequest> decision) {
        try {
            ApprovalRequest r = decision.get();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("approval", r.id());
            body.put("status", r.status().name().toLowerCase(Locale.ROOT));
            return body;
        } catch (ApprovalRefusedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static Locale locale(CurrentUser user) {
        return user.locale() == null || user.locale().isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(user.locale());
    }

    private static Map<String, Object> change(RequestedAdChange c, List<ChangeOutcome> outcomes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kind", c.proposal().kind());
        m.put("key", c.proposal().key());
        m.put("marketplace", c.proposal().marketplace().code());
        m.put("label", c.proposal().label());
        m.put("status", c.status().code());
        m.put("approval", c.approvalId());
        m.put("requestedBy", c.requestedBy());
        m.put("requestedAt", c.requestedAt().toString());
        m.put("reason", c.reason());
        m.put("evidence", c.proposal().evidence());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AdChange r : c.proposal().changes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("entity", r.entity().label());
            row.put("operation", r.operation().label());
            row.put("campaignId", r.campaignId());
            row.put("campaignName", r.campaignName());
            row.put("adGroupId", r.adGroupId());
            row.put("adGroupName", r.adGroupName());
            row.put("entityId", r.entityId());
            row.put("keywordText", r.keywordText());
            row.put("matchType", r.matchType());
            row.put("field", r.field() == null ? null : r.field().column());
            row.put("before", r.before());
            row.put("after", r.after());
            rows.add(row);
        }
        m.put("rows", rows);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("metric", c.proposal().expected().metric().code());
        expected.put("direction", c.proposal().expected().direction().code());
        expected.put("value", c.proposal().expected().value());
        m.put("expected", expected);
        m.put("exportId", c.exportId());
        m.put("exportedOn", c.exportedOn() == null ? null : c.exportedOn().toString());
        if (c.baseline() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("from", c.baseline().from().toString());
            b.put("to", c.baseline().to().toString());
            b.put("spend", c.baseline().figures().spend());
            b.put("sales", c.baseline().figures().sales());
            b.put("orders", c.baseline().figures().orders());
            b.put("clicks", c.baseline().figures().clicks());
            m.put("baseline", b);
        }
        List<Map<String, Object>> watched = new ArrayList<>();
        for (ChangeOutcome o : outcomes) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("days", o.days());
            w.put("from", o.from().toString());
            w.put("to", o.to().toString());
            w.put("before", o.before());
            w.put("after", o.after());
            w.put("verdict", o.verdict().code());
            w.put("spend", o.figures().spend());
            w.put("orders", o.figures().orders());
            w.put("sales", o.figures().sales());
            watched.add(w);
        }
        m.put("outcomes", watched);
        return m;
    }
}
