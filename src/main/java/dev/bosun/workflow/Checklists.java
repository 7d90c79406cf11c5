package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.checklists.db.ChecklistTemplates;
import dev.bosun.workflow.checklists.db.DayChecklists;
import dev.bosun.workflow.checklists.domain.BuiltInChecklists;
import dev.bosun.workflow.checklists.domain.TickRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每日三查: the day's checklists of each seller account, made from the organisation's templates the first time
 * someone opens the day (in the account's zone), with who ticked each line and when (also written to the
 * {@link OperationsLog}); the templates supervisors adapt; and the completion a supervisor watches across people and
 * accounts.
 */
@Service
public class Checklists {

    /** The least role that edits templates. */
    public static final Role TEMPLATE_EDITOR = Role.SUPERVISOR;

    private final ChecklistTemplates templates;
    private final DayChecklists days;
    private final AccountDirectory directory;
    private final DailyReview review;
    private final OperationsLog operations;
    private final MessageSource messages;
    private final Clock clock;

    Checklists(
            ChecklistTemplates templates,
            DayChecklists days,
            AccountDirectory directory,
            DailyReview review,
            OperationsLog operations,
            MessageSource messages,
            Clock clock) {
        this.templates = templates;
        this.days = days;
        this.directory = directory;
        this.review = review;
        this.operations = operations;
        this.messages = messages;
        this.clock = clock;
    }

    /** Today in the account's zone (its first marketplace's), the day checklists are made for. */
    public LocalDate today(long accountId) {
        return review.today(accountId);
    }

    /**
     * The account's checklists of a day. Today's are made from the active templates when first asked for (and a
     * template added during the day joins them); other days show what was made then, or nothing.
     *
     * @throws NoSuchElementException when the user may not see the account
     */
    @Transactional
    public List<Checklist> day(CurrentUser user, long accountId, LocalDate date) {
        requireAccess(user, accountId);
        if (date.equals(today(accountId))) {
            List<ChecklistTemplate> active = templates(user.organisationId()).stream()
                    .filter(ChecklistTemplate::active)
                    .toList();
            Set<Long> made =
                    days.of(accountId, date).stream().map(Checklist::templateId).collect(Collectors.toSet());
            Instant now = clock.instant();
            active.stream().filter(t -> !made.contains(t.id())).forEach(t -> days.create(accountId, date, t, now));
        }
        return days.of(accountId, date);
    }

    /**
     * Ticks a line (with the user and the time) or takes the tick back, and logs it. Only today's and yesterday's
     * checklists change; a tick is taken back by whoever made it or by a supervisor.
     *
     * @throws NoSuchElementException when the account has no such line or the user may not see it
     * @throws AccessDeniedException when the day is closed or the tick is someone else's
     */
    @Transactional
    public ChecklistLine tick(CurrentUser user, long accountId, long lineId, boolean done) {
        requireAccess(user, accountId);
        DayChecklists.LineOfDay found = days.line(accountId, lineId)
                .orElseThrow(() -> new NoSuchElementException("no checklist line " + lineId));
        if (!TickRules.open(found.day(), today(accountId))) {
            throw new AccessDeniedException("the checklist of " + found.day() + " is closed");
        }
        ChecklistLine line = found.line();
        if (done == line.done()) {
            return line;
        }
        Instant now = clock.instant();
        if (done) {
            days.mark(accountId, lineId, user.id(), user.displayName(), now);
        } else {
            if (!TickRules.mayUntick(line.doneBy(), user.id(), user.role())) {
                throw new AccessDeniedException(
                        "only " + line.doneByName() + " or a supervisor may take this tick back");
            }
            days.mark(accountId, lineId, null, null, null);
        }
        operations.record(
                user,
                Operation.of(done ? "checklist.ticked" : "checklist.unticked", text(line, locale(user)))
                        .onAccount(accountId)
                        .subject("checklist", found.day() + "#" + line.checklistId())
                        .change(Map.of("done", line.done() ? "yes" : "no"), Map.of("done", done ? "yes" : "no")));
        return days.line(accountId, lineId).orElseThrow().line();
    }

    /** The organisation's templates in order; an organisation without any starts with Bosun's three. */
    @Transactional
    public List<ChecklistTemplate> templates(long organisationId) {
        List<ChecklistTemplate> existing = templates.of(organisationId);
        if (!existing.isEmpty()) {
            return existing;
        }
        templates.lockOrganisation(organisationId);
        if (!templates.any(organisationId)) {
            Instant now = clock.instant();
            int position = 1;
            for (BuiltInChecklists.Definition d : BuiltInChecklists.ALL) {
                long id = templates.insert(
                        organisationId,
                        d.slot(),
                        null,
                        d.nameKey(),
                        position++,
                        d.slot().defaultAreas(),
                        true,
                        OperationsLog.BOSUN,
                        now);
                templates.replaceLines(
                        id,
                        d.lineKeys().stream()
                                .map(k -> new ChecklistTemplate.Line(null, k))
                                .toList());
            }
        }
        return templates.of(organisationId);
    }

    /** Whether the user may change the organisation's templates: supervisors and above. */
    public static boolean mayEditTemplates(CurrentUser user) {
        return user.role().atLeast(TEMPLATE_EDITOR);
    }

    /**
     * Creates (with a null id) or changes a template, and logs it. Lines that read exactly as one of the template's
     * built-in lines in {@code locale} stay built-in, so colleagues keep reading them in their language. Checklists
     * already made keep their lines; the change shows from the next day made (or a template added today, today).
     *
     * @throws AccessDeniedException when the user is less than a supervisor
     * @throws NoSuchElementException when the organisation has no such template
     */
    @Transactional
    public ChecklistTemplate saveTemplate(CurrentUser user, Long templateId, TemplateDraft draft, Locale locale) {
        if (!mayEditTemplates(user)) {
            throw new AccessDeniedException("only supervisors and above change checklist templates");
        }
        long organisationId = user.organisationId();
        ChecklistTemplate old = templateId == null
                ? null
                : templates(organisationId).stream()
                        .filter(t -> t.id() == templateId)
                        .findFirst()
                        .orElseThrow(() -> new NoSuchElementException("no checklist template " + templateId));
        List<String> builtIn = old == null
                ? List.of()
                : old.lines().stream()
                        .map(ChecklistTemplate.Line::textKey)
                        .filter(k -> k != null)
                        .toList();
        List<ChecklistTemplate.Line> lines = TickRules.lines(draft.lines(), builtIn, k -> message(k, locale)).stream()
                .map(e -> e.getKey().equals("key")
                        ? new ChecklistTemplate.Line(null, e.getValue())
                        : new ChecklistTemplate.Line(e.getValue(), null))
                .toList();
        String name = draft.name().isEmpty() ? null : draft.name();
        String nameKey = null;
        if (old != null && old.nameKey() != null && (name == null || name.equals(message(old.nameKey(), locale)))) {
            name = null;
            nameKey = old.nameKey();
        }
        if (name == null && nameKey == null) {
            throw new IllegalArgumentException("give the checklist a name");
        }
        Instant now = clock.instant();
        long id;
        if (old == null) {
            id = templates.insert(
                    organisationId,
                    draft.slot(),
                    name,
                    null,
                    templates.nextPosition(organisationId),
                    draft.reviewAreas(),
                    draft.active(),
                    user.username(),
                    now);
        } else {
            id = old.id();
            templates.update(
                    id, draft.slot(), name, nameKey, draft.reviewAreas(), draft.active(), user.username(), now);
        }
        templates.replaceLines(id, lines);
        ChecklistTemplate saved = templates.find(organisationId, id).orElseThrow();
        operations.record(
                user,
                Operation.of("checklist.template", name(saved, locale))
                        .subject("checklist-template", String.valueOf(id))
                        .change(old == null ? Map.of() : describe(old, locale), describe(saved, locale)));
        return saved;
    }

    /** Whether the user sees the team's completion: supervisors and above. */
    public static boolean maySeeTeam(CurrentUser user) {
        return user.role().atLeast(Role.SUPERVISOR);
    }

    /**
     * How far each account the supervisor may see got with its checklists on a date, and how many lines each person
     * ticked. For accounts whose today is that date the checklists are made if nobody opened them yet, so they show
     * as not started rather than missing.
     *
     * @throws AccessDeniedException when the user is less than a supervisor
     */
    @Transactional
    public TeamChecklists team(CurrentUser supervisor, LocalDate date) {
        if (!maySeeTeam(supervisor)) {
            throw new AccessDeniedException("only supervisors and above see the team's checklists");
        }
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, LocalDate> dayOf = new LinkedHashMap<>();
        for (SellerAccount account : directory.accessibleTo(supervisor)) {
            names.put(account.id(), account.name());
            dayOf.put(account.id(), date);
            if (date.equals(today(account.id()))) {
                day(supervisor, account.id(), date);
            }
        }
        List<TeamChecklists.Row> rows = new ArrayList<>(days.completion(names, dayOf));
        Set<Long> opened = rows.stream().map(TeamChecklists.Row::accountId).collect(Collectors.toSet());
        names.forEach((id, name) -> {
            if (!opened.contains(id)) {
                rows.add(new TeamChecklists.Row(id, name, null, null, null, false, 0, 0, null, null));
            }
        });
        return new TeamChecklists(date, rows, days.ticksByPerson(dayOf));
    }

    /** A line as the reader reads it. */
    public String text(ChecklistLine line, Locale locale) {
        return line.text() != null ? line.text() : message(line.textKey(), locale);
    }

    /** A checklist's name as the reader reads it. */
    public String name(Checklist checklist, Locale locale) {
        return checklist.name() != null ? checklist.name() : message(checklist.nameKey(), locale);
    }

    /** A template's name as the reader reads it. */
    public String name(ChecklistTemplate template, Locale locale) {
        return template.name() != null ? template.name() : message(template.nameKey(), locale);
    }

    /** A template line as the reader reads it. */
    public String text(ChecklistTemplate.Line line, Locale locale) {
        return line.text() != null ? line.text() : message(line.textKey(), locale);
    }

    private Map<String, String> describe(ChecklistTemplate t, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("slot", t.slot().name());
        values.put("active", String.valueOf(t.active()));
        values.put("areas", t.reviewAreas().stream().map(ReviewArea::code).collect(Collectors.joining(", ")));
        for (int i = 0; i < t.lines().size(); i++) {
            values.put("line " + (i + 1), text(t.lines().get(i), locale));
        }
        return values;
    }

    private String message(String key, Locale locale) {
        return key == null ? "" : messages.getMessage(key, null, key, locale);
    }

    private static Locale locale(CurrentUser user) {
        Locale chosen = user.chosenLocale();
        return chosen == null ? Locale.ENGLISH : chosen;
    }

    private void requireAccess(CurrentUser user, long accountId) {
        if (!directory.canAccess(user, accountId)) {
            throw new NoSuchElementException("no seller account " + accountId);
        }
    }
}
