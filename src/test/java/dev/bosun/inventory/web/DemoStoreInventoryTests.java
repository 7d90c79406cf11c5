package dev.bosun.inventory.web;

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
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoPlan;
import dev.bosun.simulator.DemoStore;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The inventory pages on a simulated store's real report files: every SKU gets a line, the pages render. */
@BosunTest
class DemoStoreInventoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoStore demo;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Replenishment replenishment;

    @Autowired
    Clock clock;

    @Test
    void aSimulatedStoreHasForecastsAndProposalsOnEveryPage() throws Exception {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long org = fixtures.otherOrganisation();
        demo.create(org, DemoPlan.endingYesterday(clock, 7, 8, 90, List.of(Marketplace.US)));
        demo.run(org);
        SellerAccount account = directory.ofOrganisation(org).get(0);
        CurrentUser admin = fixtures.user(org, Role.ADMIN, account);

        List<ReplenishmentLine> sheet = replenishment.sheet(account.id(), Marketplace.US);

        assertThat(sheet).isNotEmpty();
        assertThat(sheet.stream().filter(l -> l.proposal() != null)).isNotEmpty();
        String sku = sheet.get(0).position().sku();
        for (String path : List.of(
                "/a/{id}/inventory/stock",
                "/a/{id}/inventory/plans",
                "/a/{id}/inventory/stock/US/" + sku,
                "/api/v1/accounts/{id}/inventory",
                "/a/{id}/inventory/stock/export.xlsx")) {
            mvc.perform(get(path, account.id()).with(user(new SignedInUser(admin, "x", true))))
                    .andExpect(status().isOk());
        }
    }
}
