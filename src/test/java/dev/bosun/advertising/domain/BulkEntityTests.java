package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkEntityTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            Campaign,                    CAMPAIGN
            Ad Group,                    AD_GROUP
            Product Ad,                  PRODUCT_AD
            Keyword,                     KEYWORD
            Negative keyword,            NEGATIVE_KEYWORD
            Campaign Negative Keyword,   CAMPAIGN_NEGATIVE_KEYWORD
            Product Targeting,           PRODUCT_TARGETING
            Negative Product Targeting,  NEGATIVE_PRODUCT_TARGETING
            Bidding Adjustment,          BIDDING_ADJUSTMENT
            Portfolio,                   -
            """)
    void readsTheEntityColumn(String text, BulkEntity expected) {
        assertThat(BulkEntity.named(text).orElse(null)).isEqualTo(expected);
    }
}
