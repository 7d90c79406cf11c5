package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.Claim;
import dev.bosun.finance.ClaimChange;
import dev.bosun.finance.ClaimEvidence;
import dev.bosun.finance.ClaimStatus;
import dev.bosun.finance.Claims;
import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.SettlementCheck;
import dev.bosun.finance.SettlementReconciliation;
import dev.bosun.finance.SettlementReconciliationJob;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The settlements, their reconciliation and the claims ledger as JSON:
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/settlements}: every settlement with its totals and reconciliation status;</li>
 *   <li>{@code GET /api/v1/accounts/{id}/settlements/{sid}/reconciliation[?only=discrepancies]}: one settlement with
 *       its checked fee lines;</li>
 *   <li>{@code GET /api/v1/accounts/{id}/claims[?status=open|all|detected|…]}: the claims with their evidence and
 *       text (looks for new claims first);</li>
 *   <li>{@code POST /api/v1/accounts/{id}/claims} with {@code {"claim": 12, "status": "submitted", "case_id": "…",
 *       "amount_reimbursed": 12.30, "note": "…"}}: moves a claim on (specialists and above).</li>
 * </ul>
 * Amounts are numbers in the item's currency; field names are snake case like the CLI's JSON. {@code reconciling} is
 * true when the data changed since the last reconciliation (a new one is queued; the figures are the last ones).
 */
@RestController
class FinanceApiController {

    private final SettlementReconciliation reconciliation;
    private final SettlementReconciliationJob reconciliationJob;
    private final Claims claims;
    private final AccountDirectory directory;

    FinanceApiController(
            SettlementReconciliation reconciliation,
            SettlementReconciliationJob reconciliationJob,
            Claims claims,
            AccountDirectory directory) {
        this.reconciliation = reconciliation;
        this.reconciliationJob = reconciliationJob;
        this.claims = claims;
        this.directory = directory;
    }

    @GetMapping("/api/v1/accounts/{accountId}/settlements")
    Map<String, Object> settlements(@PathVariable long accountId) {
        SellerAccount account = account(user(), accountId);
        boolean reconciling = reconciliationJob.queueIfStale(accountId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("reconciling", reconciling);
        body.put(
                "settlements",
                reconciliation.settlements(accountId).stream()
                        .map(FinanceApiController::settlement)
                        .toList());
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/settlements/{settlementId}/reconciliation")
    Map<String, Object> reconciliation(
            @PathVariable long accountId,
            @PathVariable String settlementId,
            @RequestParam(required = false) String only) {
        SellerAccount account = account(user(), accountId);
        boolean reconciling = reconciliationJob.queueIfStale(accountId);
        SettlementCheck check = reconciliation
                .settlement(accountId, settlementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("reconciling", reconciling);
        body.put("settlement", settlement(check));
        body.put(
                "lines",
                reconciliation.lines(accountId, settlementId, "discrepancies".equals(only)).stream()
                        .map(FinanceApiController::line)
                        .toList());
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/claims")
    Map<String, Object> claims(@PathVariable long accountId, @RequestParam(required = false) String status) {
        SellerAccount account = account(user(), accountId);
        claims.detect(accountId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put(
                "claims",
                claims.ledger(accountId, ClaimsController.statuses(status)).stream()
                        .map(this::claim)
                        .toList());
        return body;
    }

    /** A claim moved on: {@code claim}, {@code status}, and {@code case_id}, {@code amount_reimbursed}, {@code note}. */
    record ClaimUpdate(Long claim, String status, String case_id, BigDecimal amount_reimbursed, String note) {}

    @PostMapping("/api/v1/accounts/{accountId}/claims")
    Map<String, Object> change(@PathVariable long accountId, @RequestBody ClaimUpdate update) {
        CurrentUser user = user();
        account(user, accountId);
        if (update.claim() == null || update.status() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give the claim id and the new status");
        }
        try {
            Claim changed = claims.change(
                    user,
                    accountId,
                    update.claim(),
                    new ClaimChange(
                            ClaimStatus.parse(update.status()),
                            update.case_id(),
                            update.amount_reimbursed(),
                            update.note()));
            return claim(changed);
        } catch (AccessDeniedException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static Map<String, Object> settlement(SettlementCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settlement_id", c.settlementId());
        m.put("starts_at", text(c.settlement().startsAt()));
        m.put("ends_at", text(c.settlement().endsAt()));
        m.put("deposit_at", text(c.settlement().depositAt()));
        m.put("currency", c.currency());
        m.put("total_amount", c.statedTotal());
        m.put("lines_total", c.linesTotal());
        m.put("balanced", c.balanced());
        m.put("reserve_released", c.reserveReleased());
        m.put("reserve_held", c.reserveHeld());
        m.put("reserve_expected", c.reserveExpected());
        m.put("status", c.status().code());
        m.put("reason", c.reason());
        m.put("fee_lines", c.feeLines());
        m.put("checked_lines", c.checkedLines());
        m.put("discrepant_lines", c.discrepantLines());
        m.put("unchecked_lines", c.uncheckedLines());
        m.put("overcharged", c.overcharged());
        m.put("undercharged", c.undercharged());
        m.put("checked_at", text(c.checkedAt()));
        return m;
    }

    private static Map<String, Object> line(FeeLineCheck l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line_no", l.lineNo());
        m.put("part", l.part());
        m.put("kind", l.kind().code());
        m.put("status", l.status().code());
        putIf(m, "reason", l.reason());
        putIf(m, "marketplace", l.marketplace() == null ? null : l.marketplace().code());
        putIf(m, "order_id", l.orderId());
        putIf(m, "sku", l.sku());
        putIf(m, "fnsku", l.fnsku());
        putIf(m, "quantity", l.quantity());
        putIf(m, "posted_date", text(l.postedDate()));
        putIf(m, "order_date", text(l.orderDate()));
        putIf(m, "charge_month", text(l.chargeMonth()));
        m.put("currency", l.currency());
        m.put("charged", l.charged());
        m.put("expected", l.expected());
        m.put("difference", l.difference());
        putIf(m, "unit_price", l.unitPrice());
        putIf(m, "category", l.category());
        putIf(m, "size_tier", l.sizeTier());
        putIf(m, "charged_tier", l.chargedTier());
        putIf(m, "charged_weight", l.chargedWeight());
        putIf(m, "rate_card", l.rateCard());
        putIf(m, "package", l.packageText());
        return m;
    }

    private Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("key", c.key());
        m.put("kind", c.kind().code());
        m.put("status", c.status().code());
        putIf(m, "marketplace", c.marketplace() == null ? null : c.marketplace().code());
        putIf(m, "sku", c.sku());
        putIf(m, "fnsku", c.fnsku());
        putIf(m, "asin", c.asin());
        putIf(m, "order_id", c.orderId());
        m.put("currency", c.currency());
        m.put("amount_expected", c.amountExpected());
        putIf(m, "amount_reimbursed", c.amountReimbursed());
        putIf(m, "units", c.units());
        putIf(m, "case_id", c.caseId());
        putIf(m, "reimbursement_ids", c.reimbursementIds());
        putIf(m, "event_date", text(c.eventDate()));
        putIf(m, "claimable_from", text(c.claimableFrom()));
        putIf(m, "claimable_until", text(c.claimableUntil()));
        m.put("detected_at", text(c.detectedAt()));
        putIf(m, "submitted_at", text(c.submittedAt()));
        putIf(m, "submitted_by", c.submittedBy());
        putIf(m, "resolved_at", text(c.resolvedAt()));
        putIf(m, "resolved_by", c.resolvedBy());
        m.put("updated_at", text(c.updatedAt()));
        m.put("updated_by", c.updatedBy());
        putIf(m, "note", c.note());
        Map<String, String> facts = new LinkedHashMap<>();
        c.evidence().facts().forEach(f -> facts.put(f.key(), f.value()));
        m.put("facts", facts);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ClaimEvidence.Line l : c.evidence().lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            putIf(line, "date", text(l.date()));
            putIf(line, "reference", l.reference());
            putIf(line, "units", l.units());
            putIf(line, "amount", l.amount());
            putIf(line, "expected", l.expected());
            putIf(line, "place", l.place());
            lines.add(line);
        }
        m.put("lines", lines);
        m.put("text", claims.text(c));
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
