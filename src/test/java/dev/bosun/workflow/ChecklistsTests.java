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
import java.time.Instant;
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
 * 每日三查: the day's checklists made from the organisation's templates, ticks with who and when, closed days, other
 * tenants, template changes and the supervisor's view of the team.
 */
@BosunTest
class ChecklistsTests {

    @Autowired
    Checklists checklists;

    @Autowired
    OperationsLog log;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    long organisation;
    SellerAccount us;
    SellerAccount jp;
    CurrentUser assistant;
    CurrentUser specialist;
    CurrentUser supervisor;

    @BeforeEach
    void anOrganisationWithTwoAccounts() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        us = fixtures.account(organisation, Marketplace.US);
        jp = fixtures.account(organisation, Marketplace.JP);
        assistant = fixtures.user(organisation, Role.ASSISTANT, us);
        specialist = fixtures.user(organisation, Role.SPECIALIST, us, jp);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, us, jp);
    }

    List<Checklist> today(CurrentUser who, SellerAccount account) {
        return checklists.day(who, account.id(), checklists.today(account.id()));
    }

    @Test
    void theFirstVisitOfTheDayMakesTheThreeDailyChecksOnce() {
        List<Checklist> first = today(assistant, us);
        assertThat(first)
                .extracting(Checklist::slot)
                .containsExactly(ChecklistSlot.MORNING, ChecklistSlot.NOON, ChecklistSlot.EVENING);
        assertThat(first.get(0).nameKey()).isEqualTo("checklist.builtin.morning");
        assertThat(first.get(0).reviewAreas()).contains(ReviewArea.HEALTH);
        assertThat(first.get(1).reviewAreas()).contains(ReviewArea.ADVERTISING);
        assertThat(first.get(2).reviewAreas()).contains(ReviewArea.MESSAGES);
        assertThat(first).allSatisfy(c -> assertThat(c.total()).isGreaterThanOrEqualTo(5));
        assertThat(checklists.text(first.get(0).lines().get(1), Locale.ENGLISH))
                .contains("Order defect rate below 1 %");
        assertThat(checklists.text(first.get(0).lines().get(1), Locale.SIMPLIFIED_CHINESE))
                .contains("订单缺陷率");

        assertThat(today(specialist, us)).extracting(Checklist::id).containsExactlyElementsOf(ids(first));
        assertThat(checklists.templates(organisation)).hasSize(3);
        assertThat(today(specialist, jp)).hasSize(3);
    }

    @Test
    void theDayIsTheAccountsDayAndOtherDaysAreNotMadeAfterwards() {
        LocalDate jpToday = checklists.today(jp.id());
        assertThat(jpToday).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        assertThat(checklists.day(specialist, jp.id(), jpToday.minusDays(3))).isEmpty();
        assertThat(checklists.day(specialist, jp.id(), jpToday.plusDays(1))).isEmpty();
    }

    @Test
    void tickingRecordsWhoAndWhenAndGoesToTheLog() {
        ChecklistLine line = today(assistant, us).get(0).lines().get(0);
        Instant before = Instant.now();

        ChecklistLine ticked = checklists.tick(assistant, us.id(), line.id(), true);

        assertThat(ticked.done()).isTrue();
        assertThat(ticked.doneBy()).isEqualTo(assistant.id());
        assertThat(ticked.doneByName()).isEqualTo(assistant.displayName());
        assertThat(ticked.doneAt()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(today(supervisor, us).get(0).done()).isEqualTo(1);
        assertThat(checklists.tick(specialist, us.id(), line.id(), true).doneBy())
                .as("ticking a ticked line again changes nothing")
                .isEqualTo(assistant.id());
        List<LoggedOperation> entries = log.search(
                supervisor,
                us.id(),
                new OperationFilter(null, null, null, "checklist.ticked", null),
                ZoneOffset.UTC,
                10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(assistant.id());
            assertThat(e.summary()).isEqualTo(checklists.text(line, Locale.ENGLISH));
            assertThat(e.after()).containsEntry("done", "yes");
        });
    }

    @Test
    void onlyTheAuthorOrASupervisorTakesATickBack() {
        ChecklistLine line = today(assistant, us).get(1).lines().get(0);
        checklists.tick(assistant, us.id(), line.id(), true);
        assertThatThrownBy(() -> checklists.tick(specialist, us.id(), line.id(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(checklists.tick(supervisor, us.id(), line.id(), false).done())
                .isFalse();
        checklists.tick(assistant, us.id(), line.id(), true);
        assertThat(checklists.tick(assistant, us.id(), line.id(), false).done()).isFalse();
    }

    @Test
    void aPastDayIsClosed() {
        LocalDate old = checklists.today(us.id()).minusDays(2);
        long checklistId = jdbc.queryForObject(
                "insert into workflow_checklists (account_id, day, template_id, slot, name, position, review_areas,"
                        + " created_at) values (?, ?, ?, 'MORNING', 'Old', 1, 'HEALTH', now()) returning id",
                Long.class,
                us.id(),
                old,
                checklists.templates(organisation).get(0).id());
        long lineId = jdbc.queryForObject(
                "insert into workflow_checklist_lines (account_id, checklist_id, position, text) values (?, ?, 1,"
                        + " 'Old line') returning id",
                Long.class,
                us.id(),
                checklistId);
        assertThat(checklists.day(assistant, us.id(), old))
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Old"));
        assertThatThrownBy(() -> checklists.tick(assistant, us.id(), lineId, true))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anotherAccountsLineDoesNotExistForMe() {
        ChecklistLine jpLine = today(specialist, jp).get(0).lines().get(0);
        assertThatThrownBy(() -> checklists.tick(assistant, us.id(), jpLine.id(), true))
                .as("a line of another account named under my account")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> checklists.tick(assistant, jp.id(), jpLine.id(), true))
                .as("an account not granted to me")
                .isInstanceOf(NoSuchElementException.class);
        long stranger = fixtures.otherOrganisation();
        CurrentUser theirAdmin = fixtures.user(stranger, Role.ADMIN);
        assertThatThrownBy(() -> checklists.day(theirAdmin, jp.id(), checklists.today(jp.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(today(specialist, jp).get(0).lines().get(0).done()).isFalse();
    }

    @Test
    void supervisorsAdaptTemplatesAndTheChangeShowsFromTheNextChecklist() {
        List<Checklist> before = today(assistant, us);
        ChecklistTemplate morning = checklists.templates(organisation).get(0);
        List<String> lines = new java.util.ArrayList<>(morning.lines().stream()
                .map(l -> checklists.text(l, Locale.ENGLISH))
                .toList());
        lines.remove(5);
        lines.add("Check the Buy Box share of the top 10 ASINs");
        TemplateDraft draft = new TemplateDraft("", ChecklistSlot.MORNING, List.of(ReviewArea.HEALTH), true, lines);

        assertThatThrownBy(() -> checklists.saveTemplate(specialist, morning.id(), draft, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        ChecklistTemplate saved = checklists.saveTemplate(supervisor, morning.id(), draft, Locale.ENGLISH);

        assertThat(saved.nameKey()).as("the unchanged name stays Bosun's").isEqualTo("checklist.builtin.morning");
        assertThat(saved.lines()).hasSize(6);
        assertThat(saved.lines().subList(0, 5))
                .allSatisfy(l -> assertThat(l.textKey()).isNotNull());
        assertThat(saved.lines().get(5))
                .isEqualTo(new ChecklistTemplate.Line("Check the Buy Box share of the top 10 ASINs", null));
        assertThat(saved.reviewAreas()).containsExactly(ReviewArea.HEALTH);
        assertThat(today(assistant, us).get(0).lines())
                .as("today's checklist was made already and keeps its lines")
                .isEqualTo(before.get(0).lines());

        ChecklistTemplate extra = checklists.saveTemplate(
                supervisor,
                null,
                new TemplateDraft(
                        "Weekly listing patrol",
                        ChecklistSlot.NOON,
                        List.of(ReviewArea.LISTINGS),
                        true,
                        List.of("Main image", "Price and stock")),
                Locale.ENGLISH);
        assertThat(today(assistant, us))
                .as("a template added today joins today's checklists")
                .extracting(Checklist::templateId)
                .endsWith(extra.id());
        assertThat(log.search(
                        supervisor,
                        us.id(),
                        new OperationFilter(null, null, null, "checklist.template", null),
                        ZoneOffset.UTC,
                        10))
                .hasSize(2);
        assertThatThrownBy(() -> new TemplateDraft("x", ChecklistSlot.NOON, List.of(), true, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSupervisorSeesCompletionPerAccountAndPerson() {
        List<Checklist> usToday = today(assistant, us);
        checklists.tick(assistant, us.id(), usToday.get(0).lines().get(0).id(), true);
        checklists.tick(assistant, us.id(), usToday.get(0).lines().get(1).id(), true);
        checklists.tick(specialist, us.id(), usToday.get(2).lines().get(0).id(), true);

        TeamChecklists view = checklists.team(supervisor, checklists.today(us.id()));

        assertThat(view.rows())
                .filteredOn(r -> r.accountId() == us.id())
                .hasSize(3)
                .first()
                .satisfies(r -> {
                    assertThat(r.opened()).isTrue();
                    assertThat(r.done()).isEqualTo(2);
                    assertThat(r.lastDoneByName()).isEqualTo(assistant.displayName());
                });
        assertThat(view.people())
                .extracting(TeamChecklists.Person::userId, TeamChecklists.Person::ticks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(assistant.id(), 2L),
                        org.assertj.core.groups.Tuple.tuple(specialist.id(), 1L));
        assertThat(checklists
                        .team(supervisor, checklists.today(us.id()).minusDays(5))
                        .rows())
                .allSatisfy(r -> assertThat(r.opened()).isFalse());
        assertThatThrownBy(() -> checklists.team(specialist, checklists.today(us.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static List<Long> ids(List<Checklist> lists) {
        return lists.stream().map(Checklist::id).toList();
    }
}
