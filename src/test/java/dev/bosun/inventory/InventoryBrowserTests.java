package dev.bosun.inventory;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ReportImports;
import dev.bosun.desk.web.HeadlessChromium;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
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

/**
 * Inventory in a real Chromium: a specialist opens the stock table, a SKU's page with its forecast chart, enters a
 * 3PL count, drafts a purchase order from the plans and submits it; a supervisor approves it on the approval page
 * and the order shows approved. Skipped, with a message, where Debian's Chromium is not installed. Screenshots go
 * to target/screenshots.
 */
@BosunTest
class InventoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ReportImports imports;

    @Autowired
    SupplyPartners partners;

    @Autowired
    PurchasePlans plans;

    @Autowired
    dev.bosun.inventory.ReplenishmentSheetJob sheets;

    @TempDir
    Path dir;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("InventoryBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSpecialistPlansAPurchaseOrderAndASupervisorApprovesIt() throws IOException {
        long org = directory.defaultOrganisation();
        SellerAccount account = directory.create(org, TestDatabase.unique("Stock US"), List.of(Marketplace.US), null);
        LocalDate today = LocalDate.now(Marketplace.US.zone());
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int day = 1; day <= 60; day++) {
            String at = today.minusDays(day) + "T18:00:00+00:00";
            orders.append(ReviewFixtures.orderLine("601-" + day, at, "LAMP-1", "B0LAMP0001", 6, "USD", "39.90"));
        }
        load(imports, account.id(), file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        load(
                imports,
                account.id(),
                file(
                        dir,
                        "inventory.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("LAMP-1", "B0LAMP0001", "39.90", 90, 0)),
                on(today));
        String maker = TestDatabase.unique("li.na");
        String checker = TestDatabase.unique("zhao.lei");
        team.create(org, maker, "Li Na", null, Role.SPECIALIST, "stock pass 123", List.of(account.id()));
        CurrentUser specialist = team.create(
                org,
                TestDatabase.unique("setup"),
                "Setup",
                null,
                Role.SPECIALIST,
                "setup pass 123",
                List.of(account.id()));
        team.create(org, checker, "Zhao Lei", null, Role.SUPERVISOR, "check pass 123", List.of(account.id()));
        Supplier lamps = partners.saveSupplier(
                specialist,
                account.id(),
                new Supplier(
                        0,
                        "Lamp Works",
                        null,
                        null,
                        null,
                        null,
                        200,
                        20,
                        BigDecimal.valueOf(25),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        partners.link(specialist, account.id(), "LAMP-1", lamps.id(), null);
        sheets.refresh(account.id()); // as the background job does after the import and the link

        signIn(maker, "stock pass 123");
        open("/a/" + account.id() + "/inventory");
        click(By.id("page-stock"));
        waitFor(By.id("inventory-table"));
        assertThat(text(By.id("stock-US-LAMP-1"))).contains("LAMP-1", "90");
        screenshot("inventory-table");
        click(By.cssSelector("#stock-US-LAMP-1 a"));
        waitFor(By.cssSelector("#inventory-chart[data-drawn='true']"));
        assertThat(text(By.id("sku-proposal"))).contains("Bosun orders");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("count-location")))
                .selectByValue("third-party");
        browser.findElement(By.id("count-name")).sendKeys("LA 3PL");
        browser.findElement(By.id("count-quantity")).sendKeys("40" + Keys.ENTER);
        waitFor(By.id("count-saved"));
        assertThat(text(By.id("counts-table"))).contains("3PL warehouse", "LA 3PL", "40", maker);
        screenshot("inventory-sku");

        open("/a/" + account.id() + "/inventory/plans");
        click(By.id("draft-" + lamps.id() + "-US"));
        waitFor(By.id("order-lines"));
        assertThat(text(By.id("order-status"))).isEqualTo("Draft");
        browser.findElement(By.id("submit-reason")).sendKeys("lamps run out in two weeks" + Keys.ENTER);
        waitFor(By.id("request-submitted"));
        long order = plans.orders(account.id()).get(0).id();

        browser.manage().deleteAllCookies();
        signIn(checker, "check pass 123");
        open("/a/" + account.id() + "/approvals/"
                + plans.order(account.id(), order).orElseThrow().approvalId());
        click(By.id("approve"));
        waitFor(By.id("request-decided"));
        open("/a/" + account.id() + "/inventory/orders/" + order);
        waitFor(By.id("order-status"));
        assertThat(text(By.id("order-status"))).isEqualTo("Approved");
        screenshot("inventory-order-approved");
        assertThat(plans.order(account.id(), order).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.APPROVED);
    }

    private void signIn(String name, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("user-menu"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        WebElement element =
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(by));
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
