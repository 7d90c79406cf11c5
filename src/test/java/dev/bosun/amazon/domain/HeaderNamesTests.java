package dev.bosun.amazon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderNamesTests {

    @ParameterizedTest(name = "[{0}] ~ [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            '7 Day Total Sales '                   | 7 day total sales
            '\uFEFFamazon-order-id'                | amazon-order-id
            '"Sessions - Total"'                   | sessions - total
            'Sessions – Total'                     | sessions - total
            '14 Day Total Sales (₹)'               | 14 day total sales
            '7 Day Total Orders (#)'               | 7 day total orders (#)
            'total_storage_fee'                    | total-storage-fee
            'Click-Thru  Rate (CTR)'               | click-thru rate (ctr)
            'ＳＫＵ'                                 | sku
            """)
    void spellingsOfOneColumnCompareEqual(String header, String normalised) {
        assertThat(HeaderNames.normalise(header)).isEqualTo(normalised);
    }
}
