package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ratios of the operator's day and when they are undefined: never 0 or infinity in place of "undefined". */
class AdMeasuresTests {

    static AdMeasures measures(long impressions, long clicks, String spend, String sales, long orders, String total) {
        return new AdMeasures(
                new AdFigures(
                        impressions,
                        clicks,
                        new BigDecimal(spend),
                        sales == null ? null : new BigDecimal(sales),
                        orders,
                        orders,
                        null,
                        null,
                        null,
                        null),
                total == null ? null : new BigDecimal(total));
    }

    static String shown(Optional<BigDecimal> ratio) {
        return ratio.map(r -> r.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString())
                .orElse("—");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                         | impr | clicks | spend  | sales  | orders | total  | CTR    | CPC    | CVR    | ACoS   | ROAS    | TACoS  | share
            ordinary                       | 1000 | 20     | 10.00  | 40.00  | 2      | 200.00 | 0.0200 | 0.5000 | 0.1000 | 0.2500 | 4.0000  | 0.0500 | 0.2000
            zero clicks: CTR defined       | 1000 | 0      | 0      | 0      | 0      | 200.00 | 0.0000 | —      | —      | —      | —       | 0.0000 | 0.0000
            no impressions at all          | 0    | 0      | 0      | 0      | 0      | null   | —      | —      | —      | —      | —       | —      | —
            clicks and no sales            | 500  | 10     | 5.00   | 0      | 0      | 100.00 | 0.0200 | 0.5000 | 0.0000 | —      | 0.0000  | 0.0500 | 0.0000
            sales unknown in the report    | 500  | 10     | 5.00   | null   | 0      | null   | 0.0200 | 0.5000 | 0.0000 | —      | 0.0000  | —      | —
            total sales zero               | 500  | 10     | 5.00   | 30.00  | 1      | 0      | 0.0200 | 0.5000 | 0.1000 | 0.1667 | 6.0000  | —      | —
            sales without spend            | 100  | 0      | 0      | 25.00  | 1      | 50.00  | 0.0000 | —      | —      | 0.0000 | —       | 0.0000 | 0.5000
            """)
    void ratiosAndWhenTheyAreUndefined(
            String name,
            long impressions,
            long clicks,
            String spend,
            String sales,
            long orders,
            String total,
            String ctr,
            String cpc,
            String cvr,
            String acos,
            String roas,
            String tacos,
            String share) {
        AdMeasures m = measures(impressions, clicks, spend, sales, orders, total);

        assertThat(shown(m.ctr())).as("CTR").isEqualTo(ctr);
        assertThat(shown(m.cpc())).as("CPC").isEqualTo(cpc);
        assertThat(shown(m.cvr())).as("CVR").isEqualTo(cvr);
        assertThat(shown(m.acos())).as("ACoS").isEqualTo(acos);
        assertThat(shown(m.roas())).as("ROAS").isEqualTo(roas);
        assertThat(shown(m.tacos())).as("TACoS").isEqualTo(tacos);
        assertThat(shown(m.adShareOfSales())).as("ad share").isEqualTo(share);
    }

    @Test
    void periodsAddUpAndKeepAnUnknownTotalUnknownOnlyWhereBothAre() {
        AdMeasures a = measures(100, 10, "5", "20", 1, null);
        AdMeasures b = measures(100, 10, "5", "20", 1, "100");

        AdMeasures sum = a.plus(b);

        assertThat(sum.clicks()).isEqualTo(20);
        assertThat(sum.totalSales()).isEqualByComparingTo("100");
        assertThat(a.plus(a).totalSales()).isNull();
        assertThat(sum.acos()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
    }
}
