package dev.bosun.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.catalog.domain.SalesDrop.Cause;
import dev.bosun.catalog.domain.SalesDrop.Window;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesDropTests {

    @ParameterizedTest(name = "units {0}→{3}, sessions {1}→{4}, buy box {2}→{5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # units | sessions | buy box | units after | sessions after | buy box after | cause           | units change | severe
            100     | 1000     | 0.95    | 75          | 800            | 0.95          |                 |              |
            100     | 1000     | 0.95    | 70          | 700            | 0.95          | TRAFFIC_LOSS    | -0.3000      | false
            100     | 1000     | 0.95    | 60          | 1000           | 0.95          | CONVERSION_LOSS | -0.4000      | false
            100     | 1000     | 0.95    | 50          | 800            | 0.95          | CONVERSION_LOSS | -0.5000      | false
            100     | 1000     | 0.95    | 50          | 600            | 0.95          | TRAFFIC_LOSS    | -0.5000      | false
            100     | 1000     | 0.95    | 40          | 900            | 0.60          | BUY_BOX_LOSS    | -0.6000      | true
            100     | 1000     | 0.95    | 60          | 1000           | 0.86          | CONVERSION_LOSS | -0.4000      | false
            100     | 1000     | 0.95    | 60          | 1000           | 0.85          | BUY_BOX_LOSS    | -0.4000      | false
            100     | 1000     | 0.95    | 0           | 0              |               | TRAFFIC_LOSS    | -1.0000      | true
            100     | 1000     | 0.95    | 0           | 400            | 0.95          | CONVERSION_LOSS | -1.0000      | true
            9       | 100      | 0.95    | 0           | 0              | 0.95          |                 |              |
            100     |          |         | 50          |                |               | CONVERSION_LOSS | -0.5000      | false
            80      | 1000     | 0.95    | 120         | 1500           | 0.95          |                 |              |
            """)
    void aFallBeyondTheLimitIsDiagnosed(
            long units,
            Long sessions,
            BigDecimal buyBox,
            long unitsAfter,
            Long sessionsAfter,
            BigDecimal buyBoxAfter,
            Cause cause,
            BigDecimal unitsChange,
            Boolean severe) {
        Optional<SalesDrop.Diagnosis> d = SalesDrop.diagnose(
                new Window(units, sessions, buyBox, null),
                new Window(unitsAfter, sessionsAfter, buyBoxAfter, null),
                new BigDecimal("0.30"),
                10,
                new BigDecimal("0.10"));

        assertThat(d.map(SalesDrop.Diagnosis::cause).orElse(null)).isEqualTo(cause);
        d.ifPresent(diagnosis -> {
            assertThat(diagnosis.unitsChange()).isEqualByComparingTo(unitsChange);
            assertThat(diagnosis.severe()).isEqualTo(severe);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100 | 1000 | 0.1000 | 2000.00 | 20.00
            3   | 0    |        | 10.00   | 3.33
            0   | 10   | 0.0000 |         |
            """)
    void conversionAndAveragePriceOfAWindow(
            long units, long sessions, BigDecimal conversion, BigDecimal sales, BigDecimal price) {
        Window w = new Window(units, sessions, null, sales);

        if (conversion == null) {
            assertThat(w.conversion()).isNull();
        } else {
            assertThat(w.conversion()).isEqualByComparingTo(conversion);
        }
        if (price == null) {
            assertThat(w.averagePrice()).isNull();
        } else {
            assertThat(w.averagePrice()).isEqualByComparingTo(price);
        }
    }

    @ParameterizedTest(name = "{0} then {1} order items: chance {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # before | after | chance (to 4 significant digits)
            10       | 10    | 0.5881
            20       | 10    | 0.04937
            40       | 20    | 0.006745
            60       | 18    | 0.0000009865
            0        | 0     | 1
            15       | 0     | 0.00003052
            300      | 240   | 0.005559
            """)
    void theChanceOfAFallIsTheLowerTailOfCoinTosses(long before, long after, double chance) {
        assertThat(SalesDrop.chance(before, after))
                .isCloseTo(chance, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @ParameterizedTest(name = "items {0}→{1}, sessions {2}→{3}, buy box {4}→{5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # items | items after | sessions | sessions after | buy box | buy box after | cause
            20      | 10          | 200      | 190            | 0.98    | 0.98          |
            60      | 18          | 400      | 390            | 0.98    | 0.98          | CONVERSION_LOSS
            20      | 10          | 400      | 180            | 0.98    | 0.98          | TRAFFIC_LOSS
            20      | 10          | 200      | 190            | 0.98    | 0.40          | BUY_BOX_LOSS
            """)
    void aFallCountsOnlyBeyondChance(
            long items,
            long itemsAfter,
            long sessions,
            long sessionsAfter,
            BigDecimal buyBox,
            BigDecimal buyBoxAfter,
            Cause cause) {
        Optional<SalesDrop.Diagnosis> d = SalesDrop.diagnose(
                new Window(items, sessions, buyBox, null, items),
                new Window(itemsAfter, sessionsAfter, buyBoxAfter, null, itemsAfter),
                new BigDecimal("0.30"),
                10,
                new BigDecimal("0.10"),
                new BigDecimal("0.001"));

        assertThat(d.map(SalesDrop.Diagnosis::cause).orElse(null)).isEqualTo(cause);
    }
}
