package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BidPolicyTests {

    private final BidPolicy policy = BidPolicy.defaults();

    /**
     * Group: 1,000 clicks, 1,500.00 sales (1.50 a click). Target ACoS 30 %. Prior 30 clicks, ±20 %, 5 % at least.
     * Expected sales per click = (sales + 30 × 1.50) / (clicks + 30); ideal = 0.30 × that.
     */
    @ParameterizedTest(name = "bid {0}, {1} clicks, sales {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # bid,  clicks, sales,  proposed
            # no clicks, too few clicks: no proposal whatever the sales
            1.00,   0,      0,      -
            1.00,   19,     0,      -
            # 20 clicks, no sale: expected (0 + 45) / 50 = 0.90 → ideal 0.27, held at −20 %
            1.00,   20,     0,      0.80
            # 100 clicks selling 3.00 a click: expected (300 + 45) / 130 = 2.654 → ideal 0.796, +20 % at most
            0.50,   100,    300.00, 0.60
            # close to the ideal: (150 + 45) / 130 = 1.50 → 0.45, within 5 % of 0.45
            0.45,   100,    150.00, -
            # 400 clicks at 1.00 a click: (400 + 45) / 430 = 1.035 → ideal 0.31, 0.35 lowered 11 %
            0.35,   400,    400.00, 0.31
            # no bid known: nothing to step from
            -,      100,    300.00, -
            # already at Amazon's smallest bid: no lower
            0.02,   500,    0,      -
            """)
    void bidsFollowTheTargetWithCaution(BigDecimal bid, long clicks, BigDecimal sales, BigDecimal proposed) {
        var decision = policy.propose(
                bid, clicks, sales, 1000, new BigDecimal("1500.00"), new BigDecimal("0.30"), new BigDecimal("0.02"), 2);
        assertThat(decision.map(BidPolicy.Decision::proposed).orElse(null)).isEqualTo(proposed);
    }

    @ParameterizedTest
    @CsvSource({"100, 2", "2, 0"})
    void neverUnderAmazonsSmallestBid(BigDecimal bid, int scale) {
        BigDecimal min = scale == 0 ? BigDecimal.valueOf(2) : new BigDecimal("0.02");
        var decision = policy.propose(
                scale == 0 ? BigDecimal.valueOf(3) : new BigDecimal("0.03"),
                500,
                null,
                0,
                null,
                new BigDecimal("0.30"),
                min,
                scale);
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.proposed()).isEqualByComparingTo(min));
    }

    @ParameterizedTest
    @CsvSource({"20, 0.80", "2000, 0.80"})
    void aKeywordWithoutSalesShrinksTowardItsGroupButMovesOneStep(long clicks, BigDecimal proposed) {
        var decision = policy.propose(
                BigDecimal.ONE,
                clicks,
                null,
                1000,
                new BigDecimal("1500"),
                new BigDecimal("0.30"),
                new BigDecimal("0.02"),
                2);
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.proposed()).isEqualByComparingTo(proposed);
            assertThat(d.limited()).isTrue();
        });
    }
}
