package dev.bosun.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.health.domain.RateWatch.Direction;
import dev.bosun.health.domain.RateWatch.Point;
import dev.bosun.health.domain.RateWatch.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateWatchTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** Rates given as "a b c" are reports 7 days apart, the last on DAY. */
    @ParameterizedTest(name = "{0}: {1} against {3} (warn {4}) → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # direction     | rates, oldest first        | horizon | line  | warn   | verdict     | days to line
            LOWER_IS_BETTER | 0.012                      | 14      | 0.01  | 0.008  | BEYOND      |
            LOWER_IS_BETTER | 0.01                       | 14      | 0.01  | 0.008  | BEYOND      |
            LOWER_IS_BETTER | 0.0099                     | 14      | 0.01  | 0.008  | APPROACHING |
            LOWER_IS_BETTER | 0.008                      | 14      | 0.01  | 0.008  | APPROACHING |
            LOWER_IS_BETTER | 0.0079                     | 14      | 0.01  | 0.008  | CLEAR       |
            LOWER_IS_BETTER | 0.002 0.002 0.002          | 14      | 0.01  | 0.008  | CLEAR       |
            LOWER_IS_BETTER | 0.001 0.003 0.005          | 14      | 0.01  | 0.008  | CLEAR       | 18
            LOWER_IS_BETTER | 0.001 0.003 0.005          | 30      | 0.01  | 0.008  | TRENDING    | 18
            LOWER_IS_BETTER | 0.001 0.003 0.005          | 18      | 0.01  | 0.008  | TRENDING    | 18
            LOWER_IS_BETTER | 0.006 0.004 0.002          | 14      | 0.01  | 0.008  | CLEAR       |
            LOWER_IS_BETTER | 0.002 0.006                | 14      | 0.01  | 0.008  | CLEAR       |
            LOWER_IS_BETTER | 0.002 0.004 0.006 0.009    | 14      | 0.01  | 0.008  | APPROACHING | 4
            HIGHER_IS_BETTER| 0.94                       | 14      | 0.95  | 0.96   | BEYOND      |
            HIGHER_IS_BETTER| 0.95                       | 14      | 0.95  | 0.96   | BEYOND      |
            HIGHER_IS_BETTER| 0.955                      | 14      | 0.95  | 0.96   | APPROACHING |
            HIGHER_IS_BETTER| 0.99 0.985 0.98 0.976      | 14      | 0.95  | 0.96   | CLEAR       | 39
            HIGHER_IS_BETTER| 0.99 0.98 0.97 0.965       | 30      | 0.95  | 0.96   | TRENDING    | 13
            HIGHER_IS_BETTER| 0.96 0.97 0.98 0.99        | 30      | 0.95  | 0.96   | CLEAR       |
            """)
    void readsTheLatestReportAndTheTrend(
            Direction direction,
            String rates,
            int horizon,
            BigDecimal line,
            BigDecimal warnAt,
            Verdict verdict,
            Integer daysToLine) {
        List<Point> points = new ArrayList<>();
        String[] values = rates.trim().split(" +");
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(DAY.minusDays(7L * (values.length - 1 - i)), new BigDecimal(values[i])));
        }

        RateWatch.Reading reading = RateWatch.read(points, direction, line, warnAt, horizon);

        assertThat(reading.verdict()).isEqualTo(verdict);
        assertThat(reading.latest().day()).isEqualTo(DAY);
        assertThat(reading.daysToLine()).isEqualTo(daysToLine);
    }

    @Test
    void theTrendIgnoresReportsOlderThanSixtyDaysAndProjectsFromTheLatest() {
        List<Point> points = List.of(
                new Point(DAY.minusDays(90), new BigDecimal("0.0001")),
                new Point(DAY.minusDays(14), new BigDecimal("0.004")),
                new Point(DAY.minusDays(7), new BigDecimal("0.004")),
                new Point(DAY, new BigDecimal("0.004")));

        RateWatch.Reading reading =
                RateWatch.read(points, Direction.LOWER_IS_BETTER, new BigDecimal("0.01"), new BigDecimal("0.008"), 14);

        assertThat(reading.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(reading.projected()).isEqualByComparingTo("0.004");
        assertThat(reading.projectedOn()).isEqualTo(DAY.plusDays(14));
    }

    @Test
    void reportsInAnyOrderAreSortedByDay() {
        List<Point> points = List.of(
                new Point(DAY, new BigDecimal("0.005")),
                new Point(DAY.minusDays(14), new BigDecimal("0.001")),
                new Point(DAY.minusDays(7), new BigDecimal("0.003")));

        RateWatch.Reading reading =
                RateWatch.read(points, Direction.LOWER_IS_BETTER, new BigDecimal("0.01"), new BigDecimal("0.008"), 21);

        assertThat(reading.latest().rate()).isEqualByComparingTo("0.005");
        assertThat(reading.verdict()).isEqualTo(Verdict.TRENDING);
        assertThat(reading.projected()).isEqualByComparingTo("0.011");
    }

    @Test
    void needsAReport() {
        assertThatThrownBy(
                        () -> RateWatch.read(List.of(), Direction.LOWER_IS_BETTER, BigDecimal.ONE, BigDecimal.ONE, 14))
                .hasMessageContaining("no reports");
    }
}
