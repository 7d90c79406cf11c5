package dev.bosun.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.finance.FeeQuery;
import dev.bosun.finance.RateCardEdits;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finance → Fee calculator: the form, the breakdown with unverified values marked, the htmx fragment, the rate
 * card page, and the organisation's own values (store managers edit, others may not; every change logged). Each
 * test works in an organisation of its own, so edits never reach other tests.
 */
@BosunTest
class FeeCalculatorWebTests {

    static final String CARD_2026 = "2026-01-15";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateCardEdits edits;

    long organisation;
    SellerAccount account;
    CurrentUser specialist;
    CurrentUser manager;

    @BeforeEach
    void anOrganisationWithAnAccountASpecialistAndAStoreManager() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
    }

    static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    MockHttpServletRequestBuilder briefExample(String path) {
        return briefExample(path, "2026-11-25");
    }

    MockHttpServletRequestBuilder briefExample(String path, String date) {
        return get(path, account.id())
                .param("mp", "US")
                .param("category", "HOME_KITCHEN")
                .param("price", "24.99")
                .param("length", "3")
                .param("width", "10")
                .param("height", "6")
                .param("lengthUnit", "in")
                .param("weight", "1.2")
                .param("weightUnit", "lb")
                .param("date", date);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFinanceAreaLeadsToTheCalculatorWhichShowsAnEmptyFormFirst() throws Exception {
        String area = page(get("/a/{id}/finance", account.id()).with(as(specialist)));
        assertThat(area).contains("id=\"page-fees\"").contains("/a/" + account.id() + "/finance/fees");
        String empty = page(get("/a/{id}/finance/fees", account.id()).with(as(specialist)));
        assertThat(empty)
                .contains("id=\"fee-form\"")
                .contains("Home and kitchen")
                .contains("Enter an item to see its fees.")
                .doesNotContain("id=\"fee-table\"");
    }

    @Test
    void theBreakdownMarksUnverifiedValuesInEnglishAndChinese() throws Exception {
        String en = page(briefExample("/a/{id}/finance/fees").with(as(specialist)));
        assertThat(en)
                .contains("id=\"fee-table\"")
                .contains("Large standard")
                .contains("3.75 USD")
                .contains("5.42 USD")
                .contains("0.25 USD")
                .contains("9.42 USD")
                .contains("id=\"unverified-warning\"")
                .contains("Unverified value referral.HOME_KITCHEN.rate = 15%");
        String zh =
                page(briefExample("/a/{id}/finance/fees").with(as(specialist)).header("Accept-Language", "zh-CN"));
        assertThat(zh)
                .contains("大号标准尺寸")
                .contains("未核实的数值 referral.HOME_KITCHEN.rate = 15%")
                .contains("9.42 USD");
    }

    @Test
    void htmxGetsTheResultAloneAndMistakesComeBackAsMessages() throws Exception {
        String fragment = page(briefExample("/a/{id}/finance/fees/result").with(as(specialist)));
        assertThat(fragment)
                .startsWith("<section")
                .contains("id=\"fee-result\"")
                .doesNotContain("<html");
        String wrong = page(get("/a/{id}/finance/fees/result", account.id())
                .param("mp", "US")
                .param("category", "HOME_KITCHEN")
                .param("price", "cheap")
                .with(as(specialist)));
        assertThat(wrong).contains("id=\"fee-error\"").contains("Enter prices as numbers");
        String early =
                page(briefExample("/a/{id}/finance/fees/result", "2020-01-01").with(as(specialist)));
        assertThat(early).contains("The rate card cannot answer this:").contains("the earliest is from 2024-04-15");
    }

    @Test
    void aStoreManagerEditsAValueEveryFeeThenUsesItAndTheChangeIsLogged() throws Exception {
        mvc.perform(post("/a/{id}/finance/fees/rates", account.id())
                        .param("mp", "US")
                        .param("effective", CARD_2026)
                        .param("key", "referral.HOME_KITCHEN.rate")
                        .param("value", "16")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + account.id() + "/finance/fees/rates?mp=US&effective=" + CARD_2026));

        // 16 % of 24.99 = 4.00; total 4.00 + 5.42 + 0.25 = 9.67.
        String fees = page(briefExample("/a/{id}/finance/fees").with(as(specialist)));
        assertThat(fees)
                .contains("4.00 USD")
                .contains("9.67 USD")
                .contains("Edited value referral.HOME_KITCHEN.rate = 16% (the rate card says 15%)");
        assertThat(edits.calculatorFor(organisation)
                        .estimate(FeeQuery.of(
                                Marketplace.US,
                                "HOME_KITCHEN",
                                Money.of("24.99", "USD"),
                                PackageSize.parse("10x6x3in", "1.2lb"),
                                LocalDate.of(2026, 11, 25)))
                        .hasEditedValues())
                .isTrue();

        String rates = page(get("/a/{id}/finance/fees/rates", account.id())
                .param("mp", "US")
                .param("effective", CARD_2026)
                .with(as(manager)));
        assertThat(rates).contains("id=\"rates-history\"").contains("card: 15").contains(manager.username());

        mvc.perform(post("/a/{id}/finance/fees/rates/revert", account.id())
                        .param("mp", "US")
                        .param("effective", CARD_2026)
                        .param("key", "referral.HOME_KITCHEN.rate")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(briefExample("/a/{id}/finance/fees").with(as(specialist))))
                .contains("9.42 USD");
        assertThat(edits.history(organisation, 10))
                .extracting(c -> c.newValue() == null ? "card" : c.newValue().toPlainString())
                .containsExactly("card", "16");
    }

    @Test
    void onlyStoreManagersAndAdministratorsMayEditAndNothingLeaksToOtherOrganisations() throws Exception {
        String readOnly = page(get("/a/{id}/finance/fees/rates", account.id())
                .param("mp", "US")
                .with(as(specialist)));
        assertThat(readOnly)
                .contains("id=\"rates-table\"")
                .contains("unverified")
                .doesNotContain("name=\"value\"");
        mvc.perform(post("/a/{id}/finance/fees/rates", account.id())
                        .param("mp", "US")
                        .param("effective", CARD_2026)
                        .param("key", "referral.HOME_KITCHEN.rate")
                        .param("value", "1")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(edits.edits(organisation)).isEmpty();

        mvc.perform(post("/a/{id}/finance/fees/rates", account.id())
                        .param("mp", "US")
                        .param("effective", CARD_2026)
                        .param("key", "no.such.value")
                        .param("value", "1")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(edits.edits(organisation)).isEmpty();

        mvc.perform(post("/a/{id}/finance/fees/rates", account.id())
                        .param("mp", "US")
                        .param("effective", CARD_2026)
                        .param("key", "storage.standard.peak")
                        .param("value", "2.55")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(edits.edits(organisation)).hasSize(1);
        assertThat(edits.edits(directory.defaultOrganisation()))
                .noneMatch(e -> e.editedBy().equals(manager.username()));
    }
}
