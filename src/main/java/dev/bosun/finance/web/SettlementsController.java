package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.SettlementCheck;
import dev.bosun.finance.SettlementReconciliation;
import dev.bosun.finance.SettlementReconciliationJob;
import dev.bosun.shared.Marketplace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance → Settlements: every settlement with its period, deposit, totals and reconciliation status; a settlement's
 * fee lines expected against charged (all, or the discrepancies only); both as xlsx.
 */
@Controller
class SettlementsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SettlementReconciliation reconciliation;
    private final SettlementReconciliationJob reconciliationJob;
    private final AccountDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    SettlementsController(
            SettlementReconciliation reconciliation,
            SettlementReconciliationJob reconciliationJob,
            AccountDirectory directory,
            MessageSource messages,
            Clock clock) {
        this.reconciliation = reconciliation;
        this.reconciliationJob = reconciliationJob;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** A settlement as the list shows it: days in its marketplace's zone. */
    record Row(SettlementCheck check, LocalDate from, LocalDate to, LocalDate deposit) {}

    @GetMapping("/a/{accountId}/finance/settlements")
    String list(@PathVariable long accountId, Model model) {
        SellerAccount account = account(accountId);
        // GET only reads: a stale result is reconciled again in the background.
        boolean reconciling = reconciliationJob.queueIfStale(accountId);
        List<Row> rows = reconciliation.settlements(accountId).stream()
                .map(c -> row(c, account))
                .toList();
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("rows", rows);
        model.addAttribute("reconciling", reconciling);
        return "finance/settlements";
    }

    @PostMapping("/a/{accountId}/finance/settlements/check")
    String checkAgain(@PathVariable long accountId, RedirectAttributes flash) {
        account(accountId);
        reconciliation.reconcile(accountId);
        flash.addFlashAttribute("checked", true);
        return "redirect:/a/" + accountId + "/finance/settlements";
    }

    @GetMapping("/a/{accountId}/finance/settlements/{settlementId}")
    String detail(
            @PathVariable long accountId,
            @PathVariable String settlementId,
            @RequestParam(required = false) String only,
            @RequestParam(required = false) String kind,
            Model model) {
        SellerAccount account = account(accountId);
        boolean reconciling = reconciliationJob.queueIfStale(accountId);
        SettlementCheck check = reconciliation
                .settlement(accountId, settlementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean discrepancies = "discrepancies".equals(only);
        FeeLineCheck.Kind chosen = kind(kind);
        List<FeeLineCheck> lines = reconciliation.lines(accountId, settlementId, discrepancies).stream()
                .filter(l -> chosen == null || l.kind() == chosen)
                .toList();
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("row", row(check, account));
        model.addAttribute("lines", lines);
        model.addAttribute("reconciling", reconciling);
        model.addAttribute("only", discrepancies ? "discrepancies" : "");
        model.addAttribute("kind", chosen == null ? "" : chosen.code());
        model.addAttribute("kinds", FeeLineCheck.Kind.values());
        return "finance/settlement";
    }

    @GetMapping("/a/{accountId}/finance/settlements/export.xlsx")
    void exportList(@PathVariable long accountId, HttpServletResponse response) throws IOException {
        SellerAccount account = account(accountId);
        reconciliationJob.queueIfStale(accountId);
        attachment(response, "settlements-" + account.name() + "-" + today(account) + ".xlsx");
        new SettlementsWorkbook(messages, locale())
                .settlements(
                        account.name(),
                        reconciliation.settlements(accountId),
                        zone(account, null),
                        response.getOutputStream());
    }

    @GetMapping("/a/{accountId}/finance/settlements/{settlementId}/export.xlsx")
    void exportLines(
            @PathVariable long accountId,
            @PathVariable String settlementId,
            @RequestParam(required = false) String only,
            HttpServletResponse response)
            throws IOException {
        SellerAccount account = account(accountId);
        reconciliationJob.queueIfStale(accountId);
        SettlementCheck check = reconciliation
                .settlement(accountId, settlementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        attachment(response, "settlement-" + settlementId + ".xlsx");
        new SettlementsWorkbook(messages, locale())
                .lines(
                        account.name(),
                        check,
                        reconciliation.lines(accountId, settlementId, "discrepancies".equals(only)),
                        response.getOutputStream());
    }

    private static FeeLineCheck.Kind kind(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (FeeLineCheck.Kind k : FeeLineCheck.Kind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }

    static Row row(SettlementCheck check, SellerAccount account) {
        ZoneId zone = zone(account, check);
        return new Row(
                check,
                day(check.settlement().startsAt(), zone),
                day(check.settlement().endsAt(), zone),
                day(check.settlement().depositAt(), zone));
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    static ZoneId zone(SellerAccount account, SettlementCheck check) {
        if (check != null && !check.settlement().marketplaces().isEmpty()) {
            return check.settlement().marketplaces().get(0).zone();
        }
        Marketplace primary = account.primaryMarketplace();
        return primary == null ? ZoneOffset.UTC : primary.zone();
    }

    private LocalDate today(SellerAccount account) {
        return LocalDate.now(clock.withZone(zone(account, null)));
    }

    static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private SellerAccount account(long accountId) {
        CurrentUser user = Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
