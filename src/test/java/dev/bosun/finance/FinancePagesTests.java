package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.OperationFilter;
import dev.bosun.workflow.OperationsLog;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finance → Settlements and Claims, their xlsx and the REST API, on a settlement with one FBA fee charged above what
 * the fee preview's package calls for: the account's people see the discrepancy, a specialist records the claim's case
 * (logged), an assistant may only read, and people of another organisation or without a grant get nothing.
 */
@BosunTest
class FinancePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportImports imports;

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    OperationsLog log;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser assistant;
    CurrentUser ungranted;
    CurrentUser stranger;
    String settlementId;
    BigDecimal due;

    @BeforeEach
    void aSettlementWithAnOverchargedFbaFee() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        SellerAccount elsewhere = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        ungranted = fixtures.user(organisation, Role.SPECIALIST, elsewhere);
        stranger = fixtures.user(fixtures.otherOrganisation(), Role.ADMIN);
        OverchargedSettlement fixture =
                OverchargedSettlement.importInto(new FinanceFixtures(directory, imports, jdbc, dir), account, clock);
        settlementId = fixture.settlementId();
        due = fixture.due();
        // What the background job does after the import: pages and the API only read.
        reconciliation.refresh(account.id());
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    String page(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(who)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theSettlementListAndDetailShowTheOverchargedFbaFeeInEnglishChineseAndXlsx() throws Exception {
        String overcharge = new BigDecimal("4.86").subtract(due).toPlainString();
        String list = page(specialist, get("/a/{id}/finance/settlements", account.id()));
        assertThat(list)
                .contains("id=\"settlement-" + settlementId + "\"")
                .contains("Discrepancies")
                .contains("fees above what the rules call for")
                .contains("2 of 2")
                .contains(">" + overcharge + "<");
        String zh = mvc.perform(get("/a/{id}/finance/settlements", account.id())
                        .with(as(specialist))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(zh).contains("有差异").contains("费用高于规则应收").contains(settlementId);

        String detail = page(
                specialist,
                get("/a/{id}/finance/settlements/{s}", account.id(), settlementId)
                        .param("only", "discrepancies"));
        assertThat(detail)
                .contains("111-0000001-0000001")
                .contains("Overcharged")
                .contains("4.86")
                .contains(due.toPlainString())
                .contains("Small standard")
                .contains("The lines add up to the total.")
                .doesNotContain("id=\"line-2-1\"");

        byte[] xlsx = mvc.perform(get("/a/{id}/finance/settlements/{s}/export.xlsx", account.id(), settlementId)
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Fee");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("Overcharged");
            assertThat(new BigDecimal(rows.get(2).getCellText(11))).isEqualByComparingTo(overcharge);
        }
        byte[] list2 = mvc.perform(get("/a/{id}/finance/settlements/export.xlsx", account.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(list2))) {
            assertThat(workbook.getFirstSheet().read().get(1).getCellText(0)).isEqualTo(settlementId);
        }
    }

    @Test
    void aSpecialistRecordsTheClaimsCaseAndTheChangeIsLoggedWhileAnAssistantMayOnlyRead() throws Exception {
        String ledger = page(specialist, get("/a/{id}/finance/claims", account.id()));
        Claim claim = claimOf(account);
        assertThat(ledger)
                .contains("id=\"claim-" + claim.id() + "\"")
                .contains("Fee overcharge")
                .contains("CASE-1");
        String detail = page(specialist, get("/a/{id}/finance/claims/{c}", account.id(), claim.id()));
        assertThat(detail)
                .contains("Subject: FBA fulfilment fee overcharge – SKU CASE-1")
                .contains("id=\"claim-to-submitted\"");
        assertThat(page(assistant, get("/a/{id}/finance/claims/{c}", account.id(), claim.id())))
                .contains("id=\"claim-read-only\"")
                .doesNotContain("id=\"claim-to-submitted\"");

        mvc.perform(post("/a/{id}/finance/claims/{c}/status", account.id(), claim.id())
                        .param("status", "submitted")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/claims/" + claim.id()));
        assertThat(claimOf(account).status()).as("a case id is needed").isEqualTo(ClaimStatus.DETECTED);

        mvc.perform(post("/a/{id}/finance/claims/{c}/status", account.id(), claim.id())
                        .param("status", "submitted")
                        .param("caseId", "1234567890")
                        .with(as(assistant))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/a/{id}/finance/claims/{c}/status", account.id(), claim.id())
                        .param("status", "submitted")
                        .param("caseId", "1234567890")
                        .with(as(specialist)))
                .andExpect(status().isForbidden());
        assertThat(claimOf(account).status()).isEqualTo(ClaimStatus.DETECTED);

        mvc.perform(post("/a/{id}/finance/claims/{c}/status", account.id(), claim.id())
                        .param("status", "submitted")
                        .param("caseId", "1234567890")
                        .param("note", "opened in Seller Central")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/claims/" + claim.id()));
        Claim submitted = claimOf(account);
        assertThat(submitted.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(submitted.caseId()).isEqualTo("1234567890");
        assertThat(submitted.submittedBy()).isEqualTo(specialist.displayName());
        List<LoggedOperation> logged = log.search(
                specialist,
                account.id(),
                new OperationFilter(null, null, null, "finance.claim-status", null),
                ZoneId.of("UTC"),
                10);
        assertThat(logged).singleElement().satisfies(op -> {
            assertThat(op.userName()).isEqualTo(specialist.displayName());
            assertThat(op.before()).containsEntry("status", "detected");
            assertThat(op.after()).containsEntry("status", "submitted").containsEntry("case", "1234567890");
        });
    }

    @Test
    void theApiAnswersSettlementsReconciliationAndClaimsToTokenHolders() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        String token = apiAccess.create(specialist, "finance script");
        JsonNode settlements = json.readTree(api(token, get("/api/v1/accounts/{id}/settlements", account.id())));
        JsonNode first = settlements.path("settlements").get(0);
        assertThat(first.path("settlement_id").asString()).isEqualTo(settlementId);
        assertThat(first.path("status").asString()).isEqualTo("discrepancies");
        assertThat(first.path("total_amount").decimalValue()).isEqualByComparingTo("12.13");
        assertThat(first.path("balanced").asBoolean()).isTrue();

        JsonNode recon = json.readTree(api(
                token,
                get("/api/v1/accounts/{id}/settlements/{s}/reconciliation", account.id(), settlementId)
                        .param("only", "discrepancies")));
        assertThat(recon.path("lines")).hasSize(1);
        assertThat(recon.path("lines").get(0).path("kind").asString()).isEqualTo("fba-fee");
        assertThat(recon.path("lines").get(0).path("expected").decimalValue()).isEqualByComparingTo(due);

        JsonNode claims = json.readTree(api(token, get("/api/v1/accounts/{id}/claims", account.id())));
        JsonNode claim = claims.path("claims").get(0);
        assertThat(claim.path("kind").asString()).isEqualTo("fee-overcharge");
        assertThat(claim.path("text").asString()).contains("SKU CASE-1");

        String assistantToken = apiAccess.create(assistant, "reader");
        mvc.perform(post("/api/v1/accounts/{id}/claims", account.id())
                        .header("Authorization", "Bearer " + assistantToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"claim\": " + claim.path("id").asLong()
                                + ", \"status\": \"submitted\", \"case_id\": \"77\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/claims", account.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"claim\": " + claim.path("id").asLong() + ", \"status\": \"reimbursed\"}"))
                .andExpect(status().isBadRequest());
        JsonNode moved = json.readTree(mvc.perform(post("/api/v1/accounts/{id}/claims", account.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"claim\": " + claim.path("id").asLong()
                                + ", \"status\": \"submitted\", \"case_id\": \"77\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(moved.path("status").asString()).isEqualTo("submitted");
        assertThat(moved.path("case_id").asString()).isEqualTo("77");
    }

    @Test
    void anotherOrganisationsUserOrOneWithoutAGrantGetsNothing() throws Exception {
        page(specialist, get("/a/{id}/finance/claims", account.id()));
        Claim claim = claimOf(account);
        for (CurrentUser outsider : List.of(stranger, ungranted)) {
            for (String path : List.of(
                    "/a/{id}/finance/settlements",
                    "/a/{id}/finance/settlements/" + settlementId,
                    "/a/{id}/finance/settlements/export.xlsx",
                    "/a/{id}/finance/claims",
                    "/a/{id}/finance/claims/" + claim.id(),
                    "/a/{id}/finance/claims/export.xlsx")) {
                mvc.perform(get(path, account.id()).with(as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(post("/a/{id}/finance/claims/{c}/status", account.id(), claim.id())
                            .param("status", "dropped")
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            String token = apiAccess.create(outsider, "outsider");
            for (String path : List.of(
                    "/api/v1/accounts/{id}/settlements",
                    "/api/v1/accounts/{id}/settlements/" + settlementId + "/reconciliation",
                    "/api/v1/accounts/{id}/claims")) {
                mvc.perform(get(path, account.id()).header("Authorization", "Bearer " + token))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(post("/api/v1/accounts/{id}/claims", account.id())
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"claim\": " + claim.id() + ", \"status\": \"dropped\"}"))
                    .andExpect(status().isNotFound());
        }
        assertThat(claimOf(account).status()).isEqualTo(ClaimStatus.DETECTED);
    }

    private String api(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Claim claimOf(SellerAccount account) {
        List<Claim> claims = jdbc
                .queryForList(
                        "select id from finance_claims where account_id = ? order by id", Long.class, account.id())
                .stream()
                .map(id -> this.claims.claim(account.id(), id).orElseThrow())
                .toList();
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Autowired
    Claims claims;

    @Autowired
    SettlementReconciliation reconciliation;

    @Autowired
    SettlementReconciliationJob reconciliationJob;

    @Test
    void readingTheSettlementsShowsTheLastResultAndQueuesTheReconciliationOfNewReports() throws Exception {
        SellerAccount fresh = new Fixtures(directory, team, jdbc).account(account.organisationId(), Marketplace.US);
        CurrentUser itsSpecialist =
                new Fixtures(directory, team, jdbc).user(account.organisationId(), Role.SPECIALIST, fresh);
        OverchargedSettlement other =
                OverchargedSettlement.importInto(new FinanceFixtures(directory, imports, jdbc, dir), fresh, clock);
        Long queued = jdbc.queryForObject(
                "select count(*) from jobrunr_jobs where jobsignature like '%SettlementReconciliationJob.whenStale%'",
                Long.class);

        String list = page(itsSpecialist, get("/a/{id}/finance/settlements", fresh.id()));
        String api = api(
                apiAccess.create(itsSpecialist, "finance script"),
                get("/api/v1/accounts/{id}/settlements", fresh.id()));

        // Had the request reconciled, it would show the result, not the notice (the queued job may run meanwhile).
        assertThat(list).contains("id=\"settlements-reconciling\"").contains("reconciling the settlements again");
        if (!api.contains("\"reconciling\":true")) {
            // The job the page queued may have run before the API was read (the job server polls in tests too): then
            // the API must show its result, never "not reconciling" on stale figures.
            assertThat(reconciliation.current(fresh.id()))
                    .as("the API says not reconciling only once the job has reconciled")
                    .isTrue();
            assertThat(api).contains(other.settlementId());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from jobrunr_jobs where jobsignature like '%SettlementReconciliationJob.whenStale%'",
                        Long.class))
                .as("one job for the change, however many reads")
                .isEqualTo(queued + 1);

        reconciliationJob.whenStale(fresh.id());

        assertThat(reconciliation.current(fresh.id())).isTrue();
        assertThat(page(itsSpecialist, get("/a/{id}/finance/settlements", fresh.id())))
                .doesNotContain("id=\"settlements-reconciling\"")
                .contains(other.settlementId());
    }
}
