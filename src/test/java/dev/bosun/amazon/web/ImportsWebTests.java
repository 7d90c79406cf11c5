package dev.bosun.amazon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.ApiAccess;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.amazon.ReportImports;
import dev.bosun.orders.importing.AllOrdersImportTestRows;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Imports page and API: upload, results, history, batch details, run again, delete, background uploads. */
@BosunTest
class ImportsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    ReportImports imports;

    @Autowired
    ImportUploads uploads;

    @Autowired
    JdbcTemplate jdbc;

    SellerAccount account;
    SellerAccount other;
    CurrentUser specialist;
    CurrentUser supervisor;

    @BeforeEach
    void accountAndTeam() {
        long org = directory.defaultOrganisation();
        account = directory.create(org, TestDatabase.unique("Imports US"), List.of(Marketplace.US), null);
        other = directory.create(org, TestDatabase.unique("Other US"), List.of(Marketplace.US), null);
        specialist =
                team.create(org, TestDatabase.unique("spec"), null, null, Role.SPECIALIST, null, List.of(account.id()));
        supervisor =
                team.create(org, TestDatabase.unique("sup"), null, null, Role.SUPERVISOR, null, List.of(account.id()));
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    static MockMultipartFile orders(String name, int rows) {
        return new MockMultipartFile(
                "files", name, "text/plain", AllOrdersImportTestRows.file(rows).getBytes(StandardCharsets.UTF_8));
    }

    long rows(SellerAccount a) {
        return jdbc.queryForObject("select count(*) from order_items where account_id = ?", Long.class, a.id());
    }

    @Test
    void uploadingSeveralFilesShowsEachResultAndRecordsTheBatches() throws Exception {
        MockMultipartFile good = orders("orders.txt", 3);
        MockMultipartFile odd =
                new MockMultipartFile("files", "notes.txt", "text/plain", "hello\tworld\n1\t2\n".getBytes());
        mvc.perform(multipart("/a/{id}/imports", account.id())
                        .file(good)
                        .file(odd)
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/imports"))
                .andExpect(flash().attributeExists("results"));
        String page = mvc.perform(get("/a/{id}/imports", account.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"batches-table\"").contains("orders.txt").contains("notes.txt");
        assertThat(rows(account)).isEqualTo(3);
        List<ImportBatch> batches = imports.history(account.id(), 10);
        assertThat(batches).extracting(ImportBatch::status).containsExactlyInAnyOrder("IMPORTED", "REJECTED");
        ImportBatch refused = batches.stream()
                .filter(b -> b.status().equals("REJECTED"))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.perform(get("/a/{id}/imports/batches/{b}", account.id(), refused.id())
                                .with(as(specialist)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("is not a report Bosun recognises");
    }

    @Test
    void theBatchPageShowsProvenanceAndProblemsAndIsScopedToTheAccount() throws Exception {
        mvc.perform(multipart("/a/{id}/imports", account.id())
                        .file(new MockMultipartFile(
                                "files",
                                "bad.txt",
                                "text/plain",
                                AllOrdersImportTestRows.file(2)
                                        .replace("\t1\tUSD", "\tx\tUSD")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ImportBatch batch = imports.history(account.id(), 1).get(0);
        String page = mvc.perform(get("/a/{id}/imports/batches/{b}", account.id(), batch.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(batch.sha256())
                .contains("expected a whole number")
                .contains("id=\"problems-table\"");
        assertThat(page).as("specialists cannot delete data").doesNotContain("id=\"delete-batch\"");
        mvc.perform(get("/a/{id}/imports/batches/{b}", other.id(), batch.id()).with(as(specialist)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theBatchPageShowsTheSnapshotDayAndWhereItCameFrom() throws Exception {
        String myi = "sku\tafn-warehouse-quantity\tafn-fulfillable-quantity\tafn-unsellable-quantity\t"
                + "afn-total-quantity\nRED\t5\t5\t0\t5\n";
        mvc.perform(multipart("/a/{id}/imports", account.id())
                        .file(new MockMultipartFile(
                                "files",
                                "Inventory+Report+11-24-2026.txt",
                                "text/plain",
                                myi.getBytes(StandardCharsets.UTF_8)))
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ImportBatch batch = imports.history(account.id(), 1).get(0);
        assertThat(batch.snapshotDay()).hasToString("2026-11-24");
        assertThat(batch.snapshotDaySource()).isEqualTo("FILE_NAME");

        String page = mvc.perform(get("/a/{id}/imports/batches/{b}", account.id(), batch.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"snapshot-day\"")
                .contains("2026-11-24")
                .contains("from the date in the file name");
    }

    @Test
    void theBatchPageShowsTheJsonPathOfAProblemInAJsonReport() throws Exception {
        String report = """
                {"reportSpecification": {"reportOptions": {"reportPeriod": "DAY"}, "dataStartTime": "2026-11-20",
                  "dataEndTime": "2026-11-20", "marketplaceIds": ["ATVPDKIKX0DER"]},
                 "dataByDepartmentAndSearchTerm": [
                  {"departmentName": "Amazon.com", "searchTerm": "pan", "searchFrequencyRank": 5, "clickedAsin": "B0PAN00001",
                   "clickShareRank": 1, "clickShare": 3, "conversionShare": 0.1}]}
                """;
        mvc.perform(multipart("/a/{id}/imports", account.id())
                        .file(new MockMultipartFile(
                                "files", "terms.json", "application/json", report.getBytes(StandardCharsets.UTF_8)))
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ImportBatch batch = imports.history(account.id(), 1).get(0);

        String page = mvc.perform(get("/a/{id}/imports/batches/{b}", account.id(), batch.id())
                        .with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(batch.status()).isEqualTo("REJECTED");
        assertThat(page)
                .contains("<code>$.dataByDepartmentAndSearchTerm[0].clickShare</code>")
                .contains("expected a fraction from 0 to 1, found 3");
    }

    @Test
    void aSupervisorDeletesABatchWithItsRowsAndASpecialistMayNot() throws Exception {
        mvc.perform(multipart("/a/{id}/imports", account.id())
                .file(orders("d.txt", 4))
                .with(as(specialist))
                .with(csrf()));
        ImportBatch batch = imports.history(account.id(), 1).get(0);
        assertThat(rows(account)).isEqualTo(4);
        mvc.perform(post("/a/{id}/imports/batches/{b}/delete", account.id(), batch.id())
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/a/{id}/imports/batches/{b}/delete", account.id(), batch.id())
                        .with(as(supervisor))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/imports"));
        assertThat(rows(account)).isZero();
        assertThat(imports.batch(account.id(), batch.id())).isEmpty();
    }

    @Test
    void aBatchRunsAgainFromTheStoredFileAndChangesNothing() throws Exception {
        mvc.perform(multipart("/a/{id}/imports", account.id())
                .file(orders("again.txt", 2))
                .with(as(specialist))
                .with(csrf()));
        ImportBatch first = imports.history(account.id(), 1).get(0);
        mvc.perform(post("/a/{id}/imports/batches/{b}/rerun", account.id(), first.id())
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/imports"));
        ImportBatch second = imports.history(account.id(), 1).get(0);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.fileName()).isEqualTo("again.txt");
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.inserted()).isZero();
    }

    @Test
    void theApiImportsWithATokenAndAnswersInTheCliContract() throws Exception {
        String token = apiAccess.create(specialist, "uploader");
        mvc.perform(multipart("/api/v1/imports")
                        .file(orders("api.txt", 2))
                        .param("account", String.valueOf(account.id()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.background").value(false))
                .andExpect(jsonPath("$.files[0].type").value("orders.all-orders"))
                .andExpect(jsonPath("$.files[0].inserted").value(2))
                .andExpect(jsonPath("$.files[0].account").value(account.name()));
        mvc.perform(multipart("/api/v1/imports")
                        .file(orders("api.txt", 2))
                        .param("account", String.valueOf(other.id()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        assertThat(rows(other)).isZero();
    }

    @Test
    void aLargeUploadImportsInTheBackgroundWithProgress() throws Exception {
        String token = apiAccess.create(specialist, "big");
        MvcResult started = mvc.perform(multipart("/api/v1/accounts/{id}/imports", account.id())
                        .file(orders("big.txt", 2_500))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.background").value(true))
                .andReturn();
        long upload =
                Long.parseLong(started.getResponse().getContentAsString().replaceAll(".*\"upload\":(\\d+).*", "$1"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!uploads.upload(account.id(), upload).orElseThrow().finished()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(uploads.upload(account.id(), upload)).hasValueSatisfying(u -> {
            assertThat(u.status()).isEqualTo("DONE");
            assertThat(u.percent()).isEqualTo(100);
        });
        assertThat(rows(account)).isEqualTo(2_500);
        String fragment = mvc.perform(
                        get("/a/{id}/imports/uploads/{u}", account.id(), upload).with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("100%").contains("big.txt").doesNotContain("every 1s");
    }
}
