package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.RateCardEdits;
import dev.bosun.finance.RateSheet;
import dev.bosun.finance.RateValueChangeExecutor;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.ProposalOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Finance → Rate card → propose a value: for users who may not edit rate card values themselves, the change goes to a
 * store manager for approval (maker-checker) and is applied once approved.
 */
@Controller
class RateProposalController {

    private final AccountDirectory directory;
    private final RateCardEdits edits;
    private final Approvals approvals;

    RateProposalController(AccountDirectory directory, RateCardEdits edits, Approvals approvals) {
        this.directory = directory;
        this.edits = edits;
        this.approvals = approvals;
    }

    @GetMapping("/a/{accountId}/finance/fees/rates/propose")
    String form(
            @PathVariable long accountId,
            @RequestParam String mp,
            @RequestParam LocalDate effective,
            @RequestParam String key,
            Model model) {
        SellerAccount account = account(accountId);
        CurrentUser user = Users.current().orElseThrow();
        RateSheet sheet = sheet(user, mp, effective);
        RateSheet.Value value = sheet.values().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("sheet", sheet);
        model.addAttribute("value", value);
        model.addAttribute("policy", approvals.policy(user.organisationId(), RateValueChangeExecutor.OPERATION));
        return "finance/rate-proposal";
    }

    @PostMapping("/a/{accountId}/finance/fees/rates/propose")
    String propose(
            @PathVariable long accountId,
            @RequestParam String mp,
            @RequestParam LocalDate effective,
            @RequestParam String key,
            @RequestParam String value,
            @RequestParam String reason,
            @RequestParam(required = false) String evidence,
            RedirectAttributes flash) {
        account(accountId);
        CurrentUser user = Users.current().orElseThrow();
        RateSheet sheet = sheet(user, mp, effective);
        String back = "redirect:/a/" + accountId + "/finance/fees/rates/propose?mp="
                + sheet.marketplace().code() + "&effective=" + effective + "&key=" + key;
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace(',', '.'));
            ProposalOutcome outcome = approvals.propose(
                    user, RateValueChangeExecutor.proposal(accountId, sheet, key, amount, reason, evidence));
            if (outcome.waitingForApproval()) {
                flash.addFlashAttribute("submitted", true);
                return "redirect:/a/" + accountId + "/approvals/"
                        + outcome.request().id();
            }
            flash.addFlashAttribute("savedKey", key);
            return "redirect:/a/" + accountId + "/finance/fees/rates?mp="
                    + sheet.marketplace().code() + "&effective=" + effective;
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("proposalError", "not a number: " + value);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("proposalError", e.getMessage());
        }
        flash.addFlashAttribute("draftValue", value);
        flash.addFlashAttribute("draftReason", reason);
        flash.addFlashAttribute("draftEvidence", evidence);
        return back;
    }

    private RateSheet sheet(CurrentUser user, String mp, LocalDate effective) {
        Marketplace marketplace =
                Marketplace.find(mp).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return edits.calculatorFor(user.organisationId()).rateCards().stream()
                .filter(s -> s.marketplace() == marketplace && s.effective().equals(effective))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SellerAccount account(long accountId) {
        return directory
                .find(Users.current().orElseThrow(), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
