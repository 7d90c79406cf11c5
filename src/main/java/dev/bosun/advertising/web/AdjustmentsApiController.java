package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.AdLint;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.AdjustmentProposal;
import dev.bosun.advertising.StructureFinding;
import dev.bosun.advertising.TargetAcosSetting;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1} for the bid, budget and stock proposals, the structure lint and the target ACoS, each for the
 * account's own organisation only (404 otherwise):
 *
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/adjustments?date=&marketplace=}: proposals with their evidence
 *       ({@code facts}), expected effect and bulk-sheet rows ({@code changes})
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/lint?date=&marketplace=}
 *   <li>{@code GET /api/v1/accounts/{id}/advertising/targets}: the operator's targets and the category benchmarks
 *   <li>{@code PUT /api/v1/accounts/{id}/advertising/targets} with {@code {"scope":"ASIN","key":"B0…",
 *       "category":"HOME","targetAcos":0.22}} (a fraction; null keeps only the category); 400 and nothing changed
 *       for a bad value
 * </ul>
 */
@RestController
class AdjustmentsApiController {

    private final AccountDirectory directory;
    private final AdOptimizer optimizer;
    private final AdLint lint;
    private final AdAnalysis analysis;
    private final Clock clock;

    AdjustmentsApiController(
            AccountDirectory directory, AdOptimizer optimizer, AdLint lint, AdAnalysis analysis, Clock clock) {
        this.directory = directory;
        this.optimizer = optimizer;
        this.lint = lint;
        this.analysis = analysis;
        this.clock = clock;
    }

    /** A target ACoS as PUT. */
    record TargetBody(String scope, String key, String category, BigDecimal targetAcos) {}

    @GetMapping("/api/v1/accounts/{accountId}/advertising/adjustments")
    Map<String, Object> adjustments(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String marketplace) {
        SellerAccount account = AdPages.account(directory, accountId);
        LocalDate day = day(account, date);
        Marketplace m = AdPages.marketplace(account, marketplace);
        List<Map<String, Object>> list = new ArrayList<>();
        for (AdjustmentProposal p : optimizer.adjustmentProposals(accountId, day, m)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", p.kind().code());
            row.put("reason", p.reason());
            row.put("marketplace", p.marketplace().code());
            row.put("currency", p.currency());
            row.put("campaign", p.campaignName());
            row.put("adGroup", p.adGroupName());
            row.put("subject", p.subject());
            row.put("matchType", p.matchType());
            row.put("from", p.from().toString());
            row.put("to", p.to().toString());
            row.put("clicks", p.figures().clicks());
            row.put("orders", p.figures().orders());
            row.put("spend", p.figures().spend());
            row.put("sales", p.figures().sales());
            row.put("acos", p.acos());
            row.put("targetAcos", p.target() == null ? null : p.target().value());
            row.put("before", p.before());
            row.put("after", p.after());
            row.put("facts", p.facts());
            row.put("spendPerWeek", p.spendPerWeek());
            row.put("salesPerWeek", p.salesPerWeek());
            row.put(
                    "changes",
                    p.changes().stream().map(AdjustmentsApiController::change).toList());
            list.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("date", day.toString());
        body.put("proposals", list);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/lint")
    Map<String, Object> lint(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String marketplace) {
        SellerAccount account = AdPages.account(directory, accountId);
        LocalDate day = day(account, date);
        Marketplace m = AdPages.marketplace(account, marketplace);
        List<Map<String, Object>> list = new ArrayList<>();
        for (StructureFinding f : lint.lint(accountId, day, AdLint.Settings.defaults(), m)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", f.kind().code());
            row.put("marketplace", f.marketplace().code());
            row.put("campaign", f.campaignName());
            row.put("adGroup", f.adGroupName());
            row.put("subject", f.subject());
            row.put("related", f.related());
            row.put("facts", f.facts());
            row.put(
                    "changes",
                    f.changes().stream().map(AdjustmentsApiController::change).toList());
            list.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("date", day.toString());
        body.put("findings", list);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/advertising/targets")
    Map<String, Object> targets(@PathVariable long accountId) {
        SellerAccount account = AdPages.account(directory, accountId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put(
                "targets",
                analysis.targetAcosSettings(accountId).stream()
                        .map(AdjustmentsApiController::target)
                        .toList());
        body.put(
                "benchmarks",
                analysis.benchmarks().stream()
                        .map(AdjustmentsApiController::target)
                        .toList());
        return body;
    }

    @PutMapping("/api/v1/accounts/{accountId}/advertising/targets")
    Map<String, Object> setTarget(@PathVariable long accountId, @RequestBody TargetBody body) {
        AdPages.account(directory, accountId);
        try {
            if (body == null) {
                throw new IllegalArgumentException("send scope, key, category and targetAcos");
            }
            TargetInput.check(body.scope(), body.key());
            if (body.category() != null && body.category().strip().length() > 40) {
                throw new IllegalArgumentException("the category is at most 40 characters");
            }
            analysis.setTargetAcos(
                    accountId,
                    body.scope(),
                    body.key() == null ? "" : body.key(),
                    body.category() == null || body.category().isBlank() ? null : body.category(),
                    body.targetAcos());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return targets(accountId);
    }

    private LocalDate day(SellerAccount account, String date) {
        return date == null || date.isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, date, date, null, null).from();
    }

    private static Map<String, Object> target(TargetAcosSetting t) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scope", t.scope());
        row.put("key", t.key());
        row.put("category", t.category());
        row.put("targetAcos", t.target());
        if (t.low() != null) {
            row.put("low", t.low());
            row.put("high", t.high());
        }
        return row;
    }

    static Map<String, Object> change(AdChange c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("entity", c.entity().label());
        row.put("operation", c.operation().label());
        row.put("campaignId", c.campaignId());
        row.put("campaign", c.campaignName());
        row.put("adGroupId", c.adGroupId());
        row.put("adGroup", c.adGroupName());
        row.put("entityId", c.entityId());
        row.put("keywordText", c.keywordText());
        row.put("matchType", c.matchType());
        row.put("field", c.field() == null ? null : c.field().column());
        row.put("before", c.before());
        row.put("after", c.after());
        return row;
    }
}
