package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.Checklists;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * 每日三查 in a real Chromium: an assistant ticks a line of the morning check (htmx swaps the line in place) and sees
 * their name and the time; a supervisor then sees the tick on the team view. Skipped, with a message, where Debian's
 * Chromium is not installed. Screenshots go to target/screenshots.
 */
@BosunTest
class ChecklistBrowserTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    Checklists checklists;

    private WebDriver browser;
    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start("ChecklistBrowserTests");
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAssistantTicksTheMorningCheckAndSeesWhoAndWhen() throws IOException {
        long org = directory.defaultOrganisation();
        SellerAccount account = directory.create(org, TestDatabase.unique("Checks US"), List.of(Marketplace.US), null);
        String assistantName = TestDatabase.unique("li.na");
        CurrentUser assistant = team.create(
                org, assistantName, "Li Na", null, Role.ASSISTANT, "ticking pass 123", List.of(account.id()));
        team.setTimeZone(assistant.id(), SHANGHAI.getId());
        String supervisorName = TestDatabase.unique("chen.jing");
        team.create(
                org, supervisorName, "Chen Jing", null, Role.SUPERVISOR, "supervising pass 123", List.of(account.id()));

        open("/login");
        signIn(assistantName, "ticking pass 123");
        waitFor(By.id("user-menu"));
        open("/a/" + account.id() + "/checklists");
        waitFor(By.id("empty-state"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Checklists");
        assertThat(browser.getPageSource()).contains("Morning: account health");
        WebElement morning =
                browser.findElements(By.cssSelector("section.checklist")).get(0);
        WebElement firstLine = morning.findElement(By.cssSelector("li.check-line"));
        String lineId = firstLine.getAttribute("id").substring("line-".length());
        String lineText = firstLine.findElement(By.className("check-text")).getText();
        assertThat(lineText).startsWith("Account Health page");
        String progressId = morning.findElement(By.cssSelector("h2 .badge")).getAttribute("id");
        assertThat(text(By.id(progressId))).startsWith("0 /");

        LocalDateTime before = LocalDateTime.now(SHANGHAI).withSecond(0).withNano(0);
        click(By.id("tick-" + lineId));
        WebElement done = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("done-" + lineId)));
        LocalDateTime after = LocalDateTime.now(SHANGHAI).withSecond(0).withNano(0);

        assertThat(done.getText()).startsWith("Li Na, ");
        LocalDateTime shown = LocalDateTime.parse(
                done.getText().substring("Li Na, ".length()), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(shown).as("the time in the user's zone").isBetween(before, after);
        assertThat(browser.findElement(By.id("line-" + lineId)).getAttribute("class"))
                .contains("done");
        assertThat(browser.getCurrentUrl())
                .as("htmx swapped the line; the page did not reload")
                .endsWith("/a/" + account.id() + "/checklists");
        screenshot("checklist-ticked");

        browser.navigate().refresh();
        waitFor(By.id("done-" + lineId));
        assertThat(text(By.id(progressId))).startsWith("1 /");
        assertThat(browser.findElements(By.id("empty-state"))).isEmpty();

        browser.findElement(By.id("user-menu")).click();
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("logged-out"));
        signIn(supervisorName, "supervising pass 123");
        waitFor(By.id("user-menu"));
        open("/a/" + account.id() + "/checklists/team");
        waitFor(By.id("team-people"));
        assertThat(text(By.id("team-people"))).contains("Li Na");
        assertThat(text(By.id("team-accounts"))).contains(account.name()).contains("Li Na");
        open("/a/" + account.id() + "/checklists");
        waitFor(By.id("done-" + lineId));
        assertThat(text(By.id("done-" + lineId))).startsWith("Li Na, ");
        assertThat(browser.findElement(By.id("tick-" + lineId)).isEnabled())
                .as("a supervisor may take the tick back")
                .isTrue();
        screenshot("checklist-team");
        assertThat(checklists
                        .day(assistant, account.id(), checklists.today(account.id()))
                        .get(0)
                        .done())
                .isEqualTo(1);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/login")) {
            open("/login");
        }
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(by))
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
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
