package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ReportImports;
import dev.bosun.desk.web.HeadlessChromium;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finance → Claims in a real Chromium: a specialist opens the ledger, finds the fee overcharge Bosun prepared from an
 * overcharged settlement, reads the text for the case, records the case id (the form posts with its CSRF token) and
 * then what Amazon paid. Skipped, with a message, where Debian's Chromium is not installed. Screenshots go to
 * target/screenshots.
 */
@BosunTest
class ClaimsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ReportImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Claims claims;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("ClaimsBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSpecialistSubmitsThePreparedClaimAndRecordsWhatAmazonPaid() throws IOException {
        long org = directory.defaultOrganisation();
        SellerAccount account = directory.create(org, TestDatabase.unique("Claims US"), List.of(Marketplace.US), null);
        OverchargedSettlement.importInto(new FinanceFixtures(directory, imports, jdbc, dir), account, clock);
        String name = TestDatabase.unique("wang.fang");
        team.create(org, name, "Wang Fang", null, Role.SPECIALIST, "claiming pass 123", List.of(account.id()));

        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("claiming pass 123");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("user-menu"));

        open("/a/" + account.id() + "/finance");
        click(By.id("page-claims"));
        waitFor(By.id("claims-table"));
        assertThat(text(By.id("claims-table")))
                .contains("Fee overcharge")
                .contains("CASE-1")
                .contains("Detected");
        Claim claim = claims.ledger(account.id(), List.of()).get(0);
        click(By.cssSelector("#claim-" + claim.id() + " a"));
        waitFor(By.id("claim-text"));
        assertThat(browser.findElement(By.id("claim-text")).getAttribute("value"))
                .startsWith("Subject: FBA fulfilment fee overcharge – SKU CASE-1")
                .contains(OverchargedSettlement.ORDER);
        screenshot("claim-detected");

        // Enter in a form's field sends it, as a keyboard user would: the forms sit at the foot of the page, where a
        // banner of the demo store (made by other tests in the same server) may cover a button.
        assertThat(browser.findElement(By.id("claim-submit-submitted")).getText())
                .isEqualTo("Mark submitted");
        browser.findElement(By.id("case-submitted")).sendKeys("18765432101" + Keys.ENTER);
        waitFor(By.id("claim-changed"));
        assertThat(text(By.id("claim-status"))).isEqualTo("Submitted");
        assertThat(text(By.id("claim-case"))).isEqualTo("18765432101");

        browser.findElement(By.id("amount-reimbursed")).clear();
        browser.findElement(By.id("amount-reimbursed")).sendKeys("1.50" + Keys.ENTER);
        waitFor(By.id("claim-changed"));
        assertThat(text(By.id("claim-status"))).isEqualTo("Reimbursed");
        assertThat(text(By.id("claim-reimbursed"))).isEqualTo("1.50 USD");
        screenshot("claim-reimbursed");

        Claim after = claims.claim(account.id(), claim.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ClaimStatus.REIMBURSED);
        assertThat(after.caseId()).isEqualTo("18765432101");
        assertThat(after.amountReimbursed()).isEqualByComparingTo("1.50");
        assertThat(after.resolvedBy()).isEqualTo("Wang Fang");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        WebElement element =
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(by));
        // Forms low on the page may sit under the window's edge; bring the button to the middle first.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.copy(shot.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
