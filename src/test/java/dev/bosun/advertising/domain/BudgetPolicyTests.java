package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetPolicyTests {

    private final BudgetPolicy policy = BudgetPolicy.defaults();

    /** Budget 20.00 a day, 7 days, target 30 %, break-even as given. */
    @ParameterizedTest(name = "{0} capped, {1} clicks, spend {2}, sales {3}, orders {4} → {6} {7}")
    @CsvSource(nullValues = "-", textBlock = """
            # capped, clicks, spend,  sales,  orders, breakEven, direction, proposed, spend/week, sales/week
            # capped 3 of 7 days at ACoS 20 %: +3/7 → 28.57; the raise spent on the 3 capped days
            3,        300,    130.00, 650.00, 30,     -,         RAISE,     28.57,    25.71,      128.55
            # capped 7 of 7: +50 % at most
            7,        300,    140.00, 700.00, 30,     -,         RAISE,     30.00,    70.00,      350.00
            # capped once: not a pattern
            1,        300,    130.00, 650.00, 30,     -,         -,         -,        -,          -
            # capped but above target: the bids, not the budget
            3,        300,    130.00, 300.00, 10,     -,         -,         -,        -,          -
            # spends its budget without an order after 20 clicks: −30 %
            0,        60,     140.00, 0,      0,      -,         LOWER,     14.00,    -42.00,     0.00
            # no order but only 19 clicks: not yet wasteful
            0,        19,     140.00, 0,      0,      -,         -,         -,        -,          -
            # ACoS 70 % > 2 × 30 %: toward 20 × 0.3 / 0.7 = 8.57, held at −30 %
            0,        300,    140.00, 200.00, 8,      -,         LOWER,     14.00,    -42.00,     -60.00
            # ACoS 50 % above break-even 40 %: toward 20 × 0.3 / 0.5 = 12, held at 14
            0,        300,    140.00, 280.00, 9,      0.40,      LOWER,     14.00,    -42.00,     -84.00
            # ACoS 50 %, no break-even, under 2 × target: no cut
            0,        300,    140.00, 280.00, 9,      -,         -,         -,        -,          -
            # wasteful but spends 5 a day of 20: the budget is not the lever
            0,        300,    35.00,  0,      0,      -,         -,         -,        -,          -
            """)
    void budgetsFollowCapsAndWaste(
            int capped,
            long clicks,
            BigDecimal spend,
            BigDecimal sales,
            Long orders,
            BigDecimal breakEven,
            String direction,
            BigDecimal proposed,
            BigDecimal spendWeek,
            BigDecimal salesWeek) {
        var decision = policy.propose(
                new BigDecimal("20.00"),
                7,
                capped,
                clicks,
                spend,
                sales,
                orders,
                new BigDecimal("0.30"),
                breakEven,
                BigDecimal.ONE,
                2);
        if (direction == null) {
            assertThat(decision).isEmpty();
            return;
        }
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.direction().name()).isEqualTo(direction);
            assertThat(d.proposed()).isEqualByComparingTo(proposed);
            assertThat(d.spendChangePerWeek()).isEqualByComparingTo(spendWeek);
            assertThat(d.salesChangePerWeek()).isEqualByComparingTo(salesWeek);
        });
    }

    @ParameterizedTest
    @CsvSource({"1.20, 1.00"})
    void neverUnderAmazonsSmallestBudget(BigDecimal budget, BigDecimal floor) {
        var decision = policy.propose(
                budget, 7, 0, 100, new BigDecimal("8.00"), null, 0L, new BigDecimal("0.30"), null, floor, 2);
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.proposed()).isEqualByComparingTo(floor));
    }
}
