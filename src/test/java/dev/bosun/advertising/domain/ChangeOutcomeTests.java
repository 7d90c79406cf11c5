package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.ExpectedEffect;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Did a change move its watched figure as expected? The baseline is 14 days, the after window 7 or 14; spend and
 * orders compare per week, ACoS as the window's fraction; a move under 10 % is no move.
 */
class ChangeOutcomeTests {

    static final LocalDate EXPORTED = LocalDate.of(2026, 11, 1);

    static AdFigures figures(String spend, String sales, long orders) {
        return new AdFigures(
                1000, 50, new BigDecimal(spend), new BigDecimal(sales), orders, orders, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | metric | direction | value | base spend | base sales | base orders | days | spend | sales  | orders | before | after  | verdict
            negated term stops spending              | SPEND  | DOWN      | 14.00 | 28.00      | 0          | 0           | 7    | 0.00  | 0      | 0      | 14.00  | 0.00   | AS_EXPECTED
            negated term spends on (not uploaded?)   | SPEND  | DOWN      | 14.00 | 28.00      | 0          | 0           | 7    | 14.00 | 0      | 0      | 14.00  | 14.00  | NOT_AS_EXPECTED
            a drop under 10 % is no drop             | SPEND  | DOWN      | 14.00 | 28.00      | 0          | 0           | 14   | 26.00 | 0      | 0      | 14.00  | 13.00  | NOT_AS_EXPECTED
            14-day window compares per week          | SPEND  | DOWN      | 14.00 | 28.00      | 0          | 0           | 14   | 4.00  | 0      | 0      | 14.00  | 2.00   | AS_EXPECTED
            nothing spent before: no baseline        | SPEND  | DOWN      | 0     | 0.00       | 0          | 0           | 7    | 0.00  | 0      | 0      | 0.00   | 0.00   | UNDEFINED
            harvested term within target ACoS        | ACOS   | AT_MOST   | 0.30  | 28.00      | 350.00     | 14          | 7    | 20.00 | 100.00 | 4      | 0.0800 | 0.2000 | AS_EXPECTED
            harvested term above target ACoS         | ACOS   | AT_MOST   | 0.30  | 28.00      | 350.00     | 14          | 7    | 40.00 | 100.00 | 4      | 0.0800 | 0.4000 | NOT_AS_EXPECTED
            harvested term spends and sells nothing  | ACOS   | AT_MOST   | 0.30  | 28.00      | 350.00     | 14          | 7    | 10.00 | 0      | 0      | 0.0800 |        | NOT_AS_EXPECTED
            harvested term not shown at all          | ACOS   | AT_MOST   | 0.30  | 28.00      | 350.00     | 14          | 7    | 0.00  | 0      | 0      | 0.0800 |        | UNDEFINED
            raised bid brings more orders            | ORDERS | UP        | 2     | 28.00      | 350.00     | 14          | 7    | 20.00 | 200.00 | 10     | 7.00   | 10.00  | AS_EXPECTED
            raised bid, orders flat                  | ORDERS | UP        | 2     | 28.00      | 350.00     | 14          | 7    | 20.00 | 200.00 | 7      | 7.00   | 7.00   | NOT_AS_EXPECTED
            lowered bid brings ACoS down             | ACOS   | DOWN      | 0.25  | 40.00      | 100.00     | 4           | 14   | 30.00 | 100.00 | 4      | 0.4000 | 0.3000 | AS_EXPECTED
            ACoS before undefined                    | ACOS   | DOWN      | 0.25  | 40.00      | 0          | 0           | 14   | 30.00 | 100.00 | 4      |        | 0.3000 | UNDEFINED
            sales floor reached                      | SALES  | AT_LEAST  | 300   | 40.00      | 100.00     | 4           | 7    | 30.00 | 310.00 | 4      | 50.00  | 310.00 | AS_EXPECTED
            """)
    void judge(
            String name,
            ExpectedEffect.Metric metric,
            ExpectedEffect.Direction direction,
            String value,
            String baseSpend,
            String baseSales,
            long baseOrders,
            int days,
            String spend,
            String sales,
            long orders,
            String before,
            String after,
            ChangeOutcome.Verdict verdict) {
        ChangeOutcome o = ChangeOutcome.judge(
                new ExpectedEffect(metric, direction, new BigDecimal(value)),
                figures(baseSpend, baseSales, baseOrders),
                14,
                figures(spend, sales, orders),
                EXPORTED.plusDays(1),
                EXPORTED.plusDays(days));

        assertThat(o.days()).isEqualTo(days);
        assertThat(o.verdict()).isEqualTo(verdict);
        if (before == null) {
            assertThat(o.before()).isNull();
        } else {
            assertThat(o.before()).isEqualByComparingTo(before);
        }
        if (after == null) {
            assertThat(o.after()).isNull();
        } else {
            assertThat(o.after()).isEqualByComparingTo(after);
        }
    }
}
