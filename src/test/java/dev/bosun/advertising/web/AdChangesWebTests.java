package dev.bosun.advertising.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.advertising.AdChanges;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdStructure;
import dev.bosun.advertising.ChangeStatus;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.AdFixtures;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages and endpoints of ad changes: request approval from the proposals page, the requester sees no approve
 * button and is refused, a supervisor approves there, the change history offers the bulk sheet, the download is an
 * xlsx, the API lists the change with its rows; another organisation sees nothing.
 */
@BosunTest
class AdChangesWebTests {

    static final String WASTE = AdFixtures.WASTE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdPerformance performance;

    @Autowired
    AdStructure structure;

    @Autowired
    AdOptimizer optimizer;

    @Autowired
    AdChanges changes;

    @Autowired
    TransactionTemplate transactions;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser supervisor;
    CurrentUser stranger;

    @BeforeEach
    void aStoreWithAWastedTerm() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        long other = fixtures.otherOrganisation();
        stranger = fixtures.user(other, Role.ADMIN, fixtures.account(other, Marketplace.US));
        AdFixtures.wastedAutoTerm(
                structure, performance, transactions, account.id(), LocalDate.now(Marketplace.US.zone()));
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(CurrentUser u, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(u)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String key() {
        return optimizer.searchTermProposals(account.id(), LocalDate.now(Marketplace.US.zone())).stream()
                .filter(p -> p.searchTerm().equals(WASTE))
                .map(AdChanges::key)
                .findFirst()
                .orElseThrow();
    }

    RequestedAdChange latest() {
        return changes.history(account.id()).get(0);
    }

    @Test
    void fromRequestToBulkSheetOnThePages() throws Exception {
        String proposals = page(specialist, "/a/{id}/advertising/proposals", account.id());
        assertThat(proposals)
                .contains("id=\"request-form\"")
                .contains("id=\"request-selected\"")
                .contains("value=\"" + key().replace("|", "|") + "\"")
                .contains("class=\"btn btn-sm btn-outline-primary request-one\"");

        mvc.perform(post("/a/{id}/advertising/proposals/request", account.id())
                        .param("key", key())
                        .param("note", "wasted since two weeks")
                        .with(csrf())
                        .with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("requested", 1L));
        RequestedAdChange requested = latest();
        assertThat(requested.status()).isEqualTo(ChangeStatus.REQUESTED);
        assertThat(requested.reason()).contains("wasted since two weeks");

        // The requester sees the status and no approve button; a supervisor sees the buttons.
        String mine = page(specialist, "/a/{id}/advertising/proposals", account.id());
        assertThat(mine).contains("status-requested").doesNotContain("change-approve");
        assertThat(page(supervisor, "/a/{id}/advertising/proposals", account.id()))
                .contains("change-approve")
                .contains("change-reject");

        // Approving one's own change by posting anyway is refused and changes nothing.
        mvc.perform(post("/a/{id}/advertising/changes/{c}/approve", account.id(), requested.id())
                        .with(csrf())
                        .with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", "approval.refused.own_request"));
        assertThat(latest().status()).isEqualTo(ChangeStatus.REQUESTED);

        mvc.perform(post("/a/{id}/advertising/changes/{c}/approve", account.id(), requested.id())
                        .param("back", "changes")
                        .with(csrf())
                        .with(as(supervisor)))
                .andExpect(status().is3xxRedirection());
        assertThat(latest().status()).isEqualTo(ChangeStatus.APPROVED);

        String history = page(specialist, "/a/{id}/advertising/changes", account.id());
        assertThat(history)
                .contains("id=\"changes-table\"")
                .contains("data-status=\"approved\"")
                .contains("data-mp=\"US\"")
                .contains(WASTE);

        MvcResult exported = mvc.perform(post("/a/{id}/advertising/changes/export", account.id())
                        .param("mp", "US")
                        .with(csrf())
                        .with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Object exportId = exported.getFlashMap().get("exported");
        assertThat(exportId).isNotNull();
        assertThat(latest().status()).isEqualTo(ChangeStatus.EXPORTED);

        byte[] xlsx = mvc.perform(get("/a/{id}/advertising/changes/exports/{e}", account.id(), exportId)
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(AdChangesController.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

        String after = page(specialist, "/a/{id}/advertising/changes", account.id());
        assertThat(after)
                .contains("data-status=\"exported\"")
                .contains("id=\"exports\"")
                .contains("bosun-sp-bulk-US-");

        String chinese = mvc.perform(get("/a/{id}/advertising/changes", account.id())
                        .locale(Locale.SIMPLIFIED_CHINESE)
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("广告变更历史").contains("已导出");

        JsonNode body = JsonMapper.builder()
                .build()
                .readTree(page(specialist, "/api/v1/accounts/{id}/advertising/changes", account.id()));
        JsonNode change = body.get("changes").get(0);
        assertThat(change.get("status").asString()).isEqualTo("exported");
        assertThat(change.get("rows").get(0).get("entity").asString()).isEqualTo("Negative Keyword");
        assertThat(change.get("rows").get(0).get("campaignId").asString()).isEqualTo("500");
        assertThat(change.get("expected").get("metric").asString()).isEqualTo("spend");
        assertThat(change.get("baseline").get("spend").decimalValue()).isEqualByComparingTo("21.00");
    }

    @Test
    void aStaleOrUnknownProposalIsRefusedAndNothingIsRequested() throws Exception {
        mvc.perform(post("/a/{id}/advertising/proposals/request", account.id())
                        .param("key", "negate|US|nothing|like|this")
                        .with(csrf())
                        .with(as(specialist)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("changeError", "ads.changes.error.stale"));
        mvc.perform(post("/api/v1/accounts/{id}/advertising/changes", account.id())
                        .contentType("application/json")
                        .content("{\"keys\": [\"harvest|US|nothing\"]}")
                        .with(as(specialist)))
                .andExpect(status().isBadRequest());
        assertThat(changes.history(account.id())).isEmpty();
    }

    @Test
    void theApiRequestsApprovesAndExports() throws Exception {
        mvc.perform(post("/api/v1/accounts/{id}/advertising/changes", account.id())
                        .contentType("application/json")
                        .content("{\"keys\": [\"" + key() + "\"], \"note\": \"by script\"}")
                        .with(as(specialist)))
                .andExpect(status().isOk());
        long id = latest().id();
        mvc.perform(post("/api/v1/accounts/{id}/advertising/changes/{c}/approve", account.id(), id)
                        .contentType("application/json")
                        .content("{}")
                        .with(as(specialist)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/advertising/changes/{c}/approve", account.id(), id)
                        .contentType("application/json")
                        .content("{\"note\": \"ok\"}")
                        .with(as(supervisor)))
                .andExpect(status().isOk());
        String exported = mvc.perform(post("/api/v1/accounts/{id}/advertising/changes/exports", account.id())
                        .param("marketplace", "US")
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode file = JsonMapper.builder().build().readTree(exported);
        assertThat(file.get("changes").asInt()).isEqualTo(1);
        mvc.perform(get(file.get("download").asString()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(AdChangesController.XLSX));
    }

    @Test
    void anotherOrganisationSeesNothing() throws Exception {
        for (String path : new String[] {
            "/a/{id}/advertising/changes",
            "/a/{id}/advertising/changes/exports/1",
            "/api/v1/accounts/{id}/advertising/changes",
            "/api/v1/accounts/{id}/advertising/changes/exports/1"
        }) {
            mvc.perform(get(path, account.id()).with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/a/{id}/advertising/proposals/request", account.id())
                        .param("key", key())
                        .with(csrf())
                        .with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/advertising/changes/export", account.id())
                        .param("mp", "US")
                        .with(csrf())
                        .with(as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(changes.history(account.id())).isEmpty();
    }
}
