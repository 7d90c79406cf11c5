package dev.bosun.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amazon's report periods: days, Sunday-to-Saturday weeks, calendar months. */
class DateGranularityTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # granularity, day,       first day,  last day
            DAY,          2026-11-25, 2026-11-25, 2026-11-25
            WEEK,         2026-11-25, 2026-11-22, 2026-11-28
            WEEK,         2026-11-22, 2026-11-22, 2026-11-28
            WEEK,         2026-11-28, 2026-11-22, 2026-11-28
            WEEK,         2026-12-31, 2026-12-27, 2027-01-02
            MONTH,        2026-11-25, 2026-11-01, 2026-11-30
            MONTH,        2028-02-10, 2028-02-01, 2028-02-29
            """)
    void thePeriodOfADay(DateGranularity granularity, LocalDate day, LocalDate first, LocalDate last) {
        assertThat(granularity.periodStart(day)).isEqualTo(first);
        assertThat(granularity.periodEnd(day)).isEqualTo(last);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            DAY,   DAY
            week,  WEEK
            ' Month ', MONTH
            """)
    void readsAmazonsNames(String name, DateGranularity expected) {
        assertThat(DateGranularity.named(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"YEAR", "''", "DAILY"})
    void unknownNamesAreEmpty(String name) {
        assertThat(DateGranularity.named(name)).isEmpty();
    }
}
