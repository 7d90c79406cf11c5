package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ratios come from the base figures; a report's own ratio columns are never used. */
class AdFiguresTests {

    @ParameterizedTest(name = "{0} impressions, {1} clicks, {2} spent, {3} sold, {4} orders")
    @CsvSource(nullValues = "-", textBlock = """
            # impressions, clicks, spend, sales, orders, ctr,       cpc,    acos,     roas,   conversion
            90,            1,      0.72,  10.99, 1,      0.01111111, 0.72,  0.06551410, 15.263889, 1
            195,           4,      139.75, 320.54, 1,    0.02051282, 34.9375, 0.4359830, 2.293667, 0.25
            52,            1,      0.33,  0,     0,      0.01923077, 0.33,  -,        0,      0
            0,             0,      0,     0,     0,      -,          -,     -,        -,      -
            14,            1,      31.35, -,     -,      0.07142857, 31.35, -,        -,      -
            """)
    void derivesRatiosFromTheBaseFigures(
            long impressions,
            long clicks,
            BigDecimal spend,
            BigDecimal sales,
            Long orders,
            BigDecimal ctr,
            BigDecimal cpc,
            BigDecimal acos,
            BigDecimal roas,
            BigDecimal conversion) {
        AdFigures figures = new AdFigures(impressions, clicks, spend, sales, orders, orders, null, null, null, null);

        assertRatio(figures.clickThroughRate().orElse(null), ctr);
        assertRatio(figures.costPerClick().orElse(null), cpc);
        assertRatio(figures.acos().orElse(null), acos);
        assertRatio(figures.roas().orElse(null), roas);
        assertRatio(figures.conversionRate().orElse(null), conversion);
    }

    private static void assertRatio(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual.subtract(expected).abs()).isLessThan(new BigDecimal("0.000001"));
        }
    }

    @Test
    void addingKeepsUnknownFiguresUnknownOnlyWhereBothAreUnknown() {
        AdFigures a =
                new AdFigures(100, 4, new BigDecimal("2.00"), new BigDecimal("20.00"), 1L, 1L, null, null, null, null);
        AdFigures b = new AdFigures(50, 1, new BigDecimal("0.50"), null, null, 2L, new BigDecimal("5"), 1L, null, null);

        AdFigures sum = a.plus(b);

        assertThat(sum.impressions()).isEqualTo(150);
        assertThat(sum.clicks()).isEqualTo(5);
        assertThat(sum.spend()).isEqualByComparingTo("2.50");
        assertThat(sum.sales()).isEqualByComparingTo("20.00");
        assertThat(sum.orders()).isEqualTo(1L);
        assertThat(sum.units()).isEqualTo(3L);
        assertThat(sum.advertisedSales()).isEqualByComparingTo("5");
        assertThat(sum.otherSales()).isNull();
        assertThat(sum.acos()).contains(new BigDecimal("0.125"));
    }

    @Test
    void negativeCountsAndMissingSpendAreRefused() {
        assertThatThrownBy(() -> new AdFigures(-1, 0, BigDecimal.ZERO, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdFigures(1, 0, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
