package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The refund administration fee and the removal fees of the bundled cards, value by value (their sources are named
 * in the card files: Amazon's help pages for the refund fee, a third-party copy of Amazon's removal table).
 */
class RefundAndRemovalRatesTests {

    static final RateBook BOOK = RateBook.bundled(RefundAndRemovalRatesTests.class.getClassLoader());

    @ParameterizedTest(name = "{0} on {1}: {2} % up to {3}")
    @CsvSource(textBlock = """
        # mkt, day,        share, maximum, unverified
        US,    2025-06-01, 20,    5.00,    false
        US,    2026-02-01, 20,    5.00,    false
        DE,    2026-03-01, 20,    5.00,    true
        UK,    2026-03-01, 20,    5.00,    true
        JP,    2026-03-01, 10,    500,     false
        """)
    void everyCardKeepsAShareOfTheReferralFeeOnRefunds(
            Marketplace marketplace, LocalDate day, String share, String maximum, boolean unverified) {
        RateCard card = BOOK.cardFor(marketplace, day).orElseThrow();
        Rate rate = card.rate("refund_administration.share").orElseThrow();
        assertThat(rate.amount()).isEqualByComparingTo(share);
        assertThat(rate.unverified()).isEqualTo(unverified);
        assertThat(card.rate("refund_administration.maximum").orElseThrow().amount())
                .isEqualByComparingTo(maximum);
    }

    @ParameterizedTest(name = "US on {0}: {1} = {2}")
    @CsvSource(textBlock = """
        # day,     key,                          fee
        2025-06-01, removal.standard.0.5lb,      1.04
        2026-02-01, removal.standard.0.5lb,      0.84
        2026-02-01, removal.standard.1lb,        1.53
        2026-02-01, removal.standard.2lb,        2.27
        2026-02-01, removal.standard.above.fee,  2.89
        2026-02-01, removal.standard.above.plus, 1.06
        2025-06-01, removal.oversize.1lb,        3.12
        2025-06-01, removal.oversize.10lb,       10.04
        2026-02-01, removal.oversize.above.fee,  14.32
        """)
    void usRemovalFeesByShippingWeight(LocalDate day, String key, String fee) {
        Rate rate = BOOK.cardFor(Marketplace.US, day).orElseThrow().rate(key).orElseThrow();
        assertThat(rate.amount()).isEqualByComparingTo(fee);
        assertThat(rate.unverified()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(textBlock = """
        # mkt, key,                          fee,   unverified (Europe: an undated Amazon table, a later copy differs)
        DE,    removal.standard.200g,        0.29,  true
        DE,    removal.standard.500g,        0.39,  true
        DE,    removal.standard.1kg,         0.78,  true
        DE,    removal.standard.above.fee,   0.97,  true
        DE,    removal.standard.above.plus,  0.57,  true
        DE,    removal.oversize.500g,        0.97,  true
        DE,    removal.oversize.1kg,         1.94,  true
        DE,    removal.oversize.2kg,         2.36,  true
        DE,    removal.oversize.5kg,         3.32,  true
        DE,    removal.oversize.above.fee,   3.90,  true
        DE,    removal.oversize.above.plus,  0.57,  true
        UK,    removal.standard.200g,        0.29,  true
        UK,    removal.standard.above.plus,  0.57,  true
        UK,    removal.oversize.5kg,         3.32,  true
        JP,    removal.standard.200g,        30,    false
        JP,    removal.standard.500g,        45,    false
        JP,    removal.standard.1000g,       60,    false
        JP,    removal.standard.above.fee,   100,   false
        JP,    removal.standard.above.plus,  0.04,  false
        JP,    removal.oversize.500g,        80,    false
        JP,    removal.oversize.1000g,       110,   false
        JP,    removal.oversize.2000g,       140,   false
        JP,    removal.oversize.5000g,       200,   false
        JP,    removal.oversize.above.fee,   350,   false
        JP,    removal.oversize.above.plus,  0.04,  false
        """)
    void europeanAndJapaneseRemovalFeesByShippingWeight(
            Marketplace marketplace, String key, String fee, boolean unverified) {
        Rate rate = BOOK.cardFor(marketplace, LocalDate.of(2026, 3, 1))
                .orElseThrow()
                .rate(key)
                .orElseThrow();
        assertThat(rate.amount()).isEqualByComparingTo(fee);
        assertThat(rate.unverified()).isEqualTo(unverified);
    }
}
