package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.advertising.AdFigures;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACoS of the last 7 days against the 21 before, beyond chance, with its driver. */
class AcosRunawayTests {

    static AdFigures figures(long clicks, String spend, String sales, long orders) {
        return new AdFigures(
                clicks * 50,
                clicks,
                new BigDecimal(spend),
                new BigDecimal(sales),
                orders,
                orders,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                | clicks21 | spend21 | sales21 | orders21 | clicks7 | spend7 | sales7 | orders7 | driver
            clicks stopped converting             | 300      | 150.00  | 750.00  | 30       | 100     | 50.00  | 50.00  | 2       | CVR
            clicks got dearer (bid raised)        | 300      | 150.00  | 750.00  | 30       | 100     | 110.00 | 250.00 | 10      | CPC
            fewer and much smaller orders         | 900      | 450.00  | 2250.00 | 90       | 300     | 150.00 | 150.00 | 15      | ORDER_VALUE
            smaller orders alone: not beyond chance | 300    | 150.00  | 750.00  | 30       | 100     | 50.00  | 100.00 | 10      | null
            no order at all in a busy week        | 300      | 150.00  | 750.00  | 30       | 100     | 50.00  | 0      | 0       | CVR
            steady                                | 300      | 150.00  | 750.00  | 30       | 100     | 50.00  | 240.00 | 10      | null
            small campaign: one order short       | 45       | 22.50   | 150.00  | 6       | 15      | 7.50   | 25.00  | 1       | null
            too few clicks to tell                | 60       | 30.00   | 150.00  | 6       | 10      | 5.00   | 0      | 0       | null
            nothing sold before: no baseline      | 300      | 150.00  | 0       | 0        | 100     | 50.00  | 0      | 0       | null
            """)
    void diagnosis(
            String name,
            long clicks21,
            String spend21,
            String sales21,
            long orders21,
            long clicks7,
            String spend7,
            String sales7,
            long orders7,
            AcosRunaway.Driver driver) {
        Optional<AcosRunaway.Diagnosis> d = AcosRunaway.diagnose(
                figures(clicks21, spend21, sales21, orders21),
                figures(clicks7, spend7, sales7, orders7),
                0.5,
                30,
                0.005);

        assertThat(d.map(AcosRunaway.Diagnosis::driver).orElse(null)).isEqualTo(driver);
    }
}
