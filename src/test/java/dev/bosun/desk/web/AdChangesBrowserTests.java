package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdStructure;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.AdFixtures;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advertising → Proposals and Change history in a real Chromium: a specialist asks approval for negating a wasted
 * search term, cannot approve it herself, a supervisor approves it and makes the bulk sheet, which the history then
 * offers for download. Skipped, with a message, where Debian's Chromium is not installed. Screenshots go to
 * target/screenshots.
 */
@BosunTest
class AdChangesBrowserTests {

    static final String WASTE = AdFixtures.WASTE;
    static final String PASSWORD = "ads pass 123";

    @LocalServerPort
    int port;

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
    TransactionTemplate transactions;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("AdChangesBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSpecialistAsksASupervisorApprovesAndTheBulkSheetIsOffered() throws IOException {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        SellerAccount account = fixtures.account(organisation, Marketplace.US);
        AdFixtures.wastedAutoTerm(
                structure, performance, transactions, account.id(), LocalDate.now(Marketplace.US.zone()));
        String specialist = TestDatabase.unique("li.na");
        team.create(organisation, specialist, "Li Na", null, Role.SPECIALIST, PASSWORD, List.of(account.id()));
        String supervisor = TestDatabase.unique("zhao.lei");
        team.create(organisation, supervisor, "Zhao Lei", null, Role.SUPERVISOR, PASSWORD, List.of(account.id()));

        signIn(specialist);
        open("/a/" + account.id() + "/advertising/proposals");
        WebElement row = rowWith(By.cssSelector("#proposals-table tbody tr"), WASTE);
        assertThat(row.getText()).contains("Negate").contains("loose-match");
        browser.findElement(By.id("request-note")).sendKeys("wasted for two weeks");
        click(row.findElement(By.cssSelector(".request-one")));
        waitFor(By.cssSelector("#proposals-table .status-requested"));
        row = rowWith(By.cssSelector("#proposals-table tbody tr"), WASTE);
        assertThat(row.findElements(By.cssSelector(".change-approve")))
                .as("the requester gets no approve button")
                .isEmpty();
        // the status can be read: the badge is not white on white
        WebElement status = row.findElement(By.cssSelector(".change-status"));
        assertThat(status.getText()).isNotBlank();
        assertThat(status.getCssValue("background-color"))
                .isNotEqualTo("rgba(0, 0, 0, 0)")
                .isNotEqualTo(status.getCssValue("color"));
        assertThat(text(By.id("proposals-intro"))).doesNotContain("''");
        screenshot("ad-change-requested");

        browser.manage().deleteAllCookies();
        signIn(supervisor);
        open("/a/" + account.id() + "/advertising/changes");
        WebElement change = browser.findElement(By.cssSelector("#changes-table tr[data-status=requested]"));
        assertThat(change.getText())
                .contains(WASTE)
                .contains("Negative Keyword")
                .contains(specialist);
        click(change.findElement(By.cssSelector(".change-approve")));
        waitFor(By.id("change-decided"));
        assertThat(browser.findElements(By.cssSelector("#changes-table tr[data-status=approved]")))
                .hasSize(1);

        click(By.cssSelector(".export-button[data-mp=US]"));
        waitFor(By.id("changes-exported"));
        assertThat(browser.findElement(By.id("exported-download")).getAttribute("href"))
                .contains("/a/" + account.id() + "/advertising/changes/exports/");
        assertThat(browser.findElements(By.cssSelector("#changes-table tr[data-status=exported]")))
                .hasSize(1);
        assertThat(text(By.id("exports"))).contains("bosun-sp-bulk-US-");
        screenshot("ad-change-exported");
    }

    private void signIn(String name) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("user-menu"));
    }

    private WebElement rowWith(By rows, String text) {
        waitFor(rows);
        return browser.findElements(rows).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        click(new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** Scrolls the element to the middle of the window first (at once: Bootstrap makes scrolling smooth). */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
