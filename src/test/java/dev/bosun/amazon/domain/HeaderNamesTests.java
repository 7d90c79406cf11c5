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
            '（親）ASIN'                              | (親)asin
            'セッション数　-　合計'                       | セッション数 - 合計
            'Sitzungen – Summe – B2B'            | sitzungen - summe - b2b
            'Data/Ora:'                              | data/ora
            'Data/Ora'                               | data/ora
            '広告費売上高比率（ACOS）合計'                 | 広告費売上高比率(acos)合計
            '7 Tage, Umsatz gesamt (€)'              | 7 tage, umsatz gesamt
            """)
    void spellingsOfOneColumnCompareEqual(String header, String normalised) {
        assertThat(HeaderNames.normalise(header)).isEqualTo(normalised);
    }
}
