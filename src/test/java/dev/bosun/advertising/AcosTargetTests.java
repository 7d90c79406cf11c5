package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Target ACoS as the operator sets it per account, category and ASIN, over the category benchmarks. */
@BosunTest
class AcosTargetTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Autowired
    AdAnalysis analysis;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOperatorsTargetsLieOverTheBenchmarks() {
        SellerAccount account = new Fixtures(directory, team, jdbc).account(Marketplace.US);
        long id = account.id();

        AcosTarget none = analysis.targetAcos(id, Marketplace.US, "B0HOME0001", DAY, DAY);
        assertThat(none.value()).isEqualByComparingTo("0.30");
        assertThat(none.source()).isEqualTo("BENCHMARK");
        assertThat(none.breakEven()).isNull();

        analysis.setTargetAcos(id, "account", null, null, new BigDecimal("0.22"));
        assertThat(analysis.targetAcos(id, Marketplace.US, "B0HOME0001", DAY, DAY)
                        .value())
                .isEqualByComparingTo("0.22");

        // Placed in the home category: its benchmark (25 %) beats the account's blanket value.
        analysis.setTargetAcos(id, "ASIN", "B0HOME0001", "Home & Kitchen", null);
        AcosTarget home = analysis.targetAcos(id, Marketplace.US, "B0HOME0001", DAY, DAY);
        assertThat(home.value()).isEqualByComparingTo("0.25");
        assertThat(home.category()).isEqualTo("HOME");

        analysis.setTargetAcos(id, "CATEGORY", "home", null, new BigDecimal("0.27"));
        assertThat(analysis.targetAcos(id, Marketplace.US, "B0HOME0001", DAY, DAY)
                        .source())
                .isEqualTo("CATEGORY");

        analysis.setTargetAcos(id, "ASIN", "B0HOME0001", "HOME", new BigDecimal("0.15"));
        AcosTarget own = analysis.targetAcos(id, Marketplace.US, "B0HOME0001", DAY, DAY);
        assertThat(own.value()).isEqualByComparingTo("0.15");
        assertThat(own.source()).isEqualTo("ASIN");

        // Another ASIN keeps the account's value.
        assertThat(analysis.targetAcos(id, Marketplace.US, "B0OTHER001", DAY, DAY)
                        .value())
                .isEqualByComparingTo("0.22");
    }

    @Test
    void aTargetIsAPositiveFractionOfAKnownScope() {
        SellerAccount account = new Fixtures(directory, team, jdbc).account(Marketplace.US);

        assertThatThrownBy(() -> analysis.setTargetAcos(account.id(), "ACCOUNT", null, null, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analysis.setTargetAcos(account.id(), "PORTFOLIO", "x", null, new BigDecimal("0.2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
