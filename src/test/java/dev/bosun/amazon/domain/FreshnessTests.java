package dev.bosun.amazon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshnessTests {

    static final LocalDate REVIEW = LocalDate.of(2026, 11, 20);

    /** Days are given as "days before the review date", e.g. "9 8 7". */
    @ParameterizedTest(name = "data {0} days before, grace {1} → late: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # days before the review date | grace | late | last day ago | rhythm
            3 2 1                         | 1     | false |             |
            4 3 2                         | 1     | false |             |
            5 4 3                         | 1     | true  | 3           | 1
            5 4 3                         | 2     | false |             |
            10 9 8 7 6 5                  | 1     | true  | 5           | 1
            21 14 7                       | 1     | false |             |
            22 15 8                       | 1     | false |             |
            23 16 9                       | 1     | true  | 9           | 7
            9                             | 1     | false |             |
            12 12 12                      | 1     | false |             |
            30 9 8 7 6                    | 1     | true  | 6           | 1
            -1 5 4                        | 1     | true  | 4           | 1
            """)
    void aRegularReportIsLateWhenItsLatestDataIsOlderThanItsRhythmPlusGrace(
            String daysBefore, int grace, boolean late, Integer lastDayAgo, Integer rhythm) {
        List<LocalDate> days = Arrays.stream(daysBefore.trim().split(" +"))
                .map(d -> REVIEW.minusDays(Integer.parseInt(d)))
                .toList();

        Optional<Freshness.Late> result = Freshness.check(days, REVIEW, grace);

        assertThat(result.isPresent()).isEqualTo(late);
        result.ifPresent(l -> {
            assertThat(l.lastDay()).isEqualTo(REVIEW.minusDays(lastDayAgo));
            assertThat(l.ageDays()).isEqualTo(lastDayAgo.longValue());
            assertThat(l.rhythmDays()).isEqualTo(rhythm.longValue());
        });
    }
}
