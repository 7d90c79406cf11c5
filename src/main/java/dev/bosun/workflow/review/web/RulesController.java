package dev.bosun.workflow.review.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemTriage;
import dev.bosun.workflow.RuleDismissals;
import dev.bosun.workflow.RuleSetting;
import dev.bosun.workflow.ThresholdSpec;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Today → Rules: every review rule with its area, severity, role, thresholds (default, source, the account's own
 * value) and whether it runs for the account. Supervisors, store managers and administrators change them; the
 * others read them. Rates are entered as percentages.
 */
@Controller
class RulesController {

    /** How far back the rules page counts dismissals, as the tasks board does. */
    static final int DISMISSAL_DAYS = 90;

    private final DailyReview review;
    private final ItemTriage triage;

    RulesController(DailyReview review, ItemTriage triage) {
        this.review = review;
        this.triage = triage;
    }

    @GetMapping("/a/{accountId}/today/rules")
    String rules(@PathVariable long accountId, Model model) {
        model.addAttribute("area", "today");
        CurrentUser user = Users.current().orElseThrow();
        model.addAttribute("rules", review.rules(accountId));
        // rules whose items are often dismissed cry wolf: their thresholds are the first to tune
        Map<String, RuleDismissals> dismissals = new LinkedHashMap<>();
        triage.dismissalsPerRule(user, accountId, DISMISSAL_DAYS).forEach(d -> dismissals.put(d.ruleId(), d));
        model.addAttribute("dismissals", dismissals);
        model.addAttribute("dismissalDays", DISMISSAL_DAYS);
        model.addAttribute("mayConfigure", DailyReview.mayConfigure(user));
        return "workflow/rules";
    }

    @PostMapping("/a/{accountId}/today/rules/{ruleId}")
    String save(
            @PathVariable long accountId,
            @PathVariable String ruleId,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        if (!DailyReview.mayConfigure(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        RuleSetting rule = review.rules(accountId).stream()
                .filter(r -> r.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        try {
            for (ThresholdSpec spec : rule.thresholds()) {
                String text = form.get("t." + spec.key());
                if (text == null || text.isBlank()) {
                    continue;
                }
                BigDecimal value = new BigDecimal(
                        text.strip().replace(',', '.').replace("%", "").strip());
                own.put(spec.key(), spec.unit() == dev.bosun.workflow.Unit.RATE ? value.movePointLeft(2) : value);
            }
            review.configure(accountId, ruleId, enabled, own, user);
            flash.addFlashAttribute("savedRule", ruleId);
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("ruleError", ruleId);
            flash.addFlashAttribute("ruleErrorDetail", "not a number");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("ruleError", ruleId);
            flash.addFlashAttribute("ruleErrorDetail", e.getMessage());
        }
        return "redirect:/a/" + accountId + "/today/rules#rule-" + ruleId;
    }
}
