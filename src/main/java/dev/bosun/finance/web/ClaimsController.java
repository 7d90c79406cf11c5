package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.Claim;
import dev.bosun.finance.ClaimChange;
import dev.bosun.finance.ClaimStatus;
import dev.bosun.finance.Claims;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
 * Finance → Claims: the reimbursement claims ledger (detected → submitted → reimbursed / denied), each claim with its
 * evidence and a text ready to paste into a Seller Central case; specialists and above record the case, Amazon's
 * answer and what it paid. Opening the ledger looks for new claims first. Exported as xlsx.
 */
@Controller
class ClaimsController {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsController.class);

    private final Claims claims;
    private final AccountDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    ClaimsController(Claims claims, AccountDirectory directory, MessageSource messages, Clock clock) {
        this.claims = claims;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/finance/claims")
    String ledger(@PathVariable long accountId, @RequestParam(required = false) String status, Model model) {
        CurrentUser user = user();
        SellerAccount account = account(user, accountId);
        detect(accountId, model);
        List<ClaimStatus> chosen = statuses(status);
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("claims", claims.ledger(accountId, chosen));
        model.addAttribute("status", status == null || status.isBlank() ? "open" : status);
        model.addAttribute("statuses", ClaimStatus.values());
        return "finance/claims";
    }

    @GetMapping("/a/{accountId}/finance/claims/{claimId}")
    String claim(@PathVariable long accountId, @PathVariable long claimId, Model model) {
        CurrentUser user = user();
        SellerAccount account = account(user, accountId);
        Claim claim =
                claims.claim(accountId, claimId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("claim", claim);
        model.addAttribute("claimText", claims.text(claim));
        model.addAttribute("mayChange", Claims.mayChange(user));
        model.addAttribute("next", claim.status().next());
        return "finance/claims-detail";
    }

    @PostMapping("/a/{accountId}/finance/claims/{claimId}/status")
    String change(
            @PathVariable long accountId,
            @PathVariable long claimId,
            @RequestParam String status,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        CurrentUser user = user();
        account(user, accountId);
        try {
            BigDecimal paid = amount == null || amount.isBlank()
                    ? null
                    : new BigDecimal(amount.strip().replace(',', '.'));
            claims.change(user, accountId, claimId, new ClaimChange(ClaimStatus.parse(status), caseId, paid, note));
            flash.addFlashAttribute("changed", true);
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("changeError", "claims.error.amount");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("changeError", "claims.error.step");
            flash.addFlashAttribute("changeDetail", e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return "redirect:/a/" + accountId + "/finance/claims/" + claimId;
    }

    @GetMapping("/a/{accountId}/finance/claims/export.xlsx")
    void export(
            @PathVariable long accountId, @RequestParam(required = false) String status, HttpServletResponse response)
            throws IOException {
        CurrentUser user = user();
        SellerAccount account = account(user, accountId);
        List<Claim> ledger = claims.ledger(accountId, statuses(status == null ? "all" : status));
        SettlementsController.attachment(
                response, "claims-" + account.name() + "-" + LocalDate.now(clock.withZone(user.zone())) + ".xlsx");
        new ClaimsWorkbook(messages, LocaleContextHolder.getLocale(), user.zone())
                .write(account.name(), ledger, response.getOutputStream());
    }

    private void detect(long accountId, Model model) {
        try {
            model.addAttribute("detection", claims.detect(accountId));
        } catch (RuntimeException e) {
            // The ledger stays readable when the data cannot be checked; the page says so.
            LOG.warn("looking for claims of account {} failed", accountId, e);
            model.addAttribute("detectError", e.getMessage());
        }
    }

    /** {@code open} (detected and submitted, the default), {@code all}, or one status. */
    static List<ClaimStatus> statuses(String status) {
        if (status == null || status.isBlank() || status.equals("open")) {
            return List.of(ClaimStatus.DETECTED, ClaimStatus.SUBMITTED);
        }
        if (status.equals("all")) {
            return List.of();
        }
        try {
            return List.of(ClaimStatus.parse(status));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
