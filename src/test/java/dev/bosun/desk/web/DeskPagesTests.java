package dev.bosun.desk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.desk.Area;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The shell and the area pages: empty states, languages, switchers. */
@BosunTest
class DeskPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    MessageSource messages;

    @Autowired
    dev.bosun.amazon.ReportImports imports;

    SellerAccount account;
    CurrentUser user;

    @BeforeEach
    void anAccountAndItsSpecialist() {
        long org = directory.defaultOrganisation();
        account = directory.create(org, TestDatabase.unique("Desk EU"), List.of(Marketplace.DE, Marketplace.FR), null);
        user = team.create(
                org, TestDatabase.unique("desk-user"), "Wang Fang", null, Role.SPECIALIST, null, List.of(account.id()));
    }

    @ParameterizedTest
    @EnumSource(value = Area.class, names = "SETTINGS", mode = EnumSource.Mode.EXCLUDE)
    void everyAreaExplainsWhatWillAppearAndHowToGetTheDataIn(Area area) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String page = mvc.perform(get("/a/{id}/{area}", account.id(), area.slug())
                            .with(signedIn())
                            .header("Accept-Language", locale.toLanguageTag()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("id=\"empty-state\"")
                    .contains(escaped(messages.getMessage(area.messageKey() + ".title", null, locale)))
                    .contains(escaped(messages.getMessage(area.messageKey() + ".how", null, locale)));
        }
    }

    @Test
    void anAreaListsTheReportsImportedForIt() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("orders-for-desk", ".txt");
        java.nio.file.Files.writeString(file, dev.bosun.orders.importing.AllOrdersImportTestRows.file(2));
        imports.importFile(
                account.id(),
                file,
                "orders-for-desk.txt",
                new dev.bosun.amazon.ImportOptions(false, Marketplace.DE, null, null, "t"));
        String orders = mvc.perform(get("/a/{id}/orders", account.id()).with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orders)
                .contains("id=\"imported-data\"")
                .contains("orders-for-desk.txt")
                .contains("All Orders report");
        String finance = mvc.perform(get("/a/{id}/finance", account.id()).with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(finance).doesNotContain("id=\"imported-data\"");
    }

    @Test
    void anUnknownAreaIs404() throws Exception {
        mvc.perform(get("/a/{id}/nonsense", account.id()).with(signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void theHomePageOpensTodayOfTheFirstAccount() throws Exception {
        mvc.perform(get("/").with(signedIn())).andExpect(redirectedUrl("/a/" + account.id() + "/today"));
    }

    @Test
    void aUserWithoutAccountsIsToldWhoToAsk() throws Exception {
        CurrentUser lonely = team.create(
                directory.defaultOrganisation(),
                TestDatabase.unique("lonely"),
                null,
                null,
                Role.ASSISTANT,
                null,
                List.of());
        String page = mvc.perform(get("/").with(user(new SignedInUser(lonely, "x", true))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(messages.getMessage("noAccount.user", null, Locale.ENGLISH));
    }

    @Test
    void theBrowserLanguageChoosesTheTextsUntilTheUserChooses() throws Exception {
        String zh = mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(zh).contains("登录").contains("lang=\"zh-CN\"");
        String en = mvc.perform(get("/login").header("Accept-Language", "de-DE,en;q=0.5"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(en).contains("Sign in").contains("lang=\"en\"");
    }

    @Test
    void theChosenLanguageIsRememberedOnTheUser() throws Exception {
        mvc.perform(post("/language")
                        .param("lang", "zh-CN")
                        .param("next", "/a/" + account.id() + "/today")
                        .with(signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/today"))
                .andExpect(cookie().value("bosun_lang", "zh-CN"));
        assertThat(team.find(user.id()).orElseThrow().locale()).isEqualTo("zh-CN");
    }

    @Test
    void theLanguageSwitchNeverRedirectsToAnotherSite() throws Exception {
        mvc.perform(post("/language")
                        .param("lang", "en")
                        .param("next", "//evil.example/x")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/language")
                        .param("lang", "en")
                        .param("next", "https://evil.example/")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theMarketplaceSwitchIsRememberedForTheAccount() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/a/{id}/inventory", account.id())
                        .param("mp", "FR")
                        .session(session)
                        .with(signedIn()))
                .andExpect(status().isOk());
        String page = mvc.perform(
                        get("/a/{id}/listings", account.id()).session(session).with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("id=\"marketplace-switcher\"[\\s\\S]*?<strong>FR</strong>");
        String ignored = mvc.perform(get("/a/{id}/listings", account.id())
                        .param("mp", "US")
                        .session(session)
                        .with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ignored).containsPattern("id=\"marketplace-switcher\"[\\s\\S]*?<strong>FR</strong>");
    }

    @Test
    void marketplaceTimesAreShownInTheMarketplaceZone() throws Exception {
        String page = mvc.perform(get("/a/{id}/settings", account.id()).with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("A1PA6795UKMFR9")
                .contains("Europe/Berlin")
                .contains("EUR")
                .contains("Europe/Paris");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        return user(new SignedInUser(user, "x", true));
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
