package dev.bosun.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WallClockTimeTests {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-25 09:14             | Europe/Berlin       | 2026-11-25T08:14:00Z
            2026-11-25 9:14              | Europe/Berlin       | 2026-11-25T08:14:00Z
            2026/11/25 09:14:30          | Europe/Berlin       | 2026-11-25T08:14:30Z
            2026-07-01 09:14             | Europe/Berlin       | 2026-07-01T07:14:00Z
            2026-11-25T09:14             | America/Los_Angeles | 2026-11-25T17:14:00Z
            2026-11-25 09:14:30.250      | Asia/Tokyo          | 2026-11-25T00:14:30.250Z
            2026-11-25T09:14:00+01:00    | Asia/Tokyo          | 2026-11-25T08:14:00Z
            2026-11-25T09:14:00Z         | Asia/Tokyo          | 2026-11-25T09:14:00Z
            2026-11-25 09:14 -0500       | Asia/Tokyo          | 2026-11-25T14:14:00Z
            2026-11-25T09:14:00+05:30    | Europe/London       | 2026-11-25T03:44:00Z
            """)
    void readsWallClockTimesInTheZoneAndOffsetsAsWritten(String text, String zone, String expected) {
        assertThat(WallClockTime.read(text, ZoneId.of(zone))).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25", "25.11.2026 09:14", "yesterday", "2026-13-01 10:00", "2026-11-25 25:00", ""})
    void aDateWithoutTimeOrAMalformedTimeIsNoTime(String text) {
        assertThat(WallClockTime.read(text, ZoneId.of("UTC"))).isEmpty();
    }
}
