package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClicksWithoutSaleTests {

    @ParameterizedTest(name = "{0} conversion, {1} confidence → {2} clicks")
    @CsvSource(textBlock = """
            # conversion | confidence | clicks
            0.10         | 0.90       | 22
            0.05         | 0.90       | 45
            0.13         | 0.99       | 34
            0.10         | 0.99       | 44
            0.50         | 0.90       | 10
            0.01         | 0.99       | 100
            0            | 0.99       | 100
            -1           | 0.99       | 100
            1            | 0.99       | 10
            """, delimiter = '|')
    void theClicksByWhichASaleWasExpected(double conversion, double confidence, int clicks) {
        assertThat(ClicksWithoutSale.limit(conversion, confidence, 10, 100)).isEqualTo(clicks);
    }

    @Test
    void atTheLimitTheChanceOfNoOrderIsAtMostOneMinusTheConfidence() {
        int n = ClicksWithoutSale.limit(0.08, 0.95, 1, 1000);

        assertThat(ClicksWithoutSale.chanceOfNone(0.08, n)).isLessThanOrEqualTo(0.05);
        assertThat(ClicksWithoutSale.chanceOfNone(0.08, n - 1)).isGreaterThan(0.05);
    }

    @Test
    void confidenceMustBeAProbability() {
        assertThatThrownBy(() -> ClicksWithoutSale.limit(0.1, 1, 10, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
