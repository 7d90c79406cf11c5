package dev.bosun.workflow.review.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ItemText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Unit;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today / 每日复盘: the action items of the account's daily review, most urgent first, filtered by area, severity,
 * role and status (by default the open items of the signed-in user's role; supervisors and above see every role),
 * and the detail of one item with its evidence and a chart of the figure over time. Today's review runs when the
 * page is first opened on a day the morning job has not reached yet; anyone with the account may run it again.
 */
@Controller
class TodayController {

    private final DailyReview review;
    private final JsonMapper json;

    TodayController(DailyReview review, JsonMapper json) {
        this.review = review;
        this.json = json;
    }

    /** An item with its texts in the reader's language. */
    record ItemView(ActionItem item, ItemText text) {}

    @GetMapping("/a/{accountId}/today")
    String today(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        CurrentUser user = Users.current().orElseThrow();
        LocalDate today = review.today(accountId);
        LocalDate day = parseDate(date).orElse(today);
        Optional<ReviewRun> run = review.runOf(accountId, day);
        if (run.isEmpty() && day.equals(today)) {
            run = Optional.of(review.run(accountId, day));
        }
        ItemFilter filter = ItemFilter.all();
        String areaChoice = blankToNull(area);
        String severityChoice = blankToNull(severity);
        String roleChoice = role == null || role.isBlank() ? "mine" : role;
        String statusChoice = status == null || status.isBlank() ? "open" : status;
        try {
            if (areaChoice != null) {
                filter = filter.withAreas(Set.of(ReviewArea.parse(areaChoice)));
            }
            if (severityChoice != null) {
                filter = filter.withSeverities(Set.of(Severity.parse(severityChoice)));
            }
            if (!statusChoice.equals("all")) {
                filter = filter.withStatuses(Set.of(ItemStatus.parse(statusChoice)));
            }
            filter = filter.withRoles(roles(roleChoice, user));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<ActionItem> all = run.isPresent() ? review.items(accountId, day, ItemFilter.all()) : List.of();
        List<ItemView> shown = all.stream()
                .filter(filter::test)
                .map(i -> new ItemView(i, review.text(i, locale)))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(
                    s.code(),
                    shown.stream().filter(v -> v.item().severity() == s).count());
        }
        model.addAttribute("area", "today");
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("items", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("areas", ReviewArea.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("areaChoice", areaChoice);
        model.addAttribute("severityChoice", severityChoice);
        model.addAttribute("roleChoice", roleChoice);
        model.addAttribute("statusChoice", statusChoice);
        model.addAttribute("mayConfigure", DailyReview.mayConfigure(user));
        // the item actions lead back to this list with its date and filters
        model.addAttribute(
                "returnTo",
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "workflow/today";
    }

    @PostMapping("/a/{accountId}/today/run")
    String run(@PathVariable long accountId, @RequestParam(required = false) String date) {
        LocalDate day = parseDate(date).orElse(review.today(accountId));
        review.run(accountId, day);
        return "redirect:/a/" + accountId + "/today" + (date == null || date.isBlank() ? "" : "?date=" + day);
    }

    @GetMapping("/a/{accountId}/today/items/{itemId}")
    String item(@PathVariable long accountId, @PathVariable long itemId, Locale locale, Model model) {
        ActionItem item =
                review.item(accountId, itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ItemText text = review.text(item, locale);
        Optional<ReviewRule> rule = review.rules().stream()
                .filter(r -> r.id().equals(item.ruleId()))
                .findFirst();
        model.addAttribute("area", "today");
        model.addAttribute("view", new ItemView(item, text));
        model.addAttribute("rule", rule.orElse(null));
        model.addAttribute("sightings", review.sightings(accountId, itemId));
        model.addAttribute("chart", chart(item, locale));
        return "workflow/item";
    }

    /** The chart's data as JSON for the page's script: the series, its label and unit, the threshold. */
    private String chart(ActionItem item, Locale locale) {
        Evidence.Series series = item.evidence().series();
        if (series.isEmpty()) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("label", review.text(item, locale).ruleName());
        data.put("unit", series.unit().name().toLowerCase(Locale.ROOT));
        data.put(
                "points",
                series.points().stream()
                        .map(p -> List.of(p.date().toString(), scaled(p.value(), series.unit())))
                        .toList());
        Evidence.Threshold t = item.evidence().threshold();
        if (t != null && t.unit() == series.unit() && t.value() != null) {
            data.put("threshold", scaled(t.value(), t.unit()));
        }
        return json.writeValueAsString(data);
    }

    /** Rates as percentages for the chart's axis. */
    private static BigDecimal scaled(BigDecimal value, Unit unit) {
        return unit == Unit.RATE ? value.movePointRight(2) : value;
    }

    /** The roles of the default view: one's own; supervisors and above watch the whole team. */
    static Set<Role> roles(String choice, CurrentUser user) {
        return switch (choice) {
            case "all" -> Set.of();
            case "mine" -> user.role().atLeast(Role.SUPERVISOR) ? Set.of() : EnumSet.of(user.role());
            default -> EnumSet.of(Role.parse(choice));
        };
    }

    private static Optional<LocalDate> parseDate(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date wants YYYY-MM-DD");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
