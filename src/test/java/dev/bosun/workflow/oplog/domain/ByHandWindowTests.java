package dev.bosun.workflow.oplog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByHandWindowTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "2026-11-25T08:04:59Z, true",
        "2026-11-25T08:05:01Z, false",
        "2026-08-27T08:00:00Z, true",
        "2026-08-27T07:59:59Z, false",
        "2025-11-25T08:00:00Z, false"
    })
    void aChangeByHandHappenedRecentlyAndNotInTheFuture(Instant when, boolean accepted) {
        if (accepted) {
            assertThat(ByHandWindow.check(when, CLOCK)).isEqualTo(when);
        } else {
            assertThatThrownBy(() -> ByHandWindow.check(when, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void noTimeMeansNow() {
        assertThat(ByHandWindow.check(null, CLOCK)).isEqualTo(CLOCK.instant());
    }

    @Test
    void daysAreTheReadersDaysIncludingTheLast() {
        DayRange range = DayRange.of(
                LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-08"), ZoneId.of("America/Los_Angeles"));
        assertThat(range.from()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        assertThat(range.until()).isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
        assertThat(DayRange.of(null, null, ZoneOffset.UTC)).isEqualTo(new DayRange(null, null));
    }
}
