package dev.bosun.workflow.tasks.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.ItemTriage;
import dev.bosun.workflow.NewTask;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.RuleDismissals;
import dev.bosun.workflow.Task;
import dev.bosun.workflow.TaskStatus;
import dev.bosun.workflow.Tasks;
import dev.bosun.workflow.flow.AccountPeople;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tasks: the board (open, in progress, done; mine or everyone's) with the rules whose items get dismissed most, a
 * task with its evidence link, comments and history; and the actions on review items from any list: make a task,
 * snooze, dismiss, reopen.
 */
@Controller
class TasksController {

    static final int DISMISSAL_DAYS = 90;

    private final Tasks tasks;
    private final ItemTriage triage;
    private final OperationsLog log;
    private final AccountDirectory directory;
    private final AccountPeople people;
    private final MessageSource messages;

    TasksController(
            Tasks tasks,
            ItemTriage triage,
            OperationsLog log,
            AccountDirectory directory,
            AccountPeople people,
            MessageSource messages) {
        this.tasks = tasks;
        this.triage = triage;
        this.log = log;
        this.directory = directory;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/a/{accountId}/tasks")
    String board(@PathVariable long accountId, @RequestParam(defaultValue = "all") String who, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        boolean mine = "mine".equals(who);
        Map<TaskStatus, List<Task>> columns = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            columns.put(s, new java.util.ArrayList<>());
        }
        List<Task> all = tasks.board(user, accountId, mine);
        all.forEach(t -> columns.get(t.status()).add(t));
        Locale locale = LocaleContextHolder.getLocale();
        List<RuleDismissals> dismissals = triage.dismissalsPerRule(user, accountId, DISMISSAL_DAYS);
        Map<String, String> ruleNames = new LinkedHashMap<>();
        dismissals.forEach(d -> ruleNames.put(
                d.ruleId(), messages.getMessage("review.rule." + d.ruleId() + ".name", null, d.ruleId(), locale)));
        model.addAttribute("area", "tasks");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("columns", columns);
        model.addAttribute("today", tasks.today(accountId));
        model.addAttribute("people", people.on(user.organisationId(), accountId));
        model.addAttribute("dismissals", dismissals);
        model.addAttribute("dismissalDays", DISMISSAL_DAYS);
        model.addAttribute("ruleNames", ruleNames);
        model.addAttribute("empty", all.isEmpty() && dismissals.isEmpty());
        return "workflow/tasks";
    }

    @PostMapping("/a/{accountId}/tasks")
    String create(
            @PathVariable long accountId,
            @RequestParam String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) LocalDate due,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        try {
            Task task = tasks.create(user, accountId, new NewTask(title, description, assignee, due));
            return "redirect:/a/" + accountId + "/tasks/" + task.id();
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("taskError", e.getMessage());
            return "redirect:/a/" + accountId + "/tasks";
        }
    }

    @PostMapping("/a/{accountId}/tasks/from-item")
    String fromItem(
            @PathVariable long accountId,
            @RequestParam long itemId,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) LocalDate due,
            @RequestParam(required = false) String next,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        try {
            Task task = tasks.fromItem(user, accountId, itemId, assignee, due);
            return "redirect:/a/" + accountId + "/tasks/" + task.id();
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:" + next(accountId, next);
        }
    }

    @GetMapping("/a/{accountId}/tasks/{taskId:\\d+}")
    String task(@PathVariable long accountId, @PathVariable long taskId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        Task task = tasks.task(user, accountId, taskId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("area", "tasks");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("task", task);
        model.addAttribute("today", tasks.today(accountId));
        model.addAttribute("mayChange", Tasks.mayChange(user, task));
        model.addAttribute("comments", tasks.comments(user, accountId, taskId));
        model.addAttribute("people", people.on(user.organisationId(), accountId));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute(
                "history",
                log.ofTask(user, accountId, taskId).stream()
                        .map(e -> new HistoryLine(e, log.typeLabel(e.type(), locale)))
                        .toList());
        model.addAttribute(
                "ruleName",
                task.ruleId() == null
                        ? null
                        : messages.getMessage("review.rule." + task.ruleId() + ".name", null, task.ruleId(), locale));
        return "workflow/task";
    }

    /** A log entry of the task with its type in the reader's language. */
    record HistoryLine(dev.bosun.workflow.LoggedOperation entry, String label) {}

    @PostMapping("/a/{accountId}/tasks/{taskId:\\d+}/status")
    String move(
            @PathVariable long accountId,
            @PathVariable long taskId,
            @RequestParam TaskStatus status,
            @RequestParam(required = false) String next) {
        tasks.move(Users.current().orElseThrow(), accountId, taskId, status);
        return "redirect:" + (next == null ? "/a/" + accountId + "/tasks/" + taskId : next(accountId, next));
    }

    @PostMapping("/a/{accountId}/tasks/{taskId:\\d+}/assign")
    String assign(
            @PathVariable long accountId,
            @PathVariable long taskId,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) LocalDate due,
            RedirectAttributes flash) {
        try {
            tasks.assign(Users.current().orElseThrow(), accountId, taskId, assignee, due);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("taskError", e.getMessage());
        }
        return "redirect:/a/" + accountId + "/tasks/" + taskId;
    }

    @PostMapping("/a/{accountId}/tasks/{taskId:\\d+}/comments")
    String comment(
            @PathVariable long accountId,
            @PathVariable long taskId,
            @RequestParam String text,
            RedirectAttributes flash) {
        try {
            tasks.comment(Users.current().orElseThrow(), accountId, taskId, text);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("taskError", e.getMessage());
        }
        return "redirect:/a/" + accountId + "/tasks/" + taskId + "#comments";
    }

    @PostMapping("/a/{accountId}/items/{itemId:\\d+}/dismiss")
    String dismiss(
            @PathVariable long accountId,
            @PathVariable long itemId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String next,
            RedirectAttributes flash) {
        try {
            triage.dismiss(Users.current().orElseThrow(), accountId, itemId, reason);
            flash.addFlashAttribute("notice", text("item.dismissed.notice"));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + next(accountId, next);
    }

    @PostMapping("/a/{accountId}/items/{itemId:\\d+}/snooze")
    String snooze(
            @PathVariable long accountId,
            @PathVariable long itemId,
            @RequestParam(required = false) LocalDate until,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String next,
            RedirectAttributes flash) {
        try {
            triage.snooze(Users.current().orElseThrow(), accountId, itemId, until, reason);
            flash.addFlashAttribute("notice", text("item.snoozed.notice"));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + next(accountId, next);
    }

    @PostMapping("/a/{accountId}/items/{itemId:\\d+}/reopen")
    String reopen(
            @PathVariable long accountId,
            @PathVariable long itemId,
            @RequestParam(required = false) String next,
            RedirectAttributes flash) {
        triage.reopen(Users.current().orElseThrow(), accountId, itemId);
        flash.addFlashAttribute("notice", text("item.reopened.notice"));
        return "redirect:" + next(accountId, next);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Where to go back to: a page of the same account, never another site. */
    static String next(long accountId, String next) {
        String prefix = "/a/" + accountId + "/";
        if (next == null
                || !next.startsWith(prefix)
                || next.contains("//")
                || next.contains("\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/a/" + accountId + "/tasks";
        }
        return next;
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory
                .find(user, accountId)
                .orElseThrow(() -> new NoSuchElementException("no seller account " + accountId));
    }
}
