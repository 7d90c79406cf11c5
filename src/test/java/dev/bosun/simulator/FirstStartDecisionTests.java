package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the first start creates the demo store, and which days the demo store covers. */
class FirstStartDecisionTests {

    @ParameterizedTest(name = "enabled={0}, accounts={1}, demo={2} → {3}")
    @CsvSource(textBlock = """
        true,  false, false, CREATE
        false, false, false, DISABLED
        true,  true,  false, HAS_ACCOUNTS
        false, true,  false, DISABLED
        true,  true,  true,  ALREADY_CREATED
        true,  false, true,  ALREADY_CREATED
        false, true,  true,  DISABLED
        """)
    void onlyAnEmptyDatabaseWithTheDemoEnabledGetsTheDemoStore(
            boolean enabled, boolean anyAccount, boolean demoExists, FirstStartDecision expected) {
        assertThat(FirstStartDecision.decide(enabled, anyAccount, demoExists)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "at {0} UTC the store ends {1}")
    @CsvSource(textBlock = """
        2026-11-25T12:00:00Z, 2026-11-24
        2026-11-25T06:00:00Z, 2026-11-23
        2026-11-25T23:30:00Z, 2026-11-24
        2026-03-01T05:00:00Z, 2026-02-27
        """)
    void theStoreEndsYesterdayInEveryMarketplace(Instant now, LocalDate lastDay) {
        // Berlin is a day ahead of Los Angeles from 15:00 to 24:00 in Los Angeles: the earlier yesterday counts.
        DemoPlan plan = DemoPlan.endingYesterday(
                Clock.fixed(now, ZoneOffset.UTC), 1, 60, 400, List.of(Marketplace.US, Marketplace.DE));
        assertThat(plan.lastDay()).isEqualTo(lastDay);
        assertThat(plan.days()).isEqualTo(400);
        assertThat(plan.firstDay()).isEqualTo(lastDay.minusDays(399));
        assertThat(plan.settings().start()).isEqualTo(plan.firstDay());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
        US,    Demo US
        DE,    Demo EU
        DE|FR, Demo EU
        JP,    Demo JP
        """)
    void eachRegionGetsOneDemoAccount(String codes, String name) {
        List<Marketplace> marketplaces = java.util.Arrays.stream(codes.split("\\|"))
                .map(code -> Marketplace.find(code).orElseThrow())
                .toList();
        assertThat(DemoStore.accountName(marketplaces.get(0).region(), marketplaces))
                .isEqualTo(name);
    }
}
