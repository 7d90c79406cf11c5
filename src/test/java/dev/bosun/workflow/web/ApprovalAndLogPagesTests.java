package dev.bosun.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.finance.RateCardEdits;
import dev.bosun.finance.RateSheet;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.workflow.ApprovalInbox;
import dev.bosun.workflow.ApprovalRequest;
import dev.bosun.workflow.ApprovalStatus;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.OperationFilter;
import dev.bosun.workflow.OperationsLog;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The approvals and operations log pages as users reach them: a specialist proposes a rate card value from Finance,
 * the store manager approves it on the request page, the log shows and exports it; requesters see no approve button
 * and cannot approve by posting anyway; other tenants get 404; user text is escaped.
 */
@BosunTest
class ApprovalAndLogPagesTests {

    static final LocalDate CARD = LocalDate.parse("2026-01-15");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Approvals approvals;

    @Autowired
    OperationsLog log;

    @Autowired
    RateCardEdits rateCards;

    Fixtures fixtures;
    long organisation;
    SellerAccount account;
    CurrentUser specialist;
    CurrentUser manager;
    String key;

    @BeforeEach
    void aTeam() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        key = sheet().values().stream()
                .filter(v -> !v.percent() && v.amount().signum() > 0)
                .findFirst()
                .orElseThrow()
                .key();
    }

    RateSheet sheet() {
        return rateCards.calculatorFor(organisation).rateCards().stream()
                .filter(s -> s.marketplace() == Marketplace.US && s.effective().equals(CARD))
                .findFirst()
                .orElseThrow();
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(String path, CurrentUser who, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long propose(String value, String reason) throws Exception {
        String location = mvc.perform(post("/a/{id}/finance/fees/rates/propose", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("mp", "US")
                        .param("effective", CARD.toString())
                        .param("key", key)
                        .param("value", value)
                        .param("reason", reason)
                        .param("evidence", "https://sellercentral.amazon.com/fee-preview?sku=A-1"))
                .andExpect(redirectedUrlPattern("/a/" + account.id() + "/approvals/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSpecialistProposesFromTheRateCardAndTheStoreManagerApproves() throws Exception {
        assertThat(page("/a/{id}/finance/fees/rates?mp=US&effective=" + CARD, specialist, account.id()))
                .contains("id=\"propose-" + key + "\"");
        assertThat(page("/a/{id}/finance/fees/rates?mp=US&effective=" + CARD, manager, account.id()))
                .doesNotContain("id=\"propose-");
        assertThat(page(
                        "/a/{id}/finance/fees/rates/propose?mp=US&effective=" + CARD + "&key=" + key,
                        specialist,
                        account.id()))
                .contains("id=\"proposal-current\"");

        long id = propose("12.34", "Preview shows <b>12.34</b>");

        String cardValue =
                approvals.request(specialist, account.id(), id).before().get("value");
        String mine = page("/a/{id}/approvals/{r}", specialist, account.id(), id);
        assertThat(mine)
                .contains("<td>" + cardValue + "</td>")
                .contains("<td class=\"fw-semibold\">12.34</td>")
                .contains("id=\"cannot-decide\"")
                .doesNotContain("id=\"approve\"")
                .contains("id=\"withdraw\"")
                .contains("Preview shows &lt;b&gt;12.34&lt;/b&gt;")
                .contains("href=\"https://sellercentral.amazon.com/fee-preview?sku=A-1\"");
        mvc.perform(post("/a/{id}/approvals/{r}/approve", account.id(), id)
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(flash().attribute("refused", "approval.refused.own_request"));
        assertThat(approvals.request(manager, account.id(), id).status()).isEqualTo(ApprovalStatus.PENDING);

        assertThat(page("/a/{id}/approvals", manager, account.id()))
                .contains("id=\"approvals-waiting\"")
                .contains("id=\"request-" + id + "\"")
                .contains("value: " + cardValue + " → 12.34");
        assertThat(page("/a/{id}/approvals/{r}", manager, account.id(), id)).contains("id=\"approve\"");
        mvc.perform(post("/a/{id}/approvals/{r}/approve", account.id(), id)
                        .with(as(manager))
                        .with(csrf())
                        .param("note", "ok"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/approvals/" + id))
                .andExpect(flash().attribute("decided", "approval.status.executed"));
        assertThat(page("/a/{id}/approvals/{r}", specialist, account.id(), id))
                .contains("id=\"request-decision\"")
                .doesNotContain("id=\"withdraw\"");

        String logPage = page("/a/{id}/log", specialist, account.id());
        assertThat(logPage)
                .contains("Rate card value changed")
                .contains("href=\"/a/" + account.id() + "/approvals/" + id);
    }

    @Test
    void approvingWithoutCsrfOrFromAnotherTenantIsRefused() throws Exception {
        long id = propose("11.11", "why");
        mvc.perform(post("/a/{id}/approvals/{r}/approve", account.id(), id).with(as(manager)))
                .andExpect(status().isForbidden());

        long stranger = fixtures.otherOrganisation();
        SellerAccount theirs = fixtures.account(stranger, Marketplace.US);
        CurrentUser theirAdmin = fixtures.user(stranger, Role.ADMIN, theirs);
        mvc.perform(get("/a/{id}/approvals/{r}", account.id(), id).with(as(theirAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/approvals/{r}", theirs.id(), id).with(as(theirAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/approvals/{r}/approve", theirs.id(), id)
                        .with(as(theirAdmin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/a/{id}/approvals/{r}/reject", theirs.id(), id)
                        .with(as(theirAdmin))
                        .with(csrf())
                        .param("reason", "no"))
                .andExpect(status().isNotFound());
        ApprovalInbox theirInbox = approvals.inbox(theirAdmin);
        assertThat(theirInbox.history()).isEmpty();
        assertThat(approvals.request(manager, account.id(), id).status()).isEqualTo(ApprovalStatus.PENDING);
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAndAJavascriptEvidenceLinkNeverReachesThePage() throws Exception {
        long id = propose("10.10", "why");
        mvc.perform(post("/a/{id}/approvals/{r}/reject", account.id(), id)
                        .with(as(manager))
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(flash().attribute("refused", "approval.rejectReasonMissing"));
        mvc.perform(post("/a/{id}/finance/fees/rates/propose", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("mp", "US")
                        .param("effective", CARD.toString())
                        .param("key", key)
                        .param("value", "1.5")
                        .param("reason", "x")
                        .param("evidence", "javascript:alert(document.cookie)"))
                .andExpect(flash().attributeExists("proposalError"));
        List<ApprovalRequest> mine = approvals.inbox(specialist).mine();
        assertThat(mine).extracting(ApprovalRequest::id).containsExactly(id);
    }

    @Test
    void policiesAreSetByStoreManagersOnly() throws Exception {
        assertThat(page("/a/{id}/approvals/policies", specialist, account.id()))
                .contains("id=\"policy-finance.rate-value\"")
                .doesNotContain("policy-form-");
        assertThat(page("/a/{id}/approvals/policies", manager, account.id()))
                .contains("policy-form-finance.rate-value");
        mvc.perform(post("/a/{id}/approvals/policies", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("operationType", "finance.rate-value")
                        .param("approverRole", "STORE_MANAGER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/a/{id}/approvals/policies", account.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("operationType", "finance.rate-value")
                        .param("required", "true")
                        .param("approverRole", "ADMIN")
                        .param("thresholdPercent", "15"))
                .andExpect(flash().attribute("savedType", "finance.rate-value"));
        assertThat(approvals.policy(organisation, "finance.rate-value").approverRole())
                .isEqualTo(Role.ADMIN);
        assertThat(approvals.policy(organisation, "finance.rate-value").thresholdPercent())
                .isEqualByComparingTo("15");
    }

    @Test
    void theLogRecordsChangesByHandAndExportsWhatTheFilterShows() throws Exception {
        assertThat(page("/a/{id}/log", specialist, account.id())).contains("id=\"empty-state\"");
        mvc.perform(post("/a/{id}/log", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("type", "manual.bid")
                        .param("summary", "Raised <script>alert(1)</script> bid")
                        .param("channel", "Seller Central")
                        .param("subjectType", "campaign")
                        .param("subjectId", "Garlic exact")
                        .param("before", "bid: 0.80")
                        .param("after", "bid: 0.95"))
                .andExpect(redirectedUrl("/a/" + account.id() + "/log"))
                .andExpect(flash().attribute("recorded", true));
        mvc.perform(post("/a/{id}/log", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("type", "manual.price")
                        .param("summary", "Too early")
                        .param("occurredAt", "2001-01-01T10:00"))
                .andExpect(flash().attributeExists("recordError"));

        List<LoggedOperation> entries = log.search(specialist, account.id(), OperationFilter.all(), ZoneOffset.UTC, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.byHand()).isTrue();
            assertThat(e.before()).containsEntry("bid", "0.80");
        });
        String page = page("/a/{id}/log?type=manual.bid", specialist, account.id());
        assertThat(page)
                .contains("Raised &lt;script&gt;alert(1)&lt;/script&gt; bid")
                .doesNotContain("<script>alert(1)")
                .contains("bid: 0.95");
        assertThat(page("/a/{id}/log?type=manual.price", specialist, account.id()))
                .contains("id=\"log-none\"");

        byte[] xlsx = mvc.perform(get("/a/{id}/log/export.xlsx?type=manual.bid", account.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(7)).isEqualTo("Raised <script>alert(1)</script> bid");
        }
    }
}
