package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.BosunApplication;
import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.ApiAccess;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoPlan;
import dev.bosun.simulator.DemoStore;
import dev.bosun.simulator.DemoStoreJob;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo store is marked as demo everywhere it shows: the account switcher and the page header of its accounts,
 * the Seller accounts page (with "Remove demo store"), the progress banner on every page while it is imported,
 * {@code bosun accounts list --json} and {@code /api/v1/accounts}.
 */
@BosunTest
class DemoStorePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    DemoStore demo;

    @Autowired
    DemoStoreJob demoJob;

    @Autowired
    ImportUploads uploads;

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final String REMOVING =
            "The demo store is being removed in the background; the banner at the top shows how far it has got.";

    private Fixtures fixtures;
    private long organisation;
    private CurrentUser admin;
    private SellerAccount demoAccount;
    private SellerAccount realAccount;

    @BeforeEach
    void anOrganisationWithADemoAccountAndARealOne() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        admin = team.create(
                organisation, TestDatabase.unique("demo-admin"), "Li Na", null, Role.ADMIN, null, List.of());
        demoAccount = directory.createDemo(organisation, "Demo US", List.of(Marketplace.US));
        realAccount = fixtures.account(organisation, Marketplace.US);
    }

    @Test
    void aDemoAccountCarriesTheBadgeInTheSwitcherAndTheStripInThePageHeader() throws Exception {
        String page = page("/a/{id}/today", demoAccount.id());
        assertThat(page)
                .contains("id=\"demo-badge\"")
                .contains("id=\"demo-strip\"")
                .contains("Demo US belongs to the demo store")
                .contains(">DEMO<");

        String chinese = mvc.perform(
                        get("/a/{id}/orders", demoAccount.id()).with(as(admin)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("id=\"demo-badge\"").contains(">演示<").contains("属于演示店铺");
    }

    @Test
    void aRealAccountIsNotMarkedButTheSwitcherMarksTheDemoAccountInItsList() throws Exception {
        String page = page("/a/{id}/today", realAccount.id());
        assertThat(page)
                .doesNotContain("id=\"demo-badge\"")
                .doesNotContain("id=\"demo-strip\"")
                .contains("class=\"badge text-bg-warning demo-badge\"");
        int marks = page.split("demo-badge", -1).length - 1;
        assertThat(marks)
                .as("one mark: the demo account in the switcher's list")
                .isEqualTo(1);
    }

    @Test
    void theSellerAccountsPageMarksTheDemoAccountAndOffersItsRemoval() throws Exception {
        String page = page("/admin/accounts");
        assertThat(page)
                .contains("id=\"demo-store\"")
                .contains("id=\"remove-demo\"")
                .contains(">Remove demo store<");

        long plain = fixtures.otherOrganisation();
        CurrentUser otherAdmin =
                team.create(plain, TestDatabase.unique("plain-admin"), null, null, Role.ADMIN, null, List.of());
        fixtures.account(plain, Marketplace.DE);
        String withoutDemo = mvc.perform(get("/admin/accounts").with(as(otherAdmin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withoutDemo).doesNotContain("id=\"demo-store\"").doesNotContain("demo-badge");
    }

    @Test
    void theBannerFollowsTheDemoImportOnEveryPage() throws Exception {
        long org = fixtures.otherOrganisation();
        CurrentUser orgAdmin =
                team.create(org, TestDatabase.unique("banner-admin"), null, null, Role.ADMIN, null, List.of());
        demo.create(org, DemoPlan.endingYesterday(clock, 1, 2, 7, List.of(Marketplace.US)));
        assertThat(page(orgAdmin, "/admin/users"))
                .contains("id=\"demo-banner\"")
                .contains("Demo store: waiting for the background job to start")
                .contains("hx-get=\"/demo/progress\"");
        assertThat(page("/admin/users")).as("another organisation's demo").doesNotContain("id=\"demo-banner\"");

        // The job's import phase, arranged by hand: one upload of three files, registered as the demo's.
        SellerAccount account = directory.ofOrganisation(org).get(0);
        List<ImportUploads.LocalFile> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = Files.createTempFile("demo-orders", ".txt");
            Files.writeString(file, dev.bosun.orders.importing.AllOrdersImportTestRows.file(i));
            files.add(new ImportUploads.LocalFile("orders-" + i + ".txt", file));
        }
        long upload = uploads.prepare(account.id(), files, DemoStore.IMPORTED_BY);
        jdbc.update(
                "insert into demo_store_uploads (organisation_id, account_id, upload_id, marketplace) values (?, ?, ?, 'US')",
                org,
                account.id(),
                upload);
        jdbc.update("update demo_stores set status = 'IMPORTING' where organisation_id = ?", org);
        assertThat(page(orgAdmin, "/a/{id}/today", account.id())).contains("Demo store: importing 0/3 files");

        uploads.run(account.id(), upload, new ImportOptions(false, Marketplace.US, null, null, "demo"));
        assertThat(page(orgAdmin, "/a/{id}/imports", account.id())).contains("Demo store: importing 3/3 files");

        jdbc.update("update demo_stores set status = 'DONE' where organisation_id = ?", org);
        assertThat(page(orgAdmin, "/a/{id}/today", account.id())).doesNotContain("id=\"demo-banner\"");
        assertThat(page(orgAdmin, "/demo/progress"))
                .as("the last refresh of an open page")
                .contains("Demo store ready: 3 files imported.")
                .doesNotContain("hx-trigger");

        jdbc.update("update demo_stores set status = 'FAILED', message = 'disk full' where organisation_id = ?", org);
        assertThat(page(orgAdmin, "/admin/users"))
                .contains("id=\"demo-banner\"")
                .contains("Demo store: the import failed (disk full)");
    }

    @Test
    void anAdminRemovesTheDemoStoreAndOthersMayNot() throws Exception {
        CurrentUser manager = team.create(
                organisation,
                TestDatabase.unique("manager"),
                null,
                null,
                Role.STORE_MANAGER,
                null,
                List.of(demoAccount.id()));
        mvc.perform(post("/admin/demo/remove").with(as(manager)).with(csrf())).andExpect(status().isForbidden());
        assertThat(directory.account(demoAccount.id())).isPresent();

        mvc.perform(post("/admin/demo/remove").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("notice", REMOVING));
        // The removal is a queued job: the tests' job server picks it up within seconds.
        long waited = 0;
        while (directory.account(demoAccount.id()).isPresent() && waited < 60_000) {
            Thread.sleep(200);
            waited += 200;
        }

        assertThat(directory.account(demoAccount.id())).isEmpty();
        assertThat(directory.ofOrganisation(organisation))
                .extracting(SellerAccount::id)
                .containsExactly(realAccount.id());
    }

    @Test
    void removingTheDemoStoreRunsInTheBackgroundAndTheBannerCountsTheBatches() throws Exception {
        long org = fixtures.otherOrganisation();
        CurrentUser orgAdmin =
                team.create(org, TestDatabase.unique("removal-admin"), null, null, Role.ADMIN, null, List.of());
        demo.create(org, DemoPlan.endingYesterday(clock, 1, 2, 7, List.of(Marketplace.US)));
        SellerAccount account = directory.ofOrganisation(org).get(0);
        List<ImportUploads.LocalFile> files = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path file = Files.createTempFile("demo-orders", ".txt");
            Files.writeString(file, dev.bosun.orders.importing.AllOrdersImportTestRows.file(i));
            files.add(new ImportUploads.LocalFile("orders-" + i + ".txt", file));
        }
        long upload = uploads.prepare(account.id(), files, DemoStore.IMPORTED_BY);
        uploads.run(account.id(), upload, new ImportOptions(false, Marketplace.US, null, null, "demo"));
        jdbc.update("update demo_stores set status = 'DONE' where organisation_id = ?", org);
        assertThat(count("select count(*) from order_items where account_id = ?", account.id()))
                .isPositive();

        // What the button does, step by step in this thread (the tests' job server would race the checks): mark
        // the store as being removed, then run the job.
        demo.startRemoval(org);
        assertThat(page(orgAdmin, "/admin/users"))
                .contains("id=\"demo-banner\"")
                .contains("Demo store: removing its imported data, 0/2 import batches deleted")
                .contains("hx-get=\"/demo/progress\"");
        mvc.perform(post("/admin/demo/remove").with(as(orgAdmin)).with(csrf()))
                .andExpect(flash().attribute(
                                "error",
                                "The demo store is still being imported or removed; try again when that is done."));

        demoJob.remove(org);

        assertThat(directory.ofOrganisation(org)).isEmpty();
        assertThat(count("select count(*) from order_items where account_id = ?", account.id()))
                .isZero();
        assertThat(count("select count(*) from demo_stores where organisation_id = ?", org))
                .isZero();
        assertThat(page(orgAdmin, "/admin/users")).doesNotContain("id=\"demo-banner\"");
    }

    private long count(String sql, long id) {
        Long value = jdbc.queryForObject(sql, Long.class, id);
        return value == null ? 0 : value;
    }

    @Test
    void theCommandLineAndTheApiSayWhichAccountsAreDemo() throws Exception {
        long commandsOrganisation = directory.defaultOrganisation();
        SellerAccount listed =
                directory.createDemo(commandsOrganisation, TestDatabase.unique("Demo CLI"), List.of(Marketplace.DE));
        SellerAccount plain = fixtures.account(commandsOrganisation, Marketplace.US);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("accounts", "list", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode accounts =
                JsonMapper.builder().build().readTree(out.toString()).path("accounts");
        assertThat(field(accounts, listed.id(), "demo").asBoolean()).isTrue();
        assertThat(field(accounts, plain.id(), "demo").isBoolean()).isTrue();
        assertThat(field(accounts, plain.id(), "demo").asBoolean()).isFalse();

        StringWriter table = new StringWriter();
        BosunApplication.cli(new PrintWriter(table, true), new PrintWriter(new StringWriter(), true))
                .execute("accounts", "list");
        assertThat(table.toString().lines().filter(l -> l.contains(listed.name())))
                .singleElement()
                .asString()
                .contains("DEMO");
        assertThat(table.toString().lines().filter(l -> l.contains(plain.name())))
                .singleElement()
                .asString()
                .doesNotContain("DEMO");

        String token = apiAccess.create(admin, "demo-check");
        mvc.perform(get("/api/v1/accounts/{id}", demoAccount.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demo").value(true));
        mvc.perform(get("/api/v1/accounts/{id}", realAccount.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demo").value(false));
    }

    private static JsonNode field(JsonNode accounts, long id, String name) {
        return accounts.values().stream()
                .filter(a -> a.path("id").asLong() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("account " + id + " not listed in " + accounts))
                .path(name);
    }

    private String page(String path, Object... variables) throws Exception {
        return page(admin, path, variables);
    }

    private String page(CurrentUser who, String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor as(CurrentUser who) {
        return user(new SignedInUser(who, "x", true));
    }
}
