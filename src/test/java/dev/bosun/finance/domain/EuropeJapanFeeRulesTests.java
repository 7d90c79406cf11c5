package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The German, British and Japanese cards: referral fees and the common FBA tiers, worked out by hand from the values
 * in the card files (their sources are named there; REFERENCE.md §4 covers only the US). Rows marked "Amazon's
 * example" repeat an example of an Amazon page.
 */
class EuropeJapanFeeRulesTests {

    static final RateBook BOOK = RateBook.bundled(EuropeJapanFeeRulesTests.class.getClassLoader());
    static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    static FeeResult fees(Marketplace marketplace, String category, String price, String dims, String weight) {
        return FeeRules.estimate(
                BOOK.cardFor(marketplace, DATE).orElseThrow(),
                new FeeInput(
                        category,
                        new BigDecimal(price),
                        null,
                        null,
                        PackageSize.parse(dims, weight),
                        DATE,
                        null,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0} {1} at {2} -> {3} + {4}")
    @CsvSource(textBlock = """
        # mkt, category,                   price,    referral, closing
        DE,    HOME_KITCHEN,               24.99,    3.75,     0.00
        DE,    HOME_KITCHEN,               1.00,     0.15,     0.00
        DE,    BABY,                       10.00,    0.80,     0.00
        DE,    BABY,                       10.01,    1.50,     0.00
        DE,    FURNITURE,                  300.00,   40.00,    0.00
        DE,    JEWELRY,                    300.00,   52.50,    0.00
        DE,    CONSUMER_ELECTRONICS,       199.00,   13.93,    0.00
        UK,    HOME_KITCHEN,               20.00,    3.06,     0.00
        UK,    HOME_KITCHEN,               1.00,     0.25,     0.00
        UK,    AUTOMOTIVE,                 100.00,   11.93,    0.00
        UK,    FURNITURE,                  275.00,   36.98,    0.00
        UK,    BABY,                       9.99,     0.82,     0.00
        UK,    GROCERY_GOURMET,            2.00,     0.16,     0.00
        JP,    CONSUMER_ELECTRONICS,       20000,    1600,     0
        JP,    CONSUMER_ELECTRONICS,       300,      30,       0
        JP,    BEAUTY_HEALTH_PERSONAL_CARE, 1500,    120,      0
        JP,    BEAUTY_HEALTH_PERSONAL_CARE, 1501,    150,      0
        JP,    LAWN_GARDEN,                700,      35,       0
        JP,    LAWN_GARDEN,                751,      113,      0
        JP,    BOOKS_MEDIA,                1000,     150,      140
        JP,    VIDEO_GAMES,                100,      15,       0
        """)
    void referralFees(Marketplace marketplace, String category, String price, String referral, String closing) {
        // UK AUTOMOTIVE 100: Amazon's example of the 2021 change, 15.3 % of 45 + 9.18 % of 55 = 11.93. UK FURNITURE
        // 275: 15.3 % of 175 + 10.2 % of 100 = 26.775 + 10.20 = 36.98. JP LAWN_GARDEN 751: 15 % of 751 = 112.65 ->
        // 113 yen. DE has no minimum (0.15 for 1 EUR); the UK keeps 0.25 (unverified).
        FeeResult result = fees(marketplace, category, price, "10x8x2cm", "100g");
        assertThat(result.referralFee()).isEqualByComparingTo(referral);
        assertThat(result.closingFee()).isEqualByComparingTo(closing);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource(textBlock = """
        # mkt, dims,             weight, tier,              fee
        JP,    19.4x11.8x0.3cm,  0.01kg, SMALL,             288
        JP,    8.5x7.0x2.3cm,    0.05kg, STANDARD_1,        318
        JP,    25x18x2cm,        200g,   SMALL,             288
        JP,    25x18x2cm,        201g,   STANDARD_1,        318
        JP,    30x20x10cm,       1.85kg, STANDARD_2,        434
        JP,    30x20x10cm,       1.86kg, STANDARD_3,        514
        JP,    45x35x20cm,       8.85kg, STANDARD_4,        603
        JP,    46x10x4cm,        1kg,    OVERSIZE_1,        589
        JP,    100x50x30cm,      20kg,   OVERSIZE_7,        1532
        JP,    100x60x30cm,      20kg,   OVERSIZE_8,        1756
        JP,    100x60x50cm,      45kg,   SUPERSIZE_2,       3573
        JP,    100x80x50cm,      10kg,   SUPERSIZE_3,       4496
        UK,    20x15x1cm,        80g,    SMALL_ENVELOPE,    1.83
        UK,    20x15x1.1cm,      80g,    STANDARD_ENVELOPE, 2.19
        UK,    33x23x4cm,        900g,   LARGE_ENVELOPE,    2.63
        UK,    30x20x10cm,       1kg,    SMALL_PARCEL,      3.00
        UK,    40x30x20cm,       3kg,    OVERSIZE,          6.25
        UK,    40x30x10cm,       3kg,    STANDARD_PARCEL,   4.26
        DE,    20x15x1cm,        80g,    STANDARD,          2.50
        DE,    40x30x20cm,       1.5kg,  STANDARD,          4.85
        DE,    40x30x20cm,       250g,   STANDARD,          2.85
        """)
    void commonFbaTiers(Marketplace marketplace, String dims, String weight, String tier, String fee) {
        // JP rows 1-2 are Amazon's examples (SD card, thermo-hygrometer). JP weights include the packaging
        // allowance: 200 g + 50 g = 250 g is still small, 201 g is not; 1.85 kg + 150 g = 2 kg. UK 40x30x20 cm:
        // dimensional weight 24000 / 5000 = 4.8 kg > 3.9 kg, so oversize: 5.95 + 1 started kg x 0.30 = 6.25.
        // Oversize and supersize go by the sum of the sides: 100x60x30 = 190 cm is band 8 (up to 200 cm).
        // DE charges the unit weight only (no dimensional weight since 2025-10-15).
        FeeResult result = fees(marketplace, "CONSUMER_ELECTRONICS", "100", dims, weight);
        assertThat(result.tier().code()).isEqualTo(tier);
        assertThat(result.fulfilmentFee()).isEqualByComparingTo(fee);
    }

    @ParameterizedTest(name = "{0}: {1} {2} has no known FBA fee")
    @CsvSource(textBlock = """
        DE, 50x40x30cm, 3kg
        DE, 40x30x20cm, 2.5kg
        """)
    void whereTheCardHasNoFeeItSaysSo(Marketplace marketplace, String dims, String weight) {
        FeeResult result = fees(marketplace, "HOME_KITCHEN", "30", dims, weight);
        assertThat(result.fulfilmentFee()).isNull();
        assertThat(result.remarks()).extracting(FeeResult.Remark::code).contains(FeeResult.Code.NO_FULFILMENT_FEE);
        assertThat(result.perSale()).isEqualByComparingTo(result.referralFee());
    }

    @ParameterizedTest(name = "DE storage {0} in {1}: {2}")
    @CsvSource(textBlock = """
        40x30x20cm, 2026-03-02, 0.62
        40x30x20cm, 2026-11-02, 0.86
        """)
    void germanStorageIsPerCubicMetre(String dims, String date, String storage) {
        // 0.4 x 0.3 x 0.2 m = 0.024 m³: x 26 = 0.624, x 36 = 0.864.
        FeeResult result = FeeRules.estimate(
                BOOK.cardFor(Marketplace.DE, LocalDate.parse(date)).orElseThrow(),
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("30"),
                        null,
                        null,
                        PackageSize.parse(dims, "1kg"),
                        LocalDate.parse(date),
                        null,
                        null,
                        null));
        assertThat(result.storageFeeMonthly()).isEqualByComparingTo(storage);
    }

    @ParameterizedTest(name = "JP storage {0} in {1}: {2}")
    @CsvSource(textBlock = """
        # 0.4 x 0.3 x 0.2 m = 0.024 m³: x 7,800 = 187.2, x 9,000 = 216; 0.001 m³ x 7,800 = 7.8
        40x30x20cm, 2026-03-02, 187
        40x30x20cm, 2026-11-02, 216
        10x10x10cm, 2026-03-02, 8
        70x50x30cm, 2026-03-02, 819
        """)
    void japaneseStorageIsPerCubicMetreForEverySize(String dims, String date, String storage) {
        FeeResult result = FeeRules.estimate(
                BOOK.cardFor(Marketplace.JP, LocalDate.parse(date)).orElseThrow(),
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("3000"),
                        null,
                        null,
                        PackageSize.parse(dims, "1kg"),
                        LocalDate.parse(date),
                        null,
                        null,
                        null));
        assertThat(result.storageFeeMonthly()).isEqualByComparingTo(storage);
    }
}
