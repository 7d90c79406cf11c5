package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotDayTests {

    @ParameterizedTest(name = "{0} in {1}, given {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-11-24T23:30:00Z, Europe/Berlin,       -,          2026-11-25
            2026-11-24T23:30:00Z, America/Los_Angeles, -,          2026-11-24
            2026-11-25T07:59:59Z, America/Los_Angeles, -,          2026-11-24
            2026-11-25T08:00:00Z, America/Los_Angeles, -,          2026-11-25
            2026-11-24T16:00:00Z, Asia/Tokyo,          -,          2026-11-25
            2026-11-24T23:30:00Z, Europe/Berlin,       2026-11-20, 2026-11-20
            """)
    void isTheDayGivenElseTheImportDayInTheMarketplaceZone(
            Instant importedAt, ZoneId zone, LocalDate given, LocalDate expected) {
        assertThat(SnapshotDay.of(given, importedAt, zone)).isEqualTo(expected);
    }
}
