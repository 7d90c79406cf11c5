package dev.bosun.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import dev.bosun.workflow.Checklist;
import dev.bosun.workflow.ChecklistLine;
import dev.bosun.workflow.Checklists;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The checklist pages: the day, a tick through htmx and without JavaScript, the team view, the templates. */
@BosunTest
class ChecklistPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    long organisation;
    SellerAccount account;
    CurrentUser assistant;
    CurrentUser supervisor;

    @BeforeEach
    void aTeam() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.DE);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, CurrentUser who, String language) throws Exception {
        return mvc.perform(get(path, account.id()).with(as(who)).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDayShowsTheThreeChecksInTheReadersLanguage() throws Exception {
        String en = page("/a/{id}/checklists", assistant, "en");
        assertThat(en)
                .contains("Morning: account health")
                .contains("Order defect rate below 1 %")
                .contains("id=\"empty-state\"")
                .contains("hx-post=\"/a/" + account.id() + "/checklists/lines/");
        assertThat(page("/a/{id}/checklists", assistant, "zh-CN")).contains("晨会前：查账号健康");
    }

    @Test
    void aTickThroughHtmxAnswersTheLineWithWhoAndWhen() throws Exception {
        List<Checklist> day = checklists.day(assistant, account.id(), checklists.today(account.id()));
        ChecklistLine line = day.get(0).lines().get(0);
        String fragment = mvc.perform(post("/a/{id}/checklists/lines/{l}", account.id(), line.id())
                        .with(as(assistant))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("done", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment.strip()).startsWith("<li");
        assertThat(fragment)
                .contains("hx-swap-oob=\"true\" id=\"progress-" + day.get(0).id() + "\"");
        assertThat(fragment).contains("id=\"done-" + line.id() + "\"").contains(assistant.displayName());
        assertThat(page("/a/{id}/checklists", supervisor, "en"))
                .doesNotContain("id=\"empty-state\"")
                .contains("id=\"done-" + line.id() + "\"");

        mvc.perform(post("/a/{id}/checklists/lines/{l}", account.id(), line.id())
                        .with(as(assistant))
                        .with(csrf())
                        .param("done", "false"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/checklists"));
        assertThat(checklists
                        .day(assistant, account.id(), checklists.today(account.id()))
                        .get(0)
                        .done())
                .isZero();
        mvc.perform(post("/a/{id}/checklists/lines/{l}", account.id(), line.id())
                        .with(as(assistant))
                        .param("done", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTeamViewIsForSupervisors() throws Exception {
        assertThat(page("/a/{id}/checklists/team", supervisor, "en")).contains("id=\"team-accounts\"");
        mvc.perform(get("/a/{id}/checklists/team", account.id()).with(as(assistant)))
                .andExpect(status().isForbidden());
        assertThat(page("/a/{id}/checklists", assistant, "en")).doesNotContain("id=\"checklists-team\"");
    }

    @Test
    void templatesAreReadByAllAndWrittenBySupervisors() throws Exception {
        assertThat(page("/a/{id}/checklists/templates", assistant, "en"))
                .contains("<fieldset disabled")
                .doesNotContain("id=\"template-new\"");
        mvc.perform(post("/a/{id}/checklists/templates", account.id())
                        .with(as(supervisor))
                        .with(csrf())
                        .param("name", "Friday <b>review</b>")
                        .param("slot", "EVENING")
                        .param("areas", "REVIEWS", "ORDERS")
                        .param("active", "true")
                        .param("lines", "Week's returns\r\nWeek's reviews\r\n"))
                .andExpect(flash().attributeExists("savedTemplate"));
        assertThat(page("/a/{id}/checklists", assistant, "en"))
                .contains("Friday &lt;b&gt;review&lt;/b&gt;")
                .contains("Week&#39;s returns");
        mvc.perform(post("/a/{id}/checklists/templates", account.id())
                        .with(as(assistant))
                        .with(csrf())
                        .param("name", "Mine")
                        .param("slot", "NOON")
                        .param("lines", "x"))
                .andExpect(status().isForbidden());
    }
}
