package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.TeamMember;
import dev.bosun.workflow.flow.AccountPeople;
import dev.bosun.workflow.tasks.db.TaskRows;
import dev.bosun.workflow.tasks.domain.TaskRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of a seller account: made from an action item of the daily review (keeping its title, suggested action and
 * evidence as they read then, and the link back to the item) or added by hand; assigned to one of the people of the
 * account with a due day; moved open → in progress → done; discussed in comments. Every change but a comment goes to
 * the {@link OperationsLog}.
 */
@Service
public class Tasks {

    /** How long done tasks stay on the board. */
    public static final Duration DONE_ON_BOARD = Duration.ofDays(14);

    private final TaskRows rows;
    private final DailyReview review;
    private final AccountDirectory directory;
    private final AccountPeople people;
    private final OperationsLog operations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tasks(
            TaskRows rows,
            DailyReview review,
            AccountDirectory directory,
            AccountPeople people,
            OperationsLog operations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.review = review;
        this.directory = directory;
        this.people = people;
        this.operations = operations;
        this.events = events;
        this.clock = clock;
    }

    /** Today in the account's days, for due dates. */
    public LocalDate today(long accountId) {
        return review.today(accountId);
    }

    /**
     * Makes a task of a review item. While a task made from the same item is not done, that task is returned
     * instead of a second one.
     *
     * @param assigneeId who does it, or null for the user
     * @throws NoSuchElementException when the account has no such item or the user may not see it
     * @throws IllegalArgumentException when the assignee does not work on the account or the due day is past
     */
    @Transactional
    public Task fromItem(CurrentUser user, long accountId, long itemId, Long assigneeId, LocalDate dueOn) {
        requireAccess(user, accountId);
        ActionItem item = review.item(accountId, itemId)
                .orElseThrow(() -> new NoSuchElementException("no review item " + itemId));
        List<Task> earlier = rows.ofItem(accountId, itemId);
        if (!earlier.isEmpty() && earlier.get(0).status() != TaskStatus.DONE) {
            return earlier.get(0);
        }
        ItemText text = review.text(item, locale(user));
        StringBuilder description = new StringBuilder(text.action());
        if (!text.evidence().isEmpty()) {
            description.append("\n\n").append(String.join("\n", text.evidence()));
        }
        TeamMember assignee = assignee(user, accountId, assigneeId);
        long id = rows.insert(
                new TaskRows.Draft(
                        user.organisationId(),
                        accountId,
                        cut(text.title(), 300),
                        cut(description.toString(), 4000),
                        item.id(),
                        item.key(),
                        item.ruleId(),
                        item.subject().type().code(),
                        item.subject().id(),
                        assignee.id(),
                        assignee.displayName(),
                        TaskRules.due(dueOn, today(accountId)),
                        user.id(),
                        user.displayName()),
                clock.instant());
        Task task = rows.find(accountId, id).orElseThrow();
        operations.record(user, created(task).withNote(item.key()));
        announce(task, user);
        return task;
    }

    /**
     * Adds a task by hand.
     *
     * @throws NoSuchElementException when the user may not see the account
     * @throws IllegalArgumentException when the assignee does not work on the account or the due day is past
     */
    @Transactional
    public Task create(CurrentUser user, long accountId, NewTask draft) {
        requireAccess(user, accountId);
        TeamMember assignee = assignee(user, accountId, draft.assigneeId());
        long id = rows.insert(
                new TaskRows.Draft(
                        user.organisationId(),
                        accountId,
                        draft.title(),
                        draft.description(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        assignee.id(),
                        assignee.displayName(),
                        TaskRules.due(draft.dueOn(), today(accountId)),
                        user.id(),
                        user.displayName()),
                clock.instant());
        Task task = rows.find(accountId, id).orElseThrow();
        operations.record(user, created(task));
        announce(task, user);
        return task;
    }

    /**
     * Moves a task to another status (and back, when it was not done after all).
     *
     * @throws AccessDeniedException unless the user made the task, does it, or is a supervisor or above
     */
    @Transactional
    public Task move(CurrentUser user, long accountId, long taskId, TaskStatus status) {
        Task task = lockChangeable(user, accountId, taskId);
        if (task.status() == status) {
            return task;
        }
        rows.setStatus(accountId, taskId, status, clock.instant());
        operations.record(
                user,
                Operation.of("task.status", task.title())
                        .onAccount(accountId)
                        .subject("task", String.valueOf(taskId))
                        .change(Map.of("status", task.status().name()), Map.of("status", status.name()))
                        .forTask(taskId));
        return rows.find(accountId, taskId).orElseThrow();
    }

    /**
     * Gives a task to someone (or to nobody) and sets its due day.
     *
     * @throws AccessDeniedException unless the user made the task, does it, or is a supervisor or above
     * @throws IllegalArgumentException when the assignee does not work on the account or a new due day is past
     */
    @Transactional
    public Task assign(CurrentUser user, long accountId, long taskId, Long assigneeId, LocalDate dueOn) {
        Task task = lockChangeable(user, accountId, taskId);
        TeamMember assignee = assigneeId == null
                ? null
                : people.find(user.organisationId(), accountId, assigneeId)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "user " + assigneeId + " does not work on this seller account"));
        LocalDate due = java.util.Objects.equals(dueOn, task.dueOn()) ? dueOn : TaskRules.due(dueOn, today(accountId));
        rows.assign(
                accountId,
                taskId,
                assignee == null ? null : assignee.id(),
                assignee == null ? null : assignee.displayName(),
                due,
                clock.instant());
        operations.record(
                user,
                Operation.of("task.assigned", task.title())
                        .onAccount(accountId)
                        .subject("task", String.valueOf(taskId))
                        .change(
                                assignment(task.assigneeName(), task.dueOn()),
                                assignment(assignee == null ? null : assignee.displayName(), due))
                        .forTask(taskId));
        Task changed = rows.find(accountId, taskId).orElseThrow();
        if (changed.assigneeId() != null && !changed.assigneeId().equals(task.assigneeId())) {
            announce(changed, user);
        }
        return changed;
    }

    /**
     * Adds a comment; everyone who may see the account may comment.
     *
     * @throws IllegalArgumentException when the text is blank or longer than 4000 characters
     */
    @Transactional
    public TaskComment comment(CurrentUser user, long accountId, long taskId, String text) {
        task(user, accountId, taskId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 4000) {
            throw new IllegalArgumentException("a comment has 1 to 4000 characters");
        }
        long id = rows.comment(accountId, taskId, user.id(), user.displayName(), body, clock.instant());
        return rows.comments(accountId, taskId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The account's board: tasks not done and those done in the last {@link #DONE_ON_BOARD}.
     *
     * @param mine only the user's own tasks
     */
    public List<Task> board(CurrentUser user, long accountId, boolean mine) {
        requireAccess(user, accountId);
        return rows.board(accountId, mine ? user.id() : null, clock.instant().minus(DONE_ON_BOARD));
    }

    /** One task of the account. */
    public Task task(CurrentUser user, long accountId, long taskId) {
        requireAccess(user, accountId);
        return rows.find(accountId, taskId).orElseThrow(() -> new NoSuchElementException("no task " + taskId));
    }

    public List<TaskComment> comments(CurrentUser user, long accountId, long taskId) {
        task(user, accountId, taskId);
        return rows.comments(accountId, taskId);
    }

    /** The tasks made from an item, newest first. */
    public List<Task> ofItem(CurrentUser user, long accountId, long itemId) {
        requireAccess(user, accountId);
        return rows.ofItem(accountId, itemId);
    }

    /** Whether the user may change the task's status, assignee and due day. */
    public static boolean mayChange(CurrentUser user, Task task) {
        return TaskRules.mayChange(user.id(), user.role(), task.createdBy(), task.assigneeId());
    }

    /** How many tasks were made from each rule's items since a moment. */
    Map<String, Integer> tasksPerRule(long accountId, Instant since) {
        return rows.tasksPerRule(accountId, since);
    }

    private void announce(Task task, CurrentUser by) {
        if (task.assigneeId() != null && task.assigneeId() != by.id()) {
            events.publishEvent(new TaskAssigned(task.accountId(), task.id(), task.assigneeId(), by.id()));
        }
    }

    private Task lockChangeable(CurrentUser user, long accountId, long taskId) {
        requireAccess(user, accountId);
        Task task = rows.lock(accountId, taskId).orElseThrow(() -> new NoSuchElementException("no task " + taskId));
        if (!mayChange(user, task)) {
            throw new AccessDeniedException("only whoever made or does the task, or a supervisor, changes it");
        }
        return task;
    }

    private TeamMember assignee(CurrentUser user, long accountId, Long assigneeId) {
        long id = assigneeId == null ? user.id() : assigneeId;
        return people.find(user.organisationId(), accountId, id)
                .orElseThrow(
                        () -> new IllegalArgumentException("user " + id + " does not work on this seller account"));
    }

    private static Operation created(Task task) {
        return Operation.of("task.created", task.title())
                .onAccount(task.accountId())
                .subject(
                        task.subjectType() == null ? "task" : task.subjectType(),
                        task.subjectId() == null ? String.valueOf(task.id()) : task.subjectId())
                .change(Map.of(), assignment(task.assigneeName(), task.dueOn()))
                .forTask(task.id());
    }

    private static Map<String, String> assignment(String assignee, LocalDate due) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assignee", assignee == null ? "" : assignee);
        values.put("due", due == null ? "" : due.toString());
        return values;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
