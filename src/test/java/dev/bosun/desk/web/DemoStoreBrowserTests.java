package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoPlan;
import dev.bosun.simulator.DemoStore;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo store in a real Chromium: the banner follows the import without a reload (htmx polling), the DEMO marks
 * show, and an admin removes the demo store after confirming. Skipped, with a message, where Debian's Chromium is
 * not installed. Screenshots go to target/screenshots.
 */
@BosunTest
class DemoStoreBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    DemoStore demo;

    @Autowired
    ImportUploads uploads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("DemoStoreBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theBannerFollowsTheImportAndAnAdminRemovesTheDemoStore() throws IOException {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long org = fixtures.otherOrganisation();
        SellerAccount real = fixtures.account(org, Marketplace.DE);
        String admin = TestDatabase.unique("demo-boss");
        team.create(org, admin, "Demo Boss", null, Role.ADMIN, "demo pass 123", List.of());
        demo.create(org, DemoPlan.endingYesterday(clock, 1, 2, 7, List.of(Marketplace.US)));
        SellerAccount demoAccount = directory.ofOrganisation(org).stream()
                .filter(SellerAccount::demo)
                .findFirst()
                .orElseThrow();

        open("/login");
        browser.findElement(By.id("username")).sendKeys(admin);
        browser.findElement(By.id("password")).sendKeys("demo pass 123");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("user-menu"));
        open("/a/" + demoAccount.id() + "/today");
        assertThat(text(By.id("demo-banner"))).contains("Demo store: waiting for the background job to start");
        assertThat(text(By.id("demo-badge"))).isEqualTo("DEMO");
        assertThat(text(By.id("demo-strip"))).contains("Demo US belongs to the demo store");

        // The job's import phase, arranged by hand: one upload of three files, registered as the demo's. The open
        // page follows it without a reload.
        List<ImportUploads.LocalFile> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = Files.createTempFile("demo-orders", ".txt");
            Files.writeString(file, dev.bosun.orders.importing.AllOrdersImportTestRows.file(i));
            files.add(new ImportUploads.LocalFile("orders-" + i + ".txt", file));
        }
        long upload = uploads.prepare(demoAccount.id(), files, DemoStore.IMPORTED_BY);
        jdbc.update(
                "insert into demo_store_uploads (organisation_id, account_id, upload_id, marketplace) values (?, ?, ?, 'US')",
                org,
                demoAccount.id(),
                upload);
        jdbc.update("update demo_stores set status = 'IMPORTING' where organisation_id = ?", org);
        waitForText(By.id("demo-banner"), "Demo store: importing 0/3 files");
        screenshot("demo-importing");

        uploads.run(demoAccount.id(), upload, new ImportOptions(false, Marketplace.US, null, null, "demo"));
        waitForText(By.id("demo-banner"), "Demo store: importing 3/3 files");
        jdbc.update("update demo_stores set status = 'DONE' where organisation_id = ?", org);
        waitForText(By.id("demo-banner"), "Demo store ready: 3 files imported.");
        screenshot("demo-ready");

        open("/admin/accounts");
        assertThat(text(By.id("demo-store"))).contains("Remove demo store");
        screenshot("demo-admin-accounts");
        click(By.id("remove-demo-submit"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitForText(By.cssSelector(".alert-success"), "The demo store is being removed in the background");
        // The job server picks the removal up within seconds; the banner counts its batches meanwhile.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> directory.ofOrganisation(org).size() == 1);
        open("/admin/accounts");
        assertThat(browser.findElements(By.id("demo-store"))).isEmpty();
        assertThat(browser.findElements(By.id("demo-banner"))).isEmpty();
        assertThat(directory.ofOrganisation(org)).extracting(SellerAccount::id).containsExactly(real.id());
    }

    private void click(By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].click();", browser.findElement(by));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
