package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.finance.UnitCosts;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import dev.bosun.testing.BosunTest;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finance → Costs in a real Chromium: a specialist sets a SKU's cost from a date through the form, sees it in the
 * table with its history, is told why a negative cost is refused, previews a shipment's allocation and reads the page
 * in Chinese. Skipped, with a message, where Debian's Chromium is not installed. Screenshots go to
 * target/screenshots.
 */
@BosunTest
class CostsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    UnitCosts costs;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("CostsBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSpecialistSetsACostThroughTheFormAndPreviewsAShipment() throws IOException {
        long org = directory.defaultOrganisation();
        SellerAccount account = directory.create(org, TestDatabase.unique("Costs US"), List.of(Marketplace.US), null);
        String specialist = TestDatabase.unique("li.na");
        team.create(org, specialist, "Li Na", null, Role.SPECIALIST, "costs pass 123", List.of(account.id()));
        costs.setCogs(
                null,
                account.id(),
                "MUG-350-BLU",
                LocalDate.parse("2026-01-01"),
                dev.bosun.shared.Money.of("21.50", "CNY"));
        costs.setUnitSize(null, account.id(), "MUG-350-BLU", PackageSize.parse("12.5x10x9.5cm", "0.42kg"));
        costs.setUnitSize(null, account.id(), "LID-350-BLK", PackageSize.parse("10x10x2cm", "0.05kg"));

        open("/login");
        signIn(specialist, "costs pass 123");
        waitFor(By.id("user-menu"));
        open("/a/" + account.id() + "/finance");
        browser.findElement(By.id("page-costs")).click();
        waitFor(By.id("cost-table"));
        browser.findElement(By.cssSelector("#cost-MUG-350-BLU a")).click();
        waitFor(By.id("cogs-form"));
        assertThat(browser.findElement(By.id("cogs-sku")).getAttribute("value")).isEqualTo("MUG-350-BLU");
        assertThat(browser.findElement(By.id("cogs-currency")).getAttribute("value"))
                .isEqualTo("CNY");
        fill("cogs-cost", "23.00");
        setDate("cogs-from", "2026-06-01");
        browser.findElement(By.id("cogs-save")).click();

        waitFor(By.id("costs-saved"));
        assertThat(text(By.id("costs-saved"))).isEqualTo("Cost of MUG-350-BLU from 2026-06-01: 23 CNY.");
        assertThat(text(By.id("cost-MUG-350-BLU")))
                .contains("23 CNY")
                .contains("2026-06-01")
                .contains("2 periods");
        assertThat(costs.cogsHistory(account.id(), List.of("MUG-350-BLU")).get("MUG-350-BLU"))
                .hasSize(2);
        screenshot("costs-saved-en");

        fill("cogs-sku", "MUG-350-BLU");
        fill("cogs-cost", "-1");
        browser.findElement(By.id("cogs-save")).click();
        waitFor(By.id("costs-error"));
        assertThat(text(By.id("costs-error"))).contains("Enter an amount of zero or more.");

        fill("sh-name", "FBA17XYZ2K9Q");
        fill("sh-freight", "1850.00");
        fill("sh-duties", "312.40");
        fill("sh-lines", "MUG-350-BLU 400\nLID-350-BLK 300");
        click(By.id("shipment-preview"));
        waitFor(By.id("shipment-preview-table"));
        assertThat(text(By.id("shipment-preview-table")))
                .contains("1642.52 USD")
                .contains("207.48 USD");
        assertThat(costs.shipments(account.id())).isEmpty();
        click(By.id("shipment-save"));
        waitFor(By.id("shipment-table"));
        assertThat(costs.shipments(account.id())).hasSize(1);
        screenshot("costs-shipment-en");

        browser.findElement(By.id("lang-zh")).click();
        waitFor(By.xpath("//h1[text()='成本']"));
        assertThat(text(By.id("sku-costs"))).contains("各 SKU 产品成本");
        screenshot("costs-zh");
        browser.findElement(By.id("lang-en")).click();
        waitFor(By.xpath("//h1[text()='Costs']"));
    }

    /** Clicks through JavaScript: the button may sit under the page's sticky bar at the window's bottom edge. */
    private void click(By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].click();", browser.findElement(by));
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take typed text in the browser's order; setting the value is independent of the locale. */
    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
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
