package dev.bosun.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeasonsTests {

    @ParameterizedTest(name = "{0}: Prime Day {1}, deal day {2}")
    @CsvSource(textBlock = """
            2025-07-08, true,  true
            2025-07-09, true,  true
            2025-07-10, false, false
            2025-07-07, false, false
            2026-07-14, true,  true
            2025-10-07, false, true
            2025-11-28, false, true
            2025-12-01, false, true
            2025-12-02, false, false
            2026-11-27, false, true
            """)
    void knowsTheEventDays(LocalDate date, boolean primeDay, boolean dealDay) {
        assertThat(Seasons.primeDay(date)).isEqualTo(primeDay);
        assertThat(Seasons.dealDay(Marketplace.US, date)).isEqualTo(dealDay);
    }

    @ParameterizedTest(name = "{0} in {1}: more traffic than an ordinary Tuesday")
    @CsvSource(textBlock = """
            2025-07-08, US
            2025-11-28, DE
            2025-12-15, US
            2026-01-02, JP
            """)
    void peaksBeatOrdinaryDays(LocalDate peak, Marketplace marketplace) {
        LocalDate ordinary = LocalDate.of(2025, 3, 11);
        assertThat(Seasons.traffic(Category.HOME_KITCHEN, marketplace, peak))
                .isGreaterThan(Seasons.traffic(Category.HOME_KITCHEN, marketplace, ordinary));
    }

    @ParameterizedTest(name = "{0} → {1} in {2}")
    @CsvSource(textBlock = """
            US, 24.99, 2499
            US, 9.5,   999
            DE, 24.99, 2499
            DE, 30.5,  2999
            JP, 24.99, 3780
            JP, 11.99, 1780
            """)
    void pricesEndTheLocalWay(Marketplace marketplace, double usd, long minor) {
        assertThat(Locality.of(marketplace).price(usd)).isEqualTo(minor);
    }
}
