package dev.bosun.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.workflow.review.db.ActionItems;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tasks from review items and by hand; who may change them; dismissing, snoozing and reopening items, and the count
 * of dismissals per rule.
 */
@BosunTest
@org.springframework.test.context.event.RecordApplicationEvents
class TasksTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    Tasks tasks;

    @Autowired
    ItemTriage triage;

    @Autowired
    DailyReview review;

    @Autowired
    OperationsLog log;

    @Autowired
    ActionItems actionItems;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    ReviewItemFixtures items;
    long organisation;
    SellerAccount account;
    CurrentUser assistant;
    CurrentUser specialist;
    CurrentUser otherSpecialist;
    CurrentUser supervisor;
    LocalDate today;

    @BeforeEach
    void anAccountWithItsTeam() {
        fixtures = new Fixtures(directory, team, jdbc);
        items = new ReviewItemFixtures(actionItems);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        otherSpecialist = fixtures.user(organisation, Role.SPECIALIST, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        today = tasks.today(account.id());
    }

    @Test
    void anItemBecomesATaskWithItsTextsEvidenceAndLinkBack() {
        long itemId = items.healthItem(account.id(), today, "mfn");

        Task task = tasks.fromItem(assistant, account.id(), itemId, specialist.id(), today.plusDays(2));

        ActionItem item = review.item(account.id(), itemId).orElseThrow();
        ItemText text = review.text(item, Locale.ENGLISH);
        assertThat(task.title()).isEqualTo(text.title()).contains("ODR MFN in US is 1.4 %");
        assertThat(task.description())
                .startsWith(text.action())
                .contains(text.evidence().get(0));
        assertThat(task.itemId()).isEqualTo(itemId);
        assertThat(task.itemKey()).isEqualTo(item.key());
        assertThat(task.ruleId()).isEqualTo(ReviewItemFixtures.ODR);
        assertThat(task.assigneeId()).isEqualTo(specialist.id());
        assertThat(task.dueOn()).isEqualTo(today.plusDays(2));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(tasks.fromItem(specialist, account.id(), itemId, null, null).id())
                .as("one open task per item")
                .isEqualTo(task.id());
        assertThat(log.ofTask(supervisor, account.id(), task.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("task.created"));

        tasks.move(specialist, account.id(), task.id(), TaskStatus.DONE);
        assertThat(tasks.fromItem(specialist, account.id(), itemId, null, null).id())
                .as("once done, the same problem coming back is a new task")
                .isNotEqualTo(task.id());
    }

    @Test
    void assigneesWorkOnTheAccountAndDueDaysAreNotPast() {
        long itemId = items.healthItem(account.id(), today, "afn");
        SellerAccount elsewhere = fixtures.account(organisation, Marketplace.DE);
        CurrentUser stranger = fixtures.user(organisation, Role.SPECIALIST, elsewhere);
        assertThatThrownBy(() -> tasks.fromItem(assistant, account.id(), itemId, stranger.id(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not work on this seller account");
        assertThatThrownBy(() -> tasks.create(
                        assistant, account.id(), new NewTask("Call the forwarder", null, null, today.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before today");
        Task mine =
                tasks.create(assistant, account.id(), new NewTask("Call the forwarder", "about PO 12", null, today));
        assertThat(mine.assigneeId()).isEqualTo(assistant.id());
    }

    @Test
    void creatorAssigneeAndSupervisorsChangeATaskOthersOnlyComment() {
        Task task =
                tasks.create(specialist, account.id(), new NewTask("Fix the main image", null, assistant.id(), null));
        assertThatThrownBy(() -> tasks.move(otherSpecialist, account.id(), task.id(), TaskStatus.DONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.assign(otherSpecialist, account.id(), task.id(), otherSpecialist.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        tasks.comment(otherSpecialist, account.id(), task.id(), "The supplier sends new photos on Friday");

        assertThat(tasks.move(assistant, account.id(), task.id(), TaskStatus.IN_PROGRESS)
                        .status())
                .isEqualTo(TaskStatus.IN_PROGRESS);
        Task reassigned = tasks.assign(supervisor, account.id(), task.id(), otherSpecialist.id(), today.plusDays(3));
        assertThat(reassigned.assigneeName()).isEqualTo(otherSpecialist.displayName());
        Task done = tasks.move(otherSpecialist, account.id(), task.id(), TaskStatus.DONE);
        assertThat(done.doneAt()).isNotNull();
        assertThat(tasks.move(specialist, account.id(), task.id(), TaskStatus.OPEN)
                        .doneAt())
                .isNull();

        assertThat(tasks.comments(assistant, account.id(), task.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.authorId()).isEqualTo(otherSpecialist.id()));
        assertThatThrownBy(() -> tasks.comment(assistant, account.id(), task.id(), "   "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.ofTask(supervisor, account.id(), task.id()))
                .extracting(LoggedOperation::type)
                .containsExactly("task.created", "task.status", "task.assigned", "task.status", "task.status");
        assertThat(log.ofTask(supervisor, account.id(), task.id()).get(1).after())
                .containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void anAssigneeOtherThanTheAuthorIsAnnounced() {
        Task own = tasks.create(specialist, account.id(), new NewTask("Mine", null, null, null));
        assertThat(events.stream(TaskAssigned.class)).isEmpty();
        tasks.assign(specialist, account.id(), own.id(), assistant.id(), null);
        Task theirs = tasks.create(specialist, account.id(), new NewTask("Theirs", null, otherSpecialist.id(), null));
        assertThat(events.stream(TaskAssigned.class))
                .containsExactly(
                        new TaskAssigned(account.id(), own.id(), assistant.id(), specialist.id()),
                        new TaskAssigned(account.id(), theirs.id(), otherSpecialist.id(), specialist.id()));
    }

    @Test
    void theBoardShowsMineOrEveryones() {
        Task forAssistant = tasks.create(specialist, account.id(), new NewTask("A", null, assistant.id(), null));
        Task forSpecialist = tasks.create(specialist, account.id(), new NewTask("B", null, null, null));
        assertThat(tasks.board(assistant, account.id(), true))
                .extracting(Task::id)
                .containsExactly(forAssistant.id());
        assertThat(tasks.board(assistant, account.id(), false))
                .extracting(Task::id)
                .containsExactlyInAnyOrder(forAssistant.id(), forSpecialist.id());
    }

    @Test
    void anotherTenantsTasksAndItemsDoNotExistForMe() {
        Task task = tasks.create(specialist, account.id(), new NewTask("Ours", null, null, null));
        long itemId = items.healthItem(account.id(), today, "x");
        SellerAccount theirs = fixtures.account(fixtures.otherOrganisation(), Marketplace.US);
        CurrentUser theirAdmin =
                fixtures.user(directory.account(theirs.id()).orElseThrow().organisationId(), Role.ADMIN, theirs);
        assertThatThrownBy(() -> tasks.task(theirAdmin, account.id(), task.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tasks.task(theirAdmin, theirs.id(), task.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tasks.move(theirAdmin, theirs.id(), task.id(), TaskStatus.DONE))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tasks.fromItem(theirAdmin, theirs.id(), itemId, null, null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> triage.dismiss(theirAdmin, theirs.id(), itemId, "not ours"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(review.item(account.id(), itemId).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aDismissedItemKeepsItsReasonAndCountsAgainstItsRule() {
        long a = items.healthItem(account.id(), today, "a");
        long b = items.healthItem(account.id(), today, "b");
        long c = items.item(account.id(), today, ReviewArea.ADVERTISING, "advertising.test-rule", "c");
        tasks.fromItem(specialist, account.id(), c, null, null);

        assertThatThrownBy(() -> triage.dismiss(assistant, account.id(), a, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> triage.dismiss(specialist, account.id(), a, " "))
                .isInstanceOf(IllegalArgumentException.class);
        ItemDecision decision = triage.dismiss(specialist, account.id(), a, "A claim already refunded");
        triage.dismiss(specialist, account.id(), b, "Same claim, other marketplace");
        triage.dismiss(supervisor, account.id(), c, "Campaign paused yesterday");

        assertThat(decision.reason()).isEqualTo("A claim already refunded");
        assertThat(review.item(account.id(), a).orElseThrow().status()).isEqualTo(ItemStatus.DISMISSED);
        assertThat(triage.latest(assistant, account.id(), a)).contains(decision);
        List<RuleDismissals> perRule = triage.dismissalsPerRule(supervisor, account.id(), 30);
        assertThat(perRule)
                .extracting(RuleDismissals::ruleId, RuleDismissals::dismissals, RuleDismissals::tasks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewItemFixtures.ODR, 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("advertising.test-rule", 1L, 1L));
        assertThat(perRule.get(0).lastReason()).isEqualTo("Same claim, other marketplace");
        assertThat(log.search(
                        supervisor,
                        account.id(),
                        new OperationFilter(null, null, null, "item.dismissed", null),
                        ZoneOffset.UTC,
                        10))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.summary()).startsWith("ODR"));
    }

    @Test
    void aSnoozedItemHidesUntilItsDayAndCanBeReopened() {
        long itemId = items.healthItem(account.id(), today, "s");
        assertThatThrownBy(() -> triage.snooze(assistant, account.id(), itemId, today, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> triage.snooze(assistant, account.id(), itemId, today.plusDays(91), null))
                .isInstanceOf(IllegalArgumentException.class);

        ItemDecision snoozed =
                triage.snooze(assistant, account.id(), itemId, today.plusDays(3), "Waiting for the carrier");

        assertThat(snoozed.snoozedUntil()).isEqualTo(today.plusDays(3));
        ActionItem item = review.item(account.id(), itemId).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.SNOOZED);
        assertThat(item.snoozedUntil()).isEqualTo(today.plusDays(3));
        assertThat(review.items(account.id(), today, ItemFilter.open()))
                .extracting(ActionItem::id)
                .doesNotContain(itemId);

        triage.reopen(assistant, account.id(), itemId);
        assertThat(review.items(account.id(), today, ItemFilter.open()))
                .extracting(ActionItem::id)
                .contains(itemId);
        assertThat(triage.latest(assistant, account.id(), itemId).orElseThrow().decision())
                .isEqualTo("REOPENED");
    }
}
