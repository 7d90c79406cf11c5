package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.workflow.tasks.db.ItemDecisions;
import dev.bosun.workflow.tasks.domain.TaskRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting review items aside: dismissed with a reason (kept, and counted per rule so that rules which cry wolf show
 * up), snoozed until a day (the item hides until then), or reopened. The item's status lives with the daily review;
 * the reasons, who and when live here and in the {@link OperationsLog}.
 */
@Service
public class ItemTriage {

    private final ItemDecisions decisions;
    private final DailyReview review;
    private final Tasks tasks;
    private final AccountDirectory directory;
    private final OperationsLog operations;
    private final Clock clock;

    ItemTriage(
            ItemDecisions decisions,
            DailyReview review,
            Tasks tasks,
            AccountDirectory directory,
            OperationsLog operations,
            Clock clock) {
        this.decisions = decisions;
        this.review = review;
        this.tasks = tasks;
        this.directory = directory;
        this.operations = operations;
        this.clock = clock;
    }

    /**
     * Dismisses an item for good (while it keeps firing), with the reason.
     *
     * @throws AccessDeniedException for assistants, who snooze or ask instead
     * @throws IllegalArgumentException when the reason is blank
     * @throws NoSuchElementException when the account has no such item or the user may not see it
     */
    @Transactional
    public ItemDecision dismiss(CurrentUser user, long accountId, long itemId, String reason) {
        ActionItem item = item(user, accountId, itemId);
        if (!TaskRules.mayDismiss(user.role())) {
            throw new AccessDeniedException("specialists and above dismiss review items; snooze it instead");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new IllegalArgumentException("say in 1 to 2000 characters why the item is dismissed");
        }
        review.dismiss(accountId, itemId);
        return decide(user, item, ItemDecisions.DISMISSED, why, null, "item.dismissed");
    }

    /**
     * Snoozes an item until a day after today (at most 90 days ahead): it hides until then and comes back if it
     * still fires.
     *
     * @throws IllegalArgumentException when the day is not after today or too far ahead
     */
    @Transactional
    public ItemDecision snooze(CurrentUser user, long accountId, long itemId, LocalDate until, String reason) {
        ActionItem item = item(user, accountId, itemId);
        LocalDate day = TaskRules.snoozeUntil(until, review.today(accountId));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw new IllegalArgumentException("a reason has at most 2000 characters");
        }
        review.snooze(accountId, itemId, day);
        return decide(user, item, ItemDecisions.SNOOZED, why, day, "item.snoozed");
    }

    /** Opens a dismissed or snoozed item again. */
    @Transactional
    public ItemDecision reopen(CurrentUser user, long accountId, long itemId) {
        ActionItem item = item(user, accountId, itemId);
        if (item.status() == ItemStatus.DISMISSED && !TaskRules.mayDismiss(user.role())) {
            throw new AccessDeniedException("specialists and above reopen a dismissed item");
        }
        review.reopen(accountId, itemId);
        return decide(user, item, ItemDecisions.REOPENED, null, null, "item.reopened");
    }

    /** The latest decision about an item, if any. */
    public Optional<ItemDecision> latest(CurrentUser user, long accountId, long itemId) {
        requireAccess(user, accountId);
        return decisions.latest(accountId, itemId);
    }

    /**
     * Per rule, how many of its items were dismissed on the account in the last {@code days} days, with the latest
     * reason and the tasks made from its items in the same time; the rules dismissed most first.
     */
    public List<RuleDismissals> dismissalsPerRule(CurrentUser user, long accountId, int days) {
        requireAccess(user, accountId);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Map<String, List<ItemDecision>> byRule = new LinkedHashMap<>();
        for (ItemDecision d : decisions.dismissals(accountId, since)) {
            byRule.computeIfAbsent(d.ruleId(), r -> new ArrayList<>()).add(d);
        }
        Map<String, Integer> made = tasks.tasksPerRule(accountId, since);
        List<RuleDismissals> result = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            Set<Long> items = new HashSet<>();
            list.forEach(d -> items.add(d.itemId()));
            ItemDecision last = list.get(0);
            result.add(new RuleDismissals(
                    rule,
                    items.size(),
                    list.size(),
                    made.getOrDefault(rule, 0),
                    last.reason(),
                    last.decidedByName(),
                    last.decidedAt()));
        });
        result.sort(
                Comparator.comparingLong(RuleDismissals::dismissals).reversed().thenComparing(RuleDismissals::ruleId));
        return result;
    }

    private ItemDecision decide(
            CurrentUser user, ActionItem item, String decision, String reason, LocalDate until, String logType) {
        long id = decisions.insert(
                item.accountId(),
                item.id(),
                item.key(),
                item.ruleId(),
                decision,
                reason,
                until,
                user.id(),
                user.displayName(),
                clock.instant());
        Map<String, String> after = new LinkedHashMap<>();
        after.put("status", decision);
        if (until != null) {
            after.put("until", until.toString());
        }
        operations.record(
                user,
                Operation.of(logType, cut(review.text(item, locale(user)).title()))
                        .onAccount(item.accountId())
                        .subject(item.subject().type().code(), item.subject().id())
                        .change(Map.of("status", item.status().name()), after)
                        .withNote(reason == null ? item.key() : reason + " (" + item.key() + ")"));
        return decisions
                .latest(item.accountId(), item.id())
                .filter(d -> d.id() == id)
                .orElseThrow();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static java.util.Locale locale(CurrentUser user) {
        java.util.Locale chosen = user.chosenLocale();
        return chosen == null ? java.util.Locale.ENGLISH : chosen;
    }

    private ActionItem item(CurrentUser user, long accountId, long itemId) {
        requireAccess(user, accountId);
        return review.item(accountId, itemId).orElseThrow(() -> new NoSuchElementException("no review item " + itemId));
    }

    private void requireAccess(CurrentUser user, long accountId) {
        if (!directory.canAccess(user, accountId)) {
            throw new NoSuchElementException("no seller account " + accountId);
        }
    }
}
