package dev.bosun.workflow.approvals.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.ApprovalInbox;
import dev.bosun.workflow.ApprovalPolicy;
import dev.bosun.workflow.ApprovalRefusedException;
import dev.bosun.workflow.ApprovalRequest;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.OperationsLog;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Approvals: the inbox (requests waiting for me, my requests, decided ones) across the accounts the user may see, a
 * request with its before/after values, reason and evidence and the approve/reject/withdraw buttons, and the
 * organisation's policies.
 */
@Controller
class ApprovalsController {

    private final Approvals approvals;
    private final OperationsLog log;
    private final AccountDirectory directory;

    ApprovalsController(Approvals approvals, OperationsLog log, AccountDirectory directory) {
        this.approvals = approvals;
        this.log = log;
        this.directory = directory;
    }

    @GetMapping("/a/{accountId}/approvals")
    String inbox(@PathVariable long accountId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        ApprovalInbox inbox = approvals.inbox(user);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> typeLabels = new LinkedHashMap<>();
        Stream.of(inbox.waitingForMe(), inbox.mine(), inbox.history())
                .flatMap(List::stream)
                .map(ApprovalRequest::operationType)
                .forEach(t -> typeLabels.computeIfAbsent(t, k -> log.typeLabel(k, locale)));
        model.addAttribute("area", "approvals");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("inbox", inbox);
        model.addAttribute("typeLabels", typeLabels);
        model.addAttribute(
                "accountNames",
                directory.accessibleTo(user).stream()
                        .collect(Collectors.toMap(SellerAccount::id, SellerAccount::name)));
        model.addAttribute(
                "empty",
                inbox.waitingForMe().isEmpty()
                        && inbox.mine().isEmpty()
                        && inbox.history().isEmpty());
        return "workflow/approvals";
    }

    @GetMapping("/a/{accountId}/approvals/{requestId:\\d+}")
    String request(@PathVariable long accountId, @PathVariable long requestId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        ApprovalRequest request = approvals.request(user, accountId, requestId);
        model.addAttribute("area", "approvals");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("request", request);
        model.addAttribute("typeLabel", log.typeLabel(request.operationType(), LocaleContextHolder.getLocale()));
        model.addAttribute("refusal", approvals.refusal(user, request).orElse(null));
        model.addAttribute("mayWithdraw", !request.status().decided() && request.requestedBy() == user.id());
        model.addAttribute("history", log.ofApproval(user, accountId, requestId));
        return "workflow/approval";
    }

    @PostMapping("/a/{accountId}/approvals/{requestId:\\d+}/approve")
    String approve(
            @PathVariable long accountId,
            @PathVariable long requestId,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        try {
            ApprovalRequest decided = approvals.approve(user, accountId, requestId, note);
            flash.addFlashAttribute("decided", decided.status().messageKey());
        } catch (ApprovalRefusedException e) {
            flash.addFlashAttribute("refused", e.reason().messageKey());
        }
        return "redirect:/a/" + accountId + "/approvals/" + requestId;
    }

    @PostMapping("/a/{accountId}/approvals/{requestId:\\d+}/reject")
    String reject(
            @PathVariable long accountId,
            @PathVariable long requestId,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        try {
            ApprovalRequest decided = approvals.reject(user, accountId, requestId, reason);
            flash.addFlashAttribute("decided", decided.status().messageKey());
        } catch (ApprovalRefusedException e) {
            flash.addFlashAttribute("refused", e.reason().messageKey());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", "approval.rejectReasonMissing");
        }
        return "redirect:/a/" + accountId + "/approvals/" + requestId;
    }

    @PostMapping("/a/{accountId}/approvals/{requestId:\\d+}/withdraw")
    String withdraw(@PathVariable long accountId, @PathVariable long requestId, RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        try {
            ApprovalRequest decided = approvals.withdraw(user, accountId, requestId);
            flash.addFlashAttribute("decided", decided.status().messageKey());
        } catch (ApprovalRefusedException e) {
            flash.addFlashAttribute("refused", e.reason().messageKey());
        }
        return "redirect:/a/" + accountId + "/approvals/" + requestId;
    }

    /** One policy as the page shows it. */
    record PolicyRow(ApprovalPolicy policy, String label, List<Role> approverRoles) {}

    @GetMapping("/a/{accountId}/approvals/policies")
    String policies(@PathVariable long accountId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("area", "approvals");
        model.addAttribute("sellerAccount", account);
        model.addAttribute(
                "rows",
                approvals.policies(user.organisationId()).stream()
                        .map(p -> new PolicyRow(
                                p,
                                log.typeLabel(p.operationType(), locale),
                                Arrays.stream(Role.values())
                                        .filter(r -> r.atLeast(approvals.leastApprover(p.operationType())))
                                        .toList()))
                        .toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("mayEdit", Approvals.mayEditPolicies(user));
        return "workflow/approval-policies";
    }

    @PostMapping("/a/{accountId}/approvals/policies")
    String setPolicy(
            @PathVariable long accountId,
            @RequestParam String operationType,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam String approverRole,
            @RequestParam(required = false) String exemptRole,
            @RequestParam(required = false) String thresholdPercent,
            @RequestParam(required = false) String thresholdAmount,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        try {
            approvals.setPolicy(
                    user,
                    new ApprovalPolicy(
                            operationType,
                            required,
                            Role.parse(approverRole),
                            exemptRole == null || exemptRole.isBlank() ? null : Role.parse(exemptRole),
                            number(thresholdPercent),
                            number(thresholdAmount)));
            flash.addFlashAttribute("savedType", operationType);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("policyError", e.getMessage());
        }
        return "redirect:/a/" + accountId + "/approvals/policies";
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text);
        }
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory
                .find(user, accountId)
                .orElseThrow(() -> new NoSuchElementException("no seller account " + accountId));
    }
}
