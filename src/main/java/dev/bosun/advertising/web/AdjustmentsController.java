package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdAnalysis;
import dev.bosun.advertising.AdLint;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.AdjustmentProposal;
import dev.bosun.advertising.StructureFinding;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Advertising pages of the bid, budget and stock proposals (a section of the proposals page, loaded on its own), the
 * structure lint, and the target ACoS per account, category and ASIN (edited with validation: a bad value changes
 * nothing and says why).
 */
@Controller
class AdjustmentsController {

    /** The facts shown as rates (fractions) rather than plain numbers. */
    static final Set<String> RATES =
            Set.of("target-acos", "break-even-acos", "acos", "expected-acos", "step-limit", "lower-by");

    private final AccountDirectory directory;
    private final AdOptimizer optimizer;
    private final AdLint lint;
    private final AdAnalysis analysis;
    private final dev.bosun.advertising.AdChanges changes;
    private final Clock clock;

    AdjustmentsController(
            AccountDirectory directory,
            AdOptimizer optimizer,
            AdLint lint,
            AdAnalysis analysis,
            dev.bosun.advertising.AdChanges changes,
            Clock clock) {
        this.directory = directory;
        this.optimizer = optimizer;
        this.lint = lint;
        this.analysis = analysis;
        this.changes = changes;
        this.clock = clock;
    }

    /** One fact as the page shows it. */
    record Fact(String key, String value) {}

    /** A proposal with its cells formatted. */
    record Line(
            AdjustmentProposal proposal,
            String before,
            String after,
            String change,
            List<Fact> facts,
            String spendPerWeek,
            String salesPerWeek) {

        static Line of(AdjustmentProposal p) {
            return new Line(
                    p,
                    money(p.before()),
                    money(p.after()),
                    p.change() == null ? MetricCells.UNDEFINED : signedRate(p.change()),
                    AdjustmentsController.facts(p.facts()),
                    p.spendPerWeek() == null ? MetricCells.UNDEFINED : signed(p.spendPerWeek()),
                    p.salesPerWeek() == null ? MetricCells.UNDEFINED : signed(p.salesPerWeek()));
        }
    }

    /** A lint finding with its facts formatted. */
    record LintLine(StructureFinding finding, List<Fact> facts, String related) {

        static LintLine of(StructureFinding f) {
            return new LintLine(f, AdjustmentsController.facts(f.facts()), String.join(", ", f.related()));
        }
    }

    @GetMapping("/a/{accountId}/advertising/proposals/adjustments")
    String adjustments(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String date,
            Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        LocalDate day = day(account, date);
        List<Line> lines = optimizer.adjustmentProposals(accountId, day, marketplace).stream()
                .map(Line::of)
                .toList();
        java.util.Map<AdjustmentProposal, String> keys = new java.util.LinkedHashMap<>();
        lines.forEach(l -> keys.put(l.proposal(), dev.bosun.advertising.changes.AdjustmentChanges.key(l.proposal())));
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("mp", mp);
        model.addAttribute("adjustments", lines);
        model.addAttribute("adjustmentKeyOf", keys);
        model.addAttribute("adjustmentChangeOf", changes.latestByKey(accountId, keys.values()));
        return "advertising/adjustments :: section";
    }

    @GetMapping("/a/{accountId}/advertising/lint")
    String lint(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String date,
            Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        Marketplace marketplace = AdPages.marketplace(account, mp);
        LocalDate day = day(account, date);
        List<LintLine> lines = lint.lint(accountId, day, AdLint.Settings.defaults(), marketplace).stream()
                .map(LintLine::of)
                .toList();
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("mp", marketplace == null ? "" : marketplace.code());
        model.addAttribute("findings", lines);
        return "advertising/lint";
    }

    @GetMapping("/a/{accountId}/advertising/targets")
    String targets(@PathVariable long accountId, Model model) {
        SellerAccount account = AdPages.account(directory, accountId);
        model.addAttribute("area", "advertising");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("targets", analysis.targetAcosSettings(accountId));
        model.addAttribute("benchmarks", analysis.benchmarks());
        model.addAttribute("scopes", AdAnalysis.TARGET_SCOPES);
        return "advertising/targets";
    }

    @PostMapping("/a/{accountId}/advertising/targets")
    String setTarget(
            @PathVariable long accountId,
            @RequestParam String scope,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String percent,
            RedirectAttributes redirect) {
        AdPages.account(directory, accountId);
        try {
            TargetInput.check(scope, key);
            BigDecimal target = TargetInput.fraction(percent);
            if (category != null && category.strip().length() > 40) {
                throw new TargetInput.Invalid("long", "the category is at most 40 characters");
            }
            analysis.setTargetAcos(
                    accountId,
                    scope,
                    key == null ? "" : key,
                    category == null || category.isBlank() ? null : category,
                    target);
            redirect.addFlashAttribute("saved", true);
        } catch (TargetInput.Invalid e) {
            redirect.addFlashAttribute("error", e.code);
        }
        return "redirect:/a/" + accountId + "/advertising/targets";
    }

    private LocalDate day(SellerAccount account, String date) {
        return date == null || date.isBlank()
                ? AdPages.today(account, clock)
                : AdPages.period(account, clock, date, date, null, null).from();
    }

    static List<Fact> facts(Map<String, BigDecimal> facts) {
        List<Fact> list = new ArrayList<>();
        facts.forEach((k, v) -> {
            String text = v == null
                    ? MetricCells.UNDEFINED
                    : RATES.contains(k)
                            ? v.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + " %"
                            : v.stripTrailingZeros().toPlainString();
            list.add(new Fact(k, text));
        });
        return list;
    }

    private static String money(BigDecimal value) {
        return value == null
                ? MetricCells.UNDEFINED
                : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "")
                + value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signedRate(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "")
                + value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + " %";
    }
}
