package dev.bosun.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who fulfils a listing, from the fulfillment-channel of the merchant listings reports. */
class FulfillmentChannelTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            DEFAULT,   MFN
            default,   MFN
            AMAZON_NA, AFN
            AMAZON_EU, AFN
            AMAZON_FE, AFN
            AMAZON_IN, AFN
            ' AMAZON_JP ', AFN
            ,
            '',
            SOMETHING,
            """)
    void fulfilledBy(String channel, String expected) {
        assertThat(FulfillmentChannel.fulfilledBy(channel)).isEqualTo(expected);
    }
}
