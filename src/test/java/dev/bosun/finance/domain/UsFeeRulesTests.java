package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The US rate cards against figures worked out by hand from the fee facts (REFERENCE.md §4). Rows marked "worked
 * example" are the examples listed there; the others apply the same rules at the edges of tiers and bands.
 */
class UsFeeRulesTests {

    static final RateBook BOOK = RateBook.bundled(UsFeeRulesTests.class.getClassLoader());
    static final LocalDate IN_2025 = LocalDate.of(2025, 6, 10);
    static final LocalDate IN_2026 = LocalDate.of(2026, 6, 10);

    static FeeResult fees(String category, String price, String shipping, String dims, String weight, LocalDate date) {
        RateCard card = BOOK.cardFor(Marketplace.US, date).orElseThrow();
        return FeeRules.estimate(
                card,
                new FeeInput(
                        category,
                        new BigDecimal(price),
                        shipping == null ? null : new BigDecimal(shipping),
                        null,
                        PackageSize.parse(dims, weight),
                        date,
                        null,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0} at {1} + {2} shipping -> {3}")
    @CsvSource(textBlock = """
        # category,                price,   shipping, referral, closing
        HOME_KITCHEN,              25.00,   ,         3.75,     0.00
        HOME_KITCHEN,              1.50,    ,         0.30,     0.00
        BABY,                      9.99,    ,         0.80,     0.00
        BABY,                      10.49,   ,         1.57,     0.00
        ELECTRONICS_ACCESSORIES,   150.00,  ,         19.00,    0.00
        FURNITURE,                 300.00,  ,         40.00,    0.00
        HOME_KITCHEN,              20.00,   5.00,     3.75,     0.00
        BABY,                      10.00,   ,         0.80,     0.00
        BABY,                      3.00,    ,         0.30,     0.00
        BEAUTY_HEALTH_PERSONAL_CARE, 10.01, ,         1.50,     0.00
        ELECTRONICS_ACCESSORIES,   100.00,  ,         15.00,    0.00
        ELECTRONICS_ACCESSORIES,   1.00,    ,         0.30,     0.00
        COMPACT_APPLIANCES,        400.00,  ,         53.00,    0.00
        JEWELRY,                   300.00,  ,         52.50,    0.00
        WATCHES,                   2000.00, ,         255.00,   0.00
        CLOTHING_ACCESSORIES,      15.00,   ,         0.75,     0.00
        CLOTHING_ACCESSORIES,      15.01,   ,         1.50,     0.00
        CLOTHING_ACCESSORIES,      20.01,   ,         3.40,     0.00
        GROCERY_GOURMET,           1.00,    ,         0.08,     0.00
        BOOKS_MEDIA,               10.00,   ,         1.50,     1.80
        BOOKS_MEDIA,               1.00,    ,         0.15,     1.80
        AMAZON_DEVICE_ACCESSORIES, 19.99,   ,         9.00,     0.00
        """)
    void referralFees(String category, String price, String shipping, String referral, String closing) {
        FeeResult result = fees(category, price, shipping, "6x3x0.5in", "5oz", IN_2025);
        // Rows 1-6: the worked examples 1-6 of REFERENCE.md §4 (referral fees).
        assertThat(result.referralFee()).isEqualByComparingTo(referral);
        assertThat(result.closingFee()).isEqualByComparingTo(closing);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}, {4}")
    @CsvSource(textBlock = """
        # dims,          weight,  tier,                  shipping weight lb, fee
        6x3x0.5in,       5oz,     SMALL_STANDARD,        0.3125,    3.24
        12x10x6in,       2lb,     LARGE_STANDARD,        5.179856,  7.64
        15x12x0.75in,    16oz,    SMALL_STANDARD,        1,         3.65
        15x12x0.75in,    2oz,     SMALL_STANDARD,        0.125,     3.06
        15x12x0.75in,    2.01oz,  SMALL_STANDARD,        0.125625,  3.15
        15x12x0.76in,    16oz,    LARGE_STANDARD,        1,         4.55
        15.01x12x0.5in,  4oz,     LARGE_STANDARD,        0.647914,  4.15
        15x12x0.75in,    16.01oz, LARGE_STANDARD,        1.000625,  4.99
        10x6x3in,        1.2lb,   LARGE_STANDARD,        1.294964,  5.37
        8x6x2in,         3lb,     LARGE_STANDARD,        3,         6.62
        8x6x2in,         3.01lb,  LARGE_STANDARD,        3.01,      7.00
        8x6x2in,         3.25lb,  LARGE_STANDARD,        3.25,      7.00
        8x6x2in,         3.26lb,  LARGE_STANDARD,        3.26,      7.08
        18x14x8in,       20lb,    LARGE_STANDARD,        20,        12.36
        18.01x14x8in,    20lb,    LARGE_BULKY,           20,        16.83
        30x20x10in,      15lb,    LARGE_BULKY,           43.165468, 25.95
        30x20x10in,      1lb,     LARGE_BULKY,           43.165468, 25.95
        50x20x20in,      50lb,    LARGE_BULKY,           143.884892, 63.95
        59x33x32in,      50lb,    EXTRA_LARGE_70_150,    448.2302,  338.31
        20x10x10in,      50.01lb, EXTRA_LARGE_50_70,     50.01,     40.12
        20x10x10in,      51.5lb,  EXTRA_LARGE_50_70,     51.5,      40.87
        20x10x10in,      70.5lb,  EXTRA_LARGE_70_150,    70.5,      54.81
        20x10x10in,      160lb,   EXTRA_LARGE_150_PLUS,  160,       196.66
        60x10x10in,      20lb,    EXTRA_LARGE_0_50,      43.165468, 42.67
        """)
    void sizeTiersAndFbaFeesOfThe2024Card(String dims, String weight, String tier, String shippingLb, String fee) {
        // Row 1: worked example (5 oz phone case); row 2: worked example (dimensional weight 720/139 = 5.18 lb,
        // 9 started 4-oz steps above 3 lb). The other rows are the tier limits of §4 and the per-step formulas,
        // e.g. 15.01x12x0.5 in: 90.06/139 = 0.648 lb dimensional > 4 oz, so the 8-12 oz band of large standard.
        FeeResult result = fees("HOME_KITCHEN", "24.99", null, dims, weight, IN_2025);
        assertThat(result.tier().code()).isEqualTo(tier);
        assertThat(result.shippingWeight().in(dev.bosun.shared.WeightUnit.POUND).value())
                .isCloseTo(new BigDecimal(shippingLb), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        assertThat(result.fulfilmentFee()).isEqualByComparingTo(fee);
    }

    @Test
    void lengthAndGirthDecidesBetweenLargeBulkyAndExtraLarge() {
        // 50 + 2 x (20 + 20) = 130 in: large bulky; one more inch of girth is extra-large.
        assertThat(fees("HOME_KITCHEN", "24.99", null, "50x20x20in", "10lb", IN_2025)
                        .tier()
                        .code())
                .isEqualTo("LARGE_BULKY");
        assertThat(fees("HOME_KITCHEN", "24.99", null, "50x20.5x20in", "10lb", IN_2025)
                        .tier()
                        .code())
                .startsWith("EXTRA_LARGE");
    }

    @ParameterizedTest(name = "{0} at {1} on {2} -> {3}")
    @CsvSource(textBlock = """
        # dims/weight,       price, date,       fee,  band
        6x3x0.5in 5oz,       9.99,  2025-06-10, 2.47, UNDER_10
        6x3x0.5in 5oz,       10.00, 2025-06-10, 3.24, ''
        12x10x6in 2lb,       9.99,  2025-06-10, 6.87, UNDER_10
        6x3x0.5in 5oz,       9.99,  2026-06-10, 2.59, UNDER_10
        6x3x0.5in 5oz,       10.00, 2026-06-10, 3.49, FROM_10_TO_50
        6x3x0.5in 5oz,       50.00, 2026-06-10, 3.49, FROM_10_TO_50
        6x3x0.5in 5oz,       50.01, 2026-06-10, 3.75, OVER_50
        12x10x6in 2lb,       24.99, 2026-06-10, 7.69, FROM_10_TO_50
        12x10x6in 2lb,       80.00, 2026-06-10, 7.95, OVER_50
        12x10x6in 2lb,       9.99,  2026-06-10, 6.87, UNDER_10
        30x20x10in 15lb,     80.00, 2026-06-10, 25.95, ''
        6x3x0.5in 5oz,       24.99, 2026-01-14, 3.24, ''
        6x3x0.5in 5oz,       24.99, 2026-01-15, 3.49, FROM_10_TO_50
        """)
    void priceBandsAndTheCardInForceOnTheOrderDate(
            String package_, String price, String date, String fee, String band) {
        String[] parts = package_.split(" ");
        FeeResult result = fees("HOME_KITCHEN", price, null, parts[0], parts[1], LocalDate.parse(date));
        assertThat(result.fulfilmentFee()).isEqualByComparingTo(fee);
        assertThat(result.priceBand() == null ? "" : result.priceBand().code()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(textBlock = """
        # dims/weight,     date,       storage, peak
        10x6x3in 1.2lb,    2025-06-10, 0.08,    false
        10x6x3in 1.2lb,    2025-10-01, 0.25,    true
        10x6x3in 1.2lb,    2025-12-31, 0.25,    true
        10x6x3in 1.2lb,    2026-09-30, 0.08,    false
        30x20x10in 15lb,   2025-06-10, 1.94,    false
        30x20x10in 15lb,   2025-11-10, 4.86,    true
        """)
    void monthlyStorageByVolumeSizeAndSeason(String package_, String date, String storage, boolean peak) {
        // 10x6x3 in = 180 in³ = 0.1042 ft³: x 0.78 = 0.08, x 2.40 = 0.25; 30x20x10 = 3.472 ft³ oversize: x 0.56 =
        // 1.94, x 1.40 = 4.86.
        String[] parts = package_.split(" ");
        FeeResult result = fees("HOME_KITCHEN", "24.99", null, parts[0], parts[1], LocalDate.parse(date));
        assertThat(result.storageFeeMonthly()).isEqualByComparingTo(storage);
        assertThat(result.peakStorage()).isEqualTo(peak);
    }

    @ParameterizedTest(name = "{0} aged {1} days on {2}: {3}")
    @CsvSource(textBlock = """
        # category/dims,            age, date,       surcharge
        HOME_KITCHEN 10x6x3in,      180, 2025-06-10, 0.00
        HOME_KITCHEN 10x6x3in,      181, 2025-06-10, 0.05
        HOME_KITCHEN 10x6x3in,      271, 2025-06-10, 0.40
        HOME_KITCHEN 10x6x3in,      365, 2025-06-10, 0.44
        HOME_KITCHEN 10x6x3in,      366, 2025-06-10, 0.72
        HOME_KITCHEN 2x2x1in,       400, 2025-06-10, 0.15
        HOME_KITCHEN 10x6x3in,      500, 2026-06-10, 0.82
        HOME_KITCHEN 2x2x1in,       500, 2026-06-10, 0.35
        CLOTHING_ACCESSORIES 10x6x3in, 200, 2025-06-10, 0.00
        CLOTHING_ACCESSORIES 10x6x3in, 300, 2025-06-10, 0.40
        """)
    void agedInventorySurcharge(String item, int age, String date, String surcharge) {
        // 0.1042 ft³ x 0.50 = 0.05; x 3.80 = 0.40; x 4.20 = 0.44; x 6.90 = 0.72; x 7.90 = 0.82; 2x2x1 in = 0.0023
        // ft³, so the per-unit minimum (0.15, from 2026 above 455 days 0.35) applies.
        String[] parts = item.split(" ");
        RateCard card = BOOK.cardFor(Marketplace.US, LocalDate.parse(date)).orElseThrow();
        FeeResult result = FeeRules.estimate(
                card,
                new FeeInput(
                        parts[0],
                        new BigDecimal("24.99"),
                        null,
                        null,
                        PackageSize.parse(parts[1], "0.5lb"),
                        LocalDate.parse(date),
                        age,
                        null,
                        null));
        assertThat(result.agedInventorySurcharge()).isEqualByComparingTo(surcharge);
    }

    @ParameterizedTest(name = "{0}: days of supply {1}/{2} -> {3}")
    @CsvSource(textBlock = """
        # dims/weight,     short, long, fee,  date
        6x3x0.5in 5oz,     10,    20,   0.63, 2025-06-10
        6x3x0.5in 5oz,     10,    13.9, 0.89, 2025-06-10
        6x3x0.5in 5oz,     27.9,  27,   0.32, 2025-06-10
        6x3x0.5in 5oz,     20,    42.0, 0.00, 2025-06-10
        6x3x0.5in 5oz,     28,    5,    0.00, 2025-06-10
        10x6x3in 1.2lb,    5,     5,    0.97, 2025-06-10
        12x10x6in 2lb,     5,     5,    1.11, 2025-06-10
        12x10x6in 2lb,     15,    20,   0.87, 2025-06-10
        30x20x10in 15lb,   5,     5,    0.00, 2025-06-10
        """)
    void lowInventoryLevelFee(String package_, String shortTerm, String longTerm, String fee, String date) {
        // Row 4 is Amazon's example: short-term below 28 but long-term 42.0, so no fee. Large standard up to 3 lb
        // and above 3 lb have their own amounts; large bulky pays none before 2026.
        String[] parts = package_.split(" ");
        RateCard card = BOOK.cardFor(Marketplace.US, LocalDate.parse(date)).orElseThrow();
        FeeResult result = FeeRules.estimate(
                card,
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("24.99"),
                        null,
                        null,
                        PackageSize.parse(parts[0], parts[1]),
                        LocalDate.parse(date),
                        null,
                        new BigDecimal(shortTerm),
                        new BigDecimal(longTerm)));
        assertThat(result.lowInventoryFee()).isEqualByComparingTo(fee);
    }

    @Test
    void from2026LargeBulkyOwesTheLowInventoryFeeButItsAmountIsUnknown() {
        RateCard card = BOOK.cardFor(Marketplace.US, IN_2026).orElseThrow();
        FeeResult result = FeeRules.estimate(
                card,
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("80"),
                        null,
                        null,
                        PackageSize.parse("30x20x10in", "15lb"),
                        IN_2026,
                        null,
                        new BigDecimal("5"),
                        new BigDecimal("5")));
        assertThat(result.lowInventoryFee()).isNull();
        assertThat(result.remarks())
                .extracting(FeeResult.Remark::code)
                .contains(FeeResult.Code.LOW_INVENTORY_AMOUNT_UNKNOWN);
    }

    @Test
    void theBriefsExampleAddsUpAndNamesTheUnverifiedValuesItUsed() {
        // HOME_KITCHEN 24.99, 10x6x3 in, 1.2 lb on 2026-11-25: referral 15 % = 3.75; dimensional weight 180/139 =
        // 1.295 lb > 1.2 lb, large standard 1.25-1.5 lb = 5.37 + 0.05 ($10-$50 band) = 5.42; storage 0.1042 ft³ x
        // 2.40 (November) = 0.25; total 9.42.
        FeeResult result = fees("HOME_KITCHEN", "24.99", null, "10x6x3in", "1.2lb", LocalDate.of(2026, 11, 25));
        assertThat(result.referralFee()).isEqualByComparingTo("3.75");
        assertThat(result.fulfilmentFee()).isEqualByComparingTo("5.42");
        assertThat(result.storageFeeMonthly()).isEqualByComparingTo("0.25");
        assertThat(result.total()).isEqualByComparingTo("9.42");
        assertThat(result.used())
                .filteredOn(Rate::unverified)
                .extracting(Rate::key)
                .contains(
                        "referral.HOME_KITCHEN.rate",
                        "fulfilment.LARGE_STANDARD.1.5lb",
                        "price_band.FROM_10_TO_50.LARGE_STANDARD");
    }

    @Test
    void editsReplaceValuesAndAreKnownAsEdited() {
        RateCard card = BOOK.cardFor(Marketplace.US, IN_2025)
                .orElseThrow()
                .withEdits(java.util.Map.of(
                        "referral.HOME_KITCHEN.rate", new BigDecimal("17"), "no.such.key", BigDecimal.ONE));
        FeeResult result = FeeRules.estimate(
                card,
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("20"),
                        null,
                        null,
                        PackageSize.parse("6x3x0.5in", "5oz"),
                        IN_2025,
                        null,
                        null,
                        null));
        assertThat(result.referralFee()).isEqualByComparingTo("3.40");
        Rate rate = card.rate("referral.HOME_KITCHEN.rate").orElseThrow();
        assertThat(rate.edited()).isTrue();
        assertThat(rate.published()).isEqualByComparingTo("15");
    }

    @Test
    void unknownCategoriesAndDatesBeforeTheFirstCardAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> fees("SHOES", "10", null, "6x3x0.5in", "5oz", IN_2025))
                .hasMessageContaining("no referral fee for the category SHOES")
                .hasMessageContaining("HOME_KITCHEN");
        assertThat(BOOK.cardFor(Marketplace.US, LocalDate.of(2024, 4, 14))).isEmpty();
        assertThat(BOOK.cardFor(Marketplace.US, LocalDate.of(2024, 4, 15))
                        .orElseThrow()
                        .effective())
                .isEqualTo(LocalDate.of(2024, 4, 15));
    }
}
