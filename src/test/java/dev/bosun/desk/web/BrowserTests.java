package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * What a person does in a real Chromium: sign in, switch language, sign out, invite a colleague who then joins.
 * Skipped, with a message, where Debian's Chromium is not installed. Screenshots go to target/screenshots.
 */
@BosunTest
class BrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("BrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void signInSwitchToChineseAndSignOut() throws IOException {
        SellerAccount account = directory.create(
                directory.defaultOrganisation(),
                TestDatabase.unique("Browser US"),
                List.of(Marketplace.US, Marketplace.CA),
                null);
        String username = TestDatabase.unique("zhang.wei");
        team.create(
                directory.defaultOrganisation(),
                username,
                "Zhang Wei",
                null,
                Role.SPECIALIST,
                "open sesame 123",
                List.of(account.id()));

        open("/a/" + account.id() + "/today");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        signIn(username, "wrong password 1");
        assertThat(text(By.id("login-error"))).contains("Wrong username or password");

        signIn(username, "open sesame 123");
        waitFor(By.id("empty-state"));
        assertThat(browser.getCurrentUrl()).contains("/a/" + account.id() + "/today");
        assertThat(text(By.tagName("h1"))).isEqualTo("Today");
        assertThat(text(By.id("account-switcher"))).contains(account.name());
        screenshot("today-en");

        browser.findElement(By.id("lang-zh")).click();
        waitFor(By.xpath("//h1[text()='今日']"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(By.id("nav-advertising"))).isEqualTo("广告");
        screenshot("today-zh");

        browser.findElement(By.id("nav-inventory")).click();
        waitFor(By.xpath("//h1[text()='库存']"));
        assertThat(text(By.id("empty-state"))).contains("如何导入数据");
        screenshot("inventory-zh");

        browser.findElement(By.id("user-menu")).click();
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("logged-out"));
        assertThat(text(By.id("logged-out"))).isEqualTo("您已退出登录。");

        open("/a/" + account.id() + "/today");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("lang-en")).click();
        waitFor(By.xpath("//button[@id='sign-in' and text()='Sign in']"));
        signIn(username, "open sesame 123");
        waitFor(By.id("empty-state"));
        assertThat(text(By.tagName("h1")))
                .as("the user chose Chinese; the choice follows them")
                .isEqualTo("今日");
    }

    @Test
    void anAdminInvitesAColleagueWhoJoinsAndSeesOnlyTheirAccount() throws IOException {
        long org = directory.defaultOrganisation();
        SellerAccount granted = directory.create(org, TestDatabase.unique("Invite EU"), List.of(Marketplace.DE), null);
        SellerAccount other = directory.create(org, TestDatabase.unique("Hidden JP"), List.of(Marketplace.JP), null);
        String admin = TestDatabase.unique("boss");
        team.create(org, admin, "Boss", null, Role.ADMIN, "admin pass 123", List.of());

        open("/login");
        signIn(admin, "admin pass 123");
        waitFor(By.id("user-menu"));
        open("/admin/users");
        waitFor(By.id("add-user"));
        String newcomer = TestDatabase.unique("newcomer");
        browser.findElement(By.id("username")).sendKeys(newcomer);
        browser.findElement(By.id("displayName")).sendKeys("Han Meimei");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("role"))).selectByValue("ASSISTANT");
        click(By.id("acc-" + granted.id()));
        click(By.id("add-user-submit"));
        String link = text(By.id("invite-link"));
        assertThat(link).contains("/invitation/");
        screenshot("admin-users");
        browser.findElement(By.id("user-menu")).click();
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("logged-out"));

        browser.get(link);
        browser.findElement(By.id("password")).sendKeys("newcomer pass 1");
        browser.findElement(By.id("confirmPassword")).sendKeys("newcomer pass 1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.id("sign-in"));
        signIn(newcomer, "newcomer pass 1");
        waitFor(By.id("empty-state"));
        assertThat(browser.getCurrentUrl()).contains("/a/" + granted.id() + "/today");
        assertThat(browser.getPageSource()).doesNotContain(other.name());
        open("/a/" + other.id() + "/today");
        assertThat(browser.getPageSource()).contains("Not found");

        browser.get(link);
        assertThat(browser.findElements(By.id("invitation-invalid")))
                .as("the link works once")
                .hasSize(1);
    }

    @Test
    void anOperatorUploadsReportsOnTheImportsPageAndReadsTheResult() throws IOException {
        SellerAccount account = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Upload US"), List.of(Marketplace.US), null);
        String username = TestDatabase.unique("li.na");
        team.create(
                directory.defaultOrganisation(),
                username,
                "Li Na",
                null,
                Role.ASSISTANT,
                "upload pass 123",
                List.of(account.id()));
        Path report = Files.createTempDirectory("bosun-upload").resolve("orders-2026-11.txt");
        Files.writeString(report, dev.bosun.orders.importing.AllOrdersImportTestRows.file(3));
        Path odd = report.resolveSibling("notes.txt");
        Files.writeString(odd, "hello\tworld\n1\t2\n");

        open("/login");
        signIn(username, "upload pass 123");
        waitFor(By.id("user-menu"));
        open("/a/" + account.id() + "/imports");
        assertThat(text(By.id("empty-state"))).contains("Imports");
        browser.findElement(By.id("files")).sendKeys(report + "\n" + odd);
        browser.findElement(By.id("upload-submit")).click();
        waitFor(By.id("upload-results"));
        String results = text(By.id("upload-results"));
        assertThat(results)
                .contains("orders-2026-11.txt")
                .contains("imported")
                .contains("notes.txt")
                .contains("refused")
                .contains("is not a report Bosun recognises");
        assertThat(text(By.id("batches-table"))).contains("All Orders report");
        screenshot("imports");
        browser.findElement(By.linkText("orders-2026-11.txt")).click();
        waitFor(By.id("batch-facts"));
        assertThat(text(By.id("batch-facts"))).contains("orders.all-orders").contains("UTF-8");
    }

    /**
     * Clicks an element where a long page (many test accounts in one organisation) may have it far below the fold:
     * the browser's own click on it, as a person reaching it by scrolling would.
     */
    private void click(By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].click();", browser.findElement(by));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
