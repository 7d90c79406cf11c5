package dev.bosun.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZombieListingTests {

    static final LocalDate WINDOW_START = LocalDate.of(2026, 10, 21);

    @ParameterizedTest(name = "{0}, {1} units, {2} sessions, opened {3}, covered {4} → {5}")
    @CsvSource(textBlock = """
            Active,     12, 0, 2026-01-05, true,  true
            active,     1,  0, 2026-10-20, true,  true
            Active,     12, 1, 2026-01-05, true,  false
            Active,     0,  0, 2026-01-05, true,  false
            Active,     ,   0, 2026-01-05, true,  false
            Inactive,   12, 0, 2026-01-05, true,  false
            Incomplete, 12, 0, 2026-01-05, true,  false
            ,           12, 0, 2026-01-05, true,  false
            Active,     12, 0, 2026-10-21, true,  false
            Active,     12, 0,           , true,  false
            Active,     12, 0, 2026-01-05, false, false
            """)
    void anActiveListingInStockWithoutSessionsForTheWholeWindowIsAZombie(
            String status, Integer units, long sessions, LocalDate opened, boolean covered, boolean zombie) {
        assertThat(ZombieListing.is(status, units, sessions, opened, WINDOW_START, covered))
                .isEqualTo(zombie);
    }
}
