package dev.bosun.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ReviewItemFixtures;
import dev.bosun.workflow.Task;
import dev.bosun.workflow.TaskStatus;
import dev.bosun.workflow.Tasks;
import dev.bosun.workflow.review.db.ActionItems;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The tasks board and a task's page, and acting on review items from the checklist page: make a task, dismiss with a
 * reason. Redirects stay on the account's own pages.
 */
@BosunTest
class TaskPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tasks tasks;

    @Autowired
    DailyReview review;

    @Autowired
    ActionItems actionItems;

    Fixtures fixtures;
    long organisation;
    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    LocalDate today;

    @BeforeEach
    void aTeam() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        today = tasks.today(account.id());
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, CurrentUser who, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(who)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aTaskAddedByHandMovesAcrossTheBoard() throws Exception {
        assertThat(page("/a/{id}/tasks", assistant, account.id())).contains("id=\"empty-state\"");
        String location = mvc.perform(post("/a/{id}/tasks", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("title", "Ask <the> supplier for new photos")
                        .param("assignee", String.valueOf(assistant.id()))
                        .param("due", today.plusDays(1).toString()))
                .andExpect(redirectedUrlPattern("/a/" + account.id() + "/tasks/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String board = page("/a/{id}/tasks?who=mine", assistant, account.id());
        assertThat(board)
                .contains("id=\"task-" + id + "\"")
                .contains("Ask &lt;the&gt; supplier for new photos")
                .doesNotContain("id=\"empty-state\"");
        assertThat(page("/a/{id}/tasks?who=mine", specialist, account.id())).doesNotContain("id=\"task-" + id + "\"");

        mvc.perform(post("/a/{id}/tasks/{t}/status", account.id(), id)
                        .with(as(assistant))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("next", "/a/" + account.id() + "/tasks?who=mine"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/tasks?who=mine"));
        assertThat(tasks.task(assistant, account.id(), id).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        mvc.perform(post("/a/{id}/tasks/{t}/comments", account.id(), id)
                        .with(as(specialist))
                        .with(csrf())
                        .param("text", "Photos arrive Friday"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/tasks/" + id + "#comments"));
        assertThat(page("/a/{id}/tasks/{t}", specialist, account.id(), id))
                .contains("Photos arrive Friday")
                .contains("id=\"task-log\"");
    }

    @Test
    void anItemOnTheChecklistBecomesATaskOrIsDismissed() throws Exception {
        ReviewItemFixtures items = new ReviewItemFixtures(actionItems);
        long first = items.healthItem(account.id(), today, "mfn");
        long second = items.healthItem(account.id(), today, "afn");

        String checklists = page("/a/{id}/checklists", assistant, account.id());
        assertThat(checklists)
                .contains("id=\"item-" + first + "\"")
                .contains("href=\"/a/" + account.id() + "/today/items/" + first + "\"")
                .contains("id=\"make-task-" + first + "\"")
                .contains("id=\"snooze-" + first + "\"")
                .doesNotContain("id=\"dismiss-" + first + "\"");
        assertThat(page("/a/{id}/checklists", specialist, account.id())).contains("id=\"dismiss-" + first + "\"");

        String location = mvc.perform(post("/a/{id}/tasks/from-item", account.id())
                        .with(as(assistant))
                        .with(csrf())
                        .param("itemId", String.valueOf(first))
                        .param("next", "/a/" + account.id() + "/checklists"))
                .andExpect(redirectedUrlPattern("/a/" + account.id() + "/tasks/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String task = page(location, assistant);
        assertThat(task)
                .contains("id=\"task-evidence\"")
                .contains("href=\"/a/" + account.id() + "/today/items/" + first + "\"")
                .contains("ODR MFN in US is 1.4 %");

        mvc.perform(post("/a/{id}/items/{i}/dismiss", account.id(), second)
                        .with(as(assistant))
                        .with(csrf())
                        .param("reason", "refunded")
                        .param("next", "/a/" + account.id() + "/checklists"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/a/{id}/items/{i}/dismiss", account.id(), second)
                        .with(as(specialist))
                        .with(csrf())
                        .param("reason", "Claim refunded yesterday")
                        .param("next", "/a/" + account.id() + "/checklists"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/checklists"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(review.item(account.id(), second).orElseThrow().status()).isEqualTo(ItemStatus.DISMISSED);
        assertThat(page("/a/{id}/checklists", assistant, account.id()))
                .doesNotContain("id=\"item-" + second + "\"")
                .contains("1 more items of these areas");
        assertThat(page("/a/{id}/tasks", specialist, account.id()))
                .contains("id=\"dismissed-health.order-defect-rate\"")
                .contains("Claim refunded yesterday");
    }

    @Test
    void redirectsStayOnTheAccountsPages() throws Exception {
        Task task = tasks.create(specialist, account.id(), new dev.bosun.workflow.NewTask("T", null, null, null));
        for (String next : new String[] {
            "https://evil.example/a/" + account.id() + "/",
            "//evil.example",
            "/a/" + (account.id() + 1) + "/tasks",
            "/a/" + account.id() + "//evil.example"
        }) {
            mvc.perform(post("/a/{id}/tasks/{t}/status", account.id(), task.id())
                            .with(as(specialist))
                            .with(csrf())
                            .param("status", "OPEN")
                            .param("next", next))
                    .andExpect(redirectedUrl("/a/" + account.id() + "/tasks"));
        }
    }

    @Test
    void anotherTenantsTaskIsNotFound() throws Exception {
        Task task = tasks.create(specialist, account.id(), new dev.bosun.workflow.NewTask("Ours", null, null, null));
        long stranger = fixtures.otherOrganisation();
        SellerAccount theirs = fixtures.account(stranger, Marketplace.US);
        CurrentUser theirAdmin = fixtures.user(stranger, Role.ADMIN, theirs);
        mvc.perform(get("/a/{id}/tasks/{t}", theirs.id(), task.id()).with(as(theirAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/tasks/{t}", account.id(), task.id()).with(as(theirAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/tasks/{t}/status", theirs.id(), task.id())
                        .with(as(theirAdmin))
                        .with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().isNotFound());
        assertThat(tasks.task(specialist, account.id(), task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }
}
