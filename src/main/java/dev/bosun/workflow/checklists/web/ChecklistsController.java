package dev.bosun.workflow.checklists.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.Checklist;
import dev.bosun.workflow.ChecklistLine;
import dev.bosun.workflow.ChecklistSlot;
import dev.bosun.workflow.ChecklistTemplate;
import dev.bosun.workflow.Checklists;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.TeamChecklists;
import dev.bosun.workflow.TemplateDraft;
import dev.bosun.workflow.checklists.domain.TickRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checklists (每日三查): the day's morning, noon and evening checklists of the account with the day's review items of
 * their areas, ticked line by line (htmx swaps the line; without JavaScript the form posts and the page reloads);
 * the team's completion for supervisors; the templates.
 */
@Controller
class ChecklistsController {

    private final Checklists checklists;
    private final DailyReview review;
    private final AccountDirectory directory;
    private final MessageSource messages;

    ChecklistsController(
            Checklists checklists, DailyReview review, AccountDirectory directory, MessageSource messages) {
        this.checklists = checklists;
        this.review = review;
        this.directory = directory;
        this.messages = messages;
    }

    /** A line as the page shows it. */
    record LineView(
            long id, String text, boolean done, String doneByName, Instant doneAt, boolean mayUntick, boolean open) {}

    /** A review item next to a checklist. */
    record ItemView(ActionItem item, String title) {}

    /** A checklist as the page shows it. */
    record ChecklistView(
            Checklist checklist, String name, List<LineView> lines, List<ItemView> items, int otherItems) {}

    @GetMapping("/a/{accountId}/checklists")
    String day(@PathVariable long accountId, @RequestParam(required = false) LocalDate date, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = checklists.today(accountId);
        LocalDate day = date == null ? today : date;
        boolean open = TickRules.open(day, today);
        List<ActionItem> items = review.items(accountId, day, ItemFilter.all());
        List<ChecklistView> views = checklists.day(user, accountId, day).stream()
                .map(c -> {
                    List<ActionItem> ofAreas = items.stream()
                            .filter(i -> c.reviewAreas().contains(i.area()))
                            .toList();
                    List<ItemView> shown = ofAreas.stream()
                            .filter(i -> i.status() == ItemStatus.OPEN)
                            .map(i -> new ItemView(i, review.text(i, locale).title()))
                            .toList();
                    return new ChecklistView(
                            c,
                            checklists.name(c, locale),
                            c.lines().stream()
                                    .map(l -> view(l, user, open, locale))
                                    .toList(),
                            shown,
                            ofAreas.size() - shown.size());
                })
                .toList();
        model.addAttribute("area", "checklists");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("open", open);
        model.addAttribute("checklists", views);
        model.addAttribute("started", views.stream().anyMatch(v -> v.checklist().done() > 0));
        model.addAttribute("maySeeTeam", Checklists.maySeeTeam(user));
        return "workflow/checklists";
    }

    @PostMapping("/a/{accountId}/checklists/lines/{lineId}")
    String tick(
            @PathVariable long accountId,
            @PathVariable long lineId,
            @RequestParam boolean done,
            @RequestParam(required = false) LocalDate date,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        ChecklistLine line = checklists.tick(user, accountId, lineId, done);
        if (htmx == null) {
            return "redirect:/a/" + accountId + "/checklists" + (date == null ? "" : "?date=" + date);
        }
        LocalDate day = date == null ? checklists.today(accountId) : date;
        model.addAttribute("sellerAccount", account(user, accountId));
        model.addAttribute("line", view(line, user, true, LocaleContextHolder.getLocale()));
        model.addAttribute("day", date);
        checklists.day(user, accountId, day).stream()
                .filter(c -> c.id() == line.checklistId())
                .findFirst()
                .ifPresent(c -> model.addAttribute("progress", c));
        return "workflow/checklists :: ticked";
    }

    @GetMapping("/a/{accountId}/checklists/team")
    String team(@PathVariable long accountId, @RequestParam(required = false) LocalDate date, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        LocalDate day = date == null ? checklists.today(accountId) : date;
        TeamChecklists team = checklists.team(user, day);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("area", "checklists");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("team", team);
        model.addAttribute(
                "rowNames",
                team.rows().stream()
                        .map(r -> r.name() != null ? r.name() : r.nameKey() == null ? "" : message(r.nameKey(), locale))
                        .toList());
        return "workflow/checklists-team";
    }

    /** A template as the editing page shows it. */
    record TemplateView(ChecklistTemplate template, String name, String lines) {}

    @GetMapping("/a/{accountId}/checklists/templates")
    String templates(@PathVariable long accountId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("area", "checklists");
        model.addAttribute("sellerAccount", account);
        model.addAttribute(
                "templates",
                checklists.templates(user.organisationId()).stream()
                        .map(t -> new TemplateView(
                                t,
                                checklists.name(t, locale),
                                String.join(
                                        "\n",
                                        t.lines().stream()
                                                .map(l -> checklists.text(l, locale))
                                                .toList())))
                        .toList());
        model.addAttribute("slots", ChecklistSlot.values());
        model.addAttribute("areas", ReviewArea.values());
        model.addAttribute("mayEdit", Checklists.mayEditTemplates(user));
        return "workflow/checklist-templates";
    }

    @PostMapping("/a/{accountId}/checklists/templates")
    String saveTemplate(
            @PathVariable long accountId,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String name,
            @RequestParam ChecklistSlot slot,
            @RequestParam(required = false) List<ReviewArea> areas,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam String lines,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        try {
            ChecklistTemplate saved = checklists.saveTemplate(
                    user,
                    id,
                    new TemplateDraft(
                            name,
                            slot,
                            areas == null
                                    ? List.of()
                                    : new HashSet<>(areas).stream().sorted().toList(),
                            active,
                            List.of(lines.split("\\R"))),
                    LocaleContextHolder.getLocale());
            flash.addFlashAttribute("savedTemplate", saved.id());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("templateError", e.getMessage());
        }
        return "redirect:/a/" + accountId + "/checklists/templates";
    }

    private LineView view(ChecklistLine line, CurrentUser user, boolean open, Locale locale) {
        return new LineView(
                line.id(),
                checklists.text(line, locale),
                line.done(),
                line.doneByName(),
                line.doneAt(),
                TickRules.mayUntick(line.doneBy(), user.id(), user.role()),
                open);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory
                .find(user, accountId)
                .orElseThrow(() -> new NoSuchElementException("no seller account " + accountId));
    }
}
