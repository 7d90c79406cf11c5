package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.FeeEstimates;
import dev.bosun.finance.ProfitFixtures;
import dev.bosun.finance.ProfitLedger;
import dev.bosun.finance.UnitCosts;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finance → Profit in a real Chromium: a store manager sees the tiles and the trend chart, opens an ASIN's SKUs, the
 * SKU's orders and an order's settlement lines (htmx swaps each level in under its row). Skipped, with a message,
 * where Debian's Chromium is not installed. Screenshots go to target/screenshots.
 */
@BosunTest
class ProfitBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportImports imports;

    @Autowired
    OrderBook orders;

    @Autowired
    Returns returns;

    @Autowired
    AdPerformance ads;

    @Autowired
    FeeEstimates estimates;

    @Autowired
    UnitCosts costs;

    @Autowired
    ExchangeRates rates;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProfitLedger ledger;

    @TempDir
    Path folder;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("ProfitBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aStoreManagerDrillsFromAnAsinToAnOrdersFeeLines() throws IOException {
        long org = jdbc.queryForObject(
                "insert into organisations (name) values (?) returning id",
                Long.class,
                TestDatabase.unique("Profit org"));
        ProfitFixtures profit = new ProfitFixtures(
                directory, imports, orders, returns, ads, estimates, costs, rates, jdbc, transactions, folder);
        SellerAccount account = profit.account(org);
        profit.recentStore(account, LocalDate.now(Marketplace.US.zone()));
        ledger.recompute(account.id());
        String name = TestDatabase.unique("wang.fang");
        team.create(org, name, "Wang Fang", null, Role.STORE_MANAGER, "profit pass 123", List.of(account.id()));

        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("profit pass 123");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("user-menu"));
        open("/a/" + account.id() + "/finance");
        click(By.id("page-profit"));
        waitFor(By.id("profit-table"));

        assertThat(text(By.id("tile-today"))).contains("Today").contains("20.00 USD");
        assertThat(text(By.id("tile-forecast"))).contains("Forecast this month");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("profit-chart"), "data-drawn", "true"));
        assertThat(text(By.id("profit-table")))
                .contains("B0MUG")
                .contains("B0CUP")
                .contains("cost unknown");

        int mugRow = rowOf("B0MUG");
        click(By.id("drill-" + mugRow));
        waitFor(By.cssSelector("#drill-row-" + mugRow + " .sku-row"));
        assertThat(text(By.id("drill-row-" + mugRow))).contains("MUG").contains("60.00 USD");

        click(By.cssSelector("#drill-row-" + mugRow + " .drill-orders"));
        waitFor(By.cssSelector("#drill-row-" + mugRow + " .order-row"));
        assertThat(text(By.id("drill-row-" + mugRow)))
                .contains("113-0000001-0000001")
                .contains("113-0000002-0000002");

        List<org.openqa.selenium.WebElement> orderButtons =
                browser.findElements(By.cssSelector("#drill-row-" + mugRow + " .drill-fees"));
        orderButtons.stream()
                .filter(b -> b.getText().equals("113-0000001-0000001"))
                .findFirst()
                .ifPresentOrElse(this::click, () -> {
                    throw new AssertionError("no button of order 113-0000001-0000001");
                });
        waitFor(By.cssSelector("#drill-row-" + mugRow + " .fee-line"));
        assertThat(text(By.id("drill-row-" + mugRow)))
                .contains("Commission")
                .contains("-6.00 USD")
                .contains("FBAPerUnitFulfillmentFee")
                .contains("fees from the settlement");
        assertThat(browser.getCurrentUrl()).endsWith("/a/" + account.id() + "/finance/profit");
        screenshot("profit-drill-down");
    }

    private int rowOf(String asin) {
        List<org.openqa.selenium.WebElement> rows =
                browser.findElements(By.cssSelector("#profit-table tbody tr[id^=row-]"));
        for (org.openqa.selenium.WebElement row : rows) {
            if (row.getText().contains(asin)) {
                return Integer.parseInt(row.getAttribute("id").substring("row-".length()));
            }
        }
        throw new AssertionError("no row of " + asin);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        click(new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** Scrolls the element to the middle of the window first (at once: Bootstrap makes scrolling smooth). */
    private void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
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
