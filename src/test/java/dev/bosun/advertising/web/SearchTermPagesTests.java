package dev.bosun.advertising.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.SearchTermPerformance;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The search-term page in pages of 100 lines, most spend first: previous and next links, a bad page refused. */
@BosunTest
class SearchTermPagesTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdPerformance ads;

    @Autowired
    TransactionTemplate transactions;

    SellerAccount account;
    CurrentUser manager;

    @BeforeEach
    void twoHundredFiftyTerms() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder r = ads.recorder(account.id(), 1);
            for (int i = 1; i <= 250; i++) {
                // term 1 spends 2.50, term 250 spends 0.01: the page order is the term number
                r.add(new SearchTermPerformance(
                        new AdScope(Marketplace.US, AdProduct.SP, DAY, DAY, "USD", 7),
                        "Board | SP | Auto",
                        null,
                        "Auto",
                        null,
                        "close-match",
                        "",
                        null,
                        String.format("term %03d", i),
                        null,
                        new AdFigures(
                                100,
                                1,
                                BigDecimal.valueOf(251 - i, 2),
                                BigDecimal.ZERO,
                                0L,
                                0L,
                                null,
                                null,
                                null,
                                null)));
            }
            r.finish();
        });
    }

    String page(String query) throws Exception {
        return mvc.perform(get("/a/{id}/advertising/search-terms?from={d}&to={d}" + query, account.id(), DAY, DAY)
                        .with(user(new SignedInUser(manager, "x", true))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static long lines(String html) {
        return Pattern.compile(">term \\d{3}<").matcher(html).results().count();
    }

    @Test
    void showsAHundredLinesAPageWithLinksToTheOthers() throws Exception {
        String first = page("");
        assertThat(lines(first)).isEqualTo(100);
        assertThat(first).contains(">term 001<", ">term 100<").doesNotContain(">term 101<");
        assertThat(first).contains("id=\"terms-next\"").doesNotContain("id=\"terms-previous\"");
        assertThat(first).contains("lines 1 to 100");

        String second = page("&page=2");
        assertThat(second).contains(">term 101<", ">term 200<").doesNotContain(">term 100<", ">term 201<");
        assertThat(second).contains("id=\"terms-next\"", "id=\"terms-previous\"", "page=3");

        String last = page("&page=3");
        assertThat(lines(last)).isEqualTo(50);
        assertThat(last).contains(">term 250<", "lines 201 to 250").doesNotContain("id=\"terms-next\"");
    }

    @Test
    void refusesAPageOutsideTheRange() throws Exception {
        for (String bad : new String[] {"0", "-1", "51", "two"}) {
            mvc.perform(get("/a/{id}/advertising/search-terms?page=" + bad, account.id())
                            .with(user(new SignedInUser(manager, "x", true))))
                    .andExpect(status().isBadRequest());
        }
    }
}
