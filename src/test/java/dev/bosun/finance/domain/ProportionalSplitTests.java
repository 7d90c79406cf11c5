package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionalSplitTests {

    @ParameterizedTest(name = "{0} by {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00  | 1 1 1        | 2 | 33.34 33.33 33.33
            10.00   | 1 2          | 2 | 3.33 6.67
            10.00   | 2 1          | 2 | 6.67 3.33
            0.01    | 1 1          | 2 | 0.01 0.00
            0.01    | 1 3          | 2 | 0.00 0.01
            0.00    | 5 7          | 2 | 0.00 0.00
            1000    | 1 1 1        | 0 | 334 333 333
            1000.00 | 0 1          | 2 | 0.00 1000.00
            345.67  | 0.5 0.25 0.25 | 2 | 172.83 86.42 86.42
            -10.00  | 1 2          | 2 | -3.33 -6.67
            123.45  | 50 100       | 2 | 41.15 82.30
            """)
    void sharesToTheMinorUnitByLargestRemainder(String amount, String weights, int digits, String shares) {
        List<BigDecimal> result = ProportionalSplit.split(new BigDecimal(amount), numbers(weights), digits);

        assertThat(result).isEqualTo(numbers(shares));
        assertThat(result.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }

    @Test
    void theSharesAlwaysAddUpToTheAmount() {
        Random random = new Random(20240301);
        for (int round = 0; round < 2000; round++) {
            int parts = 1 + random.nextInt(12);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                weights.add(BigDecimal.valueOf(random.nextInt(5000), random.nextInt(4)));
            }
            if (weights.stream().allMatch(w -> w.signum() == 0)) {
                weights.set(0, BigDecimal.ONE);
            }
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_000), 2);

            List<BigDecimal> shares = ProportionalSplit.split(amount, weights, 2);

            assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
            BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < parts; i++) {
                BigDecimal exact = amount.multiply(weights.get(i)).divide(total, 10, java.math.RoundingMode.HALF_UP);
                assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void refusesWhatCannotBeShared() {
        assertThatThrownBy(() -> ProportionalSplit.split(new BigDecimal("1.005"), numbers("1 1"), 2))
                .hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> ProportionalSplit.split(BigDecimal.TEN, numbers("0 0"), 2))
                .hasMessageContaining("all zero");
        assertThatThrownBy(() -> ProportionalSplit.split(BigDecimal.TEN, numbers("1 -1"), 2))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> ProportionalSplit.split(BigDecimal.TEN, List.of(), 2))
                .hasMessageContaining("nothing to share");
    }

    private static List<BigDecimal> numbers(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(BigDecimal::new).toList();
    }
}
