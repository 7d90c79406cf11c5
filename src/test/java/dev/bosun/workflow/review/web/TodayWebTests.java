package dev.bosun.workflow.review.web;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.sellerPerformance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.ApiAccess;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ImportFixture;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.RuleSetting;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Today page, the item detail, the rules page and the review API, with their access rules. */
@BosunTest
class TodayWebTests {

    static final LocalDate D = LocalDate.of(2026, 11, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    DailyReview review;

    @Autowired
    dev.bosun.workflow.ItemTriage triage;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    JsonMapper json;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser assistant;
    CurrentUser specialist;
    CurrentUser supervisor;
    ActionItem odr;

    @BeforeEach
    void reviewedAccount() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        account = fixtures.account(Marketplace.US);
        assistant = fixtures.user(Role.ASSISTANT, account);
        specialist = fixtures.user(Role.SPECIALIST, account);
        supervisor = fixtures.user(Role.SUPERVISOR, account);
        load(
                imports,
                account.id(),
                file(
                        dir,
                        "health.json",
                        sellerPerformance(Marketplace.US, D.minusDays(2), "0.012", "0.01", "0.005", "0.99")),
                ImportFixture.strict());
        review.run(account.id(), D);
        odr = review.items(account.id(), D, ItemFilter.open()).get(0);
    }

    static RequestPostProcessor as(CurrentUser user) {
        return user(new SignedInUser(user, "x", true));
    }

    String page(CurrentUser user, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(user)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void todayListsTheItemsOfTheUsersRoleWithTheirEvidenceAndAction() throws Exception {
        String mine = page(assistant, "/a/{id}/today?date={d}", account.id(), D);
        assertThat(mine)
                .contains("id=\"item-" + odr.id() + "\"")
                .contains("ODR MFN in US is 1.2 %, at or over the 1 % line")
                .contains("Rate: 1.2 %")
                .contains("Open Account Health for US")
                .doesNotContain("id=\"empty-state\"");

        String specialistsOwn = page(specialist, "/a/{id}/today?date={d}", account.id(), D);
        assertThat(specialistsOwn)
                .as("the item is the assistant's")
                .doesNotContain("id=\"item-" + odr.id() + "\"")
                .contains("id=\"no-matching-items\"");
        assertThat(page(specialist, "/a/{id}/today?date={d}&role=all", account.id(), D))
                .contains("id=\"item-" + odr.id() + "\"");
        assertThat(page(supervisor, "/a/{id}/today?date={d}", account.id(), D))
                .as("supervisors watch every role")
                .contains("id=\"item-" + odr.id() + "\"");
        assertThat(page(assistant, "/a/{id}/today?date={d}&severity=info", account.id(), D))
                .doesNotContain("id=\"item-" + odr.id() + "\"");
        assertThat(page(assistant, "/a/{id}/today?date={d}&area=health&status=open", account.id(), D))
                .contains("id=\"item-" + odr.id() + "\"");
        mvc.perform(get("/a/{id}/today?area=nonsense", account.id()).with(as(assistant)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void todayOffersTheItemsActionsInTheListAndNamesTheAccountSubject() throws Exception {
        String mine = page(assistant, "/a/{id}/today?date={d}", account.id(), D);
        assertThat(mine)
                .contains("id=\"make-task-" + odr.id() + "\"")
                .contains("id=\"snooze-" + odr.id() + "\"")
                .as("an assistant may not dismiss")
                .doesNotContain("id=\"dismiss-" + odr.id() + "\"")
                .as("the account subject shows the account's name, not its number")
                .contains("class=\"subject-account\">" + account.name() + "</span>")
                .doesNotContain("<code>" + account.id() + "</code>");
        assertThat(page(supervisor, "/a/{id}/today?date={d}", account.id(), D))
                .contains("id=\"dismiss-" + odr.id() + "\"");

        assertThat(page(supervisor, "/a/{id}/today/rules", account.id()))
                .doesNotContain("id=\"dismissed-health.order-defect-rate\"");
        triage.dismiss(supervisor, account.id(), odr.id(), "we know, the carrier is fixed");
        assertThat(page(supervisor, "/a/{id}/today/rules", account.id()))
                .as("the rules page counts the rule's dismissals")
                .contains("id=\"dismissed-health.order-defect-rate\">dismissed 1× in 90 days (1 items)<");
        assertThat(page(supervisor, "/a/{id}/today?date={d}&status=all", account.id(), D))
                .as("a dismissed item lists without actions")
                .contains("id=\"item-" + odr.id() + "\"")
                .doesNotContain("id=\"make-task-" + odr.id() + "\"");
    }

    @Test
    void theItemPageShowsTheEvidenceAndTheChartDataAndStaysWithinItsAccount() throws Exception {
        String detail = page(assistant, "/a/{id}/today/items/{item}", account.id(), odr.id());
        assertThat(detail)
                .contains("id=\"item-evidence\"")
                .contains("Window: 2026-10-12 to 2026-11-10")
                .contains("data-chart=")
                .contains("&quot;points&quot;:[[&quot;2026-11-10&quot;,1.2")
                .contains("&quot;threshold&quot;:1")
                .contains("/dist/echarts.min.js")
                .contains("/js/review-chart.js")
                // an assistant can make the item a task or snooze it, but not dismiss it
                .contains("id=\"make-task-" + odr.id() + "\"")
                .contains("id=\"snooze-" + odr.id() + "\"")
                .doesNotContain("id=\"dismiss-" + odr.id() + "\"");

        SellerAccount other = new Fixtures(directory, team, jdbc).account(Marketplace.US);
        CurrentUser stranger = new Fixtures(directory, team, jdbc).user(Role.SUPERVISOR, other);
        // the item id under the stranger's own account
        mvc.perform(get("/a/{id}/today/items/{item}", other.id(), odr.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/today/items/{item}", account.id(), odr.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/today", account.id()).with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void onlySupervisorsAndAboveChangeTheRules() throws Exception {
        String readOnly = page(specialist, "/a/{id}/today/rules", account.id());
        assertThat(readOnly)
                .contains("Order defect rate")
                .contains("ODR &lt; 1 % (seeds:")
                .doesNotContain("name=\"t.limit\"");
        mvc.perform(post("/a/{id}/today/rules/health.order-defect-rate", account.id())
                        .param("enabled", "true")
                        .param("t.limit", "2")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // without a CSRF token
        mvc.perform(post("/a/{id}/today/rules/health.order-defect-rate", account.id())
                        .param("enabled", "true")
                        .param("t.limit", "2")
                        .with(as(supervisor)))
                .andExpect(status().isForbidden());

        assertThat(page(supervisor, "/a/{id}/today/rules", account.id())).contains("name=\"t.limit\"");
        mvc.perform(post("/a/{id}/today/rules/health.order-defect-rate", account.id())
                        .param("enabled", "true")
                        .param("t.limit", "2")
                        .param("t.warn-at", "1,5")
                        .with(as(supervisor))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        RuleSetting odrRule = review.rules(account.id()).stream()
                .filter(r -> r.ruleId().equals("health.order-defect-rate"))
                .findFirst()
                .orElseThrow();
        assertThat(odrRule.value("limit")).isEqualByComparingTo("0.02");
        assertThat(odrRule.value("warn-at")).isEqualByComparingTo("0.015");

        mvc.perform(post("/a/{id}/today/rules/health.order-defect-rate", account.id())
                        .param("enabled", "true")
                        .param("t.limit", "90")
                        .with(as(supervisor))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("ruleErrorDetail"))
                        .asString()
                        .contains("between 0.001 and 0.05"));
    }

    @Test
    void aFreshAccountIsReviewedWhenTodayIsFirstOpened() throws Exception {
        SellerAccount fresh = new Fixtures(directory, team, jdbc).account(Marketplace.DE);
        CurrentUser owner = new Fixtures(directory, team, jdbc).user(Role.ASSISTANT, fresh);

        String today = page(owner, "/a/{id}/today", fresh.id());

        assertThat(today).contains("id=\"empty-state\"").contains("id=\"nothing-found\"");
        assertThat(review.latestRun(fresh.id())).isPresent();
    }

    @Test
    void theApiAnswersTheReviewOfADateToTokenHoldersOfTheAccount() throws Exception {
        String token = apiAccess.create(assistant, "review script");

        String body = mvc.perform(get("/api/v1/accounts/{id}/review", account.id())
                        .param("date", D.toString())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode root = json.readTree(body);
        assertThat(root.path("account").asString()).isEqualTo(account.name());
        assertThat(root.path("date").asString()).isEqualTo("2026-11-12");
        JsonNode item = root.path("items").get(0);
        assertThat(item.path("key").asString()).isEqualTo(odr.key());
        assertThat(item.path("severity").asString()).isEqualTo("critical");
        assertThat(item.path("area").asString()).isEqualTo("health");
        assertThat(item.path("rule").asString()).isEqualTo("health.order-defect-rate");
        assertThat(item.path("role").asString()).isEqualTo("assistant");
        assertThat(item.path("subject").path("type").asString()).isEqualTo("account");
        assertThat(item.path("subject").path("marketplace").asString()).isEqualTo("US");
        assertThat(item.path("subject").has("sku")).isFalse();
        assertThat(item.path("title").asString()).isEqualTo("ODR MFN in US is 1.2 %, at or over the 1 % line");
        assertThat(item.path("evidence").path("figures").get(0).path("value").decimalValue())
                .isEqualByComparingTo("0.012");
        assertThat(item.path("evidence").path("threshold").path("relation").asString())
                .isEqualTo("<");

        String zh = mvc.perform(get("/api/v1/accounts/{id}/review", account.id())
                        .param("date", D.toString())
                        .param("lang", "zh")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(zh).path("items").get(0).path("title").asString())
                .contains("红线");

        mvc.perform(get("/api/v1/accounts/{id}/review", account.id()).param("date", D.toString()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/{id}/review", account.id())
                        .param("date", "12/11/2026")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
        SellerAccount other = new Fixtures(directory, team, jdbc).account(Marketplace.US);
        mvc.perform(get("/api/v1/accounts/{id}/review", other.id())
                        .param("date", D.toString())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }
}
