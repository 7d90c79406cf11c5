package dev.bosun.workflow.oplog.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationFilter;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.flow.AccountPeople;
import dev.bosun.workflow.flow.ValueLines;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Log (操作记录): the account's changes, filterable by days, person, type and subject, exported to xlsx with the
 * same filter; and the form with which a user records a change made outside Bosun.
 */
@Controller
class OperationsLogController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OperationsLog log;
    private final AccountDirectory directory;
    private final AccountPeople people;
    private final Clock clock;

    OperationsLogController(OperationsLog log, AccountDirectory directory, AccountPeople people, Clock clock) {
        this.log = log;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** The filter as the page's form sends it; blank fields mean no restriction. */
    record LogFilter(String from, String to, Long user, String type, String subject) {

        OperationFilter toFilter() {
            return new OperationFilter(day(from), day(to), user, type, subject);
        }

        boolean any() {
            return !blank(from) || !blank(to) || user != null || !blank(type) || !blank(subject);
        }

        private static LocalDate day(String text) {
            if (blank(text)) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (yyyy-mm-dd): " + text);
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    @GetMapping("/a/{accountId}/log")
    String page(@PathVariable long accountId, @ModelAttribute("filter") LogFilter filter, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        ZoneId zone = user.zone();
        List<LoggedOperation> entries = List.of();
        try {
            entries = log.search(user, accountId, filter.toFilter(), zone, OperationsLog.PAGE_LIMIT + 1);
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterError", e.getMessage());
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> typeLabels = new LinkedHashMap<>();
        log.types(user, accountId).forEach(t -> typeLabels.put(t, log.typeLabel(t, locale)));
        entries.forEach(e -> typeLabels.putIfAbsent(e.type(), log.typeLabel(e.type(), locale)));
        Map<String, String> byHandLabels = new LinkedHashMap<>();
        OperationsLog.BY_HAND_TYPES.forEach(t -> byHandLabels.put(t, log.typeLabel(t, locale)));
        model.addAttribute("area", "log");
        model.addAttribute("sellerAccount", account);
        model.addAttribute(
                "entries", entries.stream().limit(OperationsLog.PAGE_LIMIT).toList());
        model.addAttribute("more", entries.size() > OperationsLog.PAGE_LIMIT);
        model.addAttribute("limit", OperationsLog.PAGE_LIMIT);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("people", people.on(user.organisationId(), accountId));
        model.addAttribute("typeLabels", typeLabels);
        model.addAttribute("byHandTypes", byHandLabels);
        model.addAttribute("zone", zone.getId());
        model.addAttribute(
                "now", LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0));
        return "workflow/log";
    }

    @GetMapping("/a/{accountId}/log/export.xlsx")
    void export(@PathVariable long accountId, @ModelAttribute LogFilter filter, HttpServletResponse response)
            throws IOException {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        OperationFilter chosen = filter.toFilter();
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(
                                "operations-log-" + account.name() + "-" + LocalDate.now(clock.withZone(user.zone()))
                                        + ".xlsx",
                                StandardCharsets.UTF_8)
                        .build()
                        .toString());
        log.exportXlsx(
                user, accountId, chosen, user.zone(), LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @PostMapping("/a/{accountId}/log")
    String recordByHand(
            @PathVariable long accountId,
            @RequestParam String type,
            @RequestParam String summary,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String occurredAt,
            RedirectAttributes flash) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        try {
            Operation op = Operation.of(type, summary)
                    .onAccount(accountId)
                    .subject(subjectType, subjectId)
                    .change(ValueLines.parse(before), ValueLines.parse(after))
                    .withNote(note)
                    .via(channel);
            if (occurredAt != null && !occurredAt.isBlank()) {
                op = op.at(LocalDateTime.parse(occurredAt.strip())
                        .atZone(user.zone())
                        .toInstant());
            }
            log.recordByHand(user, op);
            flash.addFlashAttribute("recorded", true);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            flash.addFlashAttribute("recordError", e.getMessage());
            flash.addFlashAttribute(
                    "draft",
                    new Draft(type, summary, channel, subjectType, subjectId, before, after, note, occurredAt));
        }
        return "redirect:/a/" + accountId + "/log";
    }

    /** What the user typed, shown again when the entry was refused. */
    record Draft(
            String type,
            String summary,
            String channel,
            String subjectType,
            String subjectId,
            String before,
            String after,
            String note,
            String occurredAt)
            implements java.io.Serializable {}

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory
                .find(user, accountId)
                .orElseThrow(() -> new NoSuchElementException("no seller account " + accountId));
    }
}
