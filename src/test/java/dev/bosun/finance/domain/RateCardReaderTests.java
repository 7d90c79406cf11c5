package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading rate card files: a good card, and every kind of broken card refused with file and entry named. */
class RateCardReaderTests {

    static final String CARD = """
            marketplace: DE
            effective: 2025-02-01
            currency: EUR
            length_unit: cm
            weight_unit: kg
            dimensional_weight_divisor: 5000
            referral:
              HOME_KITCHEN: {rate: 15%, minimum: 0.30}
              BABY:
                by: whole_price
                bands:
                  - {up_to: 10.00, rate: 8%}
                  - {rate: 15%}
            size_tiers:
              - {tier: ENVELOPE, max_longest: 33 cm, max_median: 23 cm, max_shortest: 2.5 cm, max_unit_weight: 460 g, packaging_weight: 20 g, round_up_to: 10 g, shipping_weight: unit, storage: standard}
              - {tier: PARCEL, max_longest: 45 cm, max_median: 34 cm, max_shortest: 26 cm, max_unit_weight: 12 kg, packaging_weight: 100 g, round_up_to: 100 g, shipping_weight: greater_of_unit_and_dimensional, storage: standard}
            fulfilment:
              ENVELOPE:
                bands:
                  - {up_to: 100 g, fee: 2.50}
                  - {up_to: 480 g, fee: 3.00}
              PARCEL:
                bands:
                  - {up_to: 1 kg, fee: 4.00}
                above: {from: 1 kg, fee: 4.00, plus: 0.50, per: 1 kg, unverified: true, note: made up for the test}
            """;

    static RateCard read(String text) {
        return RateCardReader.read("fees/test.yaml", text);
    }

    @Test
    void readsACardWithExactValuesKeysAndFlags() {
        RateCard card = read(CARD);
        assertThat(card.marketplace()).isEqualTo(Marketplace.DE);
        assertThat(card.effective()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(card.categories()).containsExactly("HOME_KITCHEN", "BABY");
        assertThat(card.values())
                .extracting(Rate::key)
                .containsExactly(
                        "referral.HOME_KITCHEN.rate",
                        "referral.HOME_KITCHEN.minimum",
                        "referral.BABY.rate.1",
                        "referral.BABY.rate.2",
                        "fulfilment.ENVELOPE.100g",
                        "fulfilment.ENVELOPE.480g",
                        "fulfilment.PARCEL.1kg",
                        "fulfilment.PARCEL.above.fee",
                        "fulfilment.PARCEL.above.plus");
        Rate minimum = card.rate("referral.HOME_KITCHEN.minimum").orElseThrow();
        assertThat(minimum.amount()).isEqualTo(new BigDecimal("0.30"));
        assertThat(minimum.unverified()).isFalse();
        Rate plus = card.rate("fulfilment.PARCEL.above.plus").orElseThrow();
        assertThat(plus.unverified()).isTrue();
        assertThat(plus.note()).isEqualTo("made up for the test");
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
    @CsvSource(textBlock = """
        # dims,        weight, tier,     shipping weight, fee
        20x15x1cm,     80g,    ENVELOPE, 0.1,   2.50
        20x15x1cm,     81g,    ENVELOPE, 0.11,  3.00
        33x23x2.5cm,   460g,   ENVELOPE, 0.48,  3.00
        33x23x2.6cm,   460g,   PARCEL,   0.6,   4.00
        40x30x20cm,    1kg,    PARCEL,   4.8,   6.00
        40x30x20cm,    5.01kg, PARCEL,   5.2,   6.50
        """)
    void packagingWeightDimensionalWeightAndRoundingMakeTheShippingWeight(
            String dims, String weight, String tier, String shippingKg, String fee) {
        // Envelope: unit weight + 20 g packaging, rounded up to 10 g. Parcel: unit weight + 100 g packaging or
        // dimensional weight (cm³ / 5000), whichever is greater, rounded up to 100 g; 40x30x20 = 24000 / 5000 = 4.8 kg.
        FeeResult result = FeeRules.estimate(
                read(CARD),
                new FeeInput(
                        "HOME_KITCHEN",
                        new BigDecimal("20"),
                        null,
                        null,
                        PackageSize.parse(dims, weight),
                        LocalDate.of(2025, 3, 1),
                        null,
                        null,
                        null));
        assertThat(result.tier().code()).isEqualTo(tier);
        assertThat(result.shippingWeight().value()).isEqualByComparingTo(shippingKg);
        assertThat(result.fulfilmentFee()).isEqualByComparingTo(fee);
        assertThat(result.storageFeeMonthly()).isNull();
        assertThat(result.remarks()).extracting(FeeResult.Remark::code).contains(FeeResult.Code.NO_STORAGE_RATES);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        # replace                               | with                                    | message
        'rate: 15%, minimum: 0.30'              | 'rate: fifteen, minimum: 0.30'          | fees/test.yaml: referral.HOME_KITCHEN.rate: expected a percentage like 15%, got 'fifteen'
        'rate: 15%, minimum: 0.30'              | 'rate: 15%, minimum: 30 cents'          | fees/test.yaml: referral.HOME_KITCHEN.minimum: expected an amount in EUR like 0.30, got '30 cents'
        'rate: 15%, minimum: 0.30'              | 'rate: 15%, minimun: 0.30'              | fees/test.yaml: referral.HOME_KITCHEN.minimun: unknown entry; expected one of
        'rate: 15%, minimum: 0.30'              | 'minimum: 0.30'                         | fees/test.yaml: referral.HOME_KITCHEN: give either 'rate' or 'bands'
        'rate: 15%, minimum: 0.30'              | 'rate: 150%'                            | fees/test.yaml: referral.HOME_KITCHEN.rate: a referral rate above 100% is not plausible
        '- {up_to: 10.00, rate: 8%}'            | '- {rate: 8%}'                          | fees/test.yaml: referral.BABY.bands[0]: every band but the last needs 'up_to'
        '- {rate: 15%}'                         | '- {up_to: 5, rate: 15%}'               | fees/test.yaml: referral.BABY.bands[1]: the last band has no 'up_to'
        'by: whole_price'                       | 'by: everything'                        | fees/test.yaml: referral.BABY.by: expected whole_price or portion, got 'everything'
        'currency: EUR'                         | 'currency: USD'                         | fees/test.yaml: currency: the DE marketplace settles in EUR, not USD
        'marketplace: DE'                       | 'marketplace: XX'                       | fees/test.yaml: marketplace: unknown marketplace code 'XX'
        'effective: 2025-02-01'                 | 'effective: 1 Feb 2025'                 | fees/test.yaml: effective: expected a date like 2026-01-15, got '1 Feb 2025'
        'effective: 2025-02-01'                 | 'effectiv: 2025-02-01'                  | fees/test.yaml: effectiv: unknown entry
        'length_unit: cm'                       | 'length_unit: furlong'                  | fees/test.yaml: length_unit: unknown unit of length 'furlong'
        '{up_to: 480 g, fee: 3.00}'             | '{up_to: 90 g, fee: 3.00}'              | fees/test.yaml: fulfilment.ENVELOPE.bands[1]: bands must be in ascending order of 'up_to'
        '{up_to: 480 g, fee: 3.00}'             | '{up_to: 480 stone, fee: 3.00}'         | fees/test.yaml: fulfilment.ENVELOPE.bands[1].up_to: unknown unit of weight 'stone'
        '  ENVELOPE:'                           | '  LETTER:'                             | fees/test.yaml: fulfilment.LETTER: no size tier LETTER is defined in size_tiers
        'tier: PARCEL,'                         | 'tier: ENVELOPE,'                       | fees/test.yaml: size_tiers[1].tier: the tier ENVELOPE is defined twice
        'storage: standard}'                    | 'storage: cold}'                        | fees/test.yaml: size_tiers[0].storage: expected standard or oversize, got 'cold'
        'dimensional_weight_divisor: 5000'      | 'notes: [none]'                         | fees/test.yaml: size_tiers[1].shipping_weight: the card has no dimensional_weight_divisor
        '    above: {from: 1 kg,'               | '    above: {from: 0.5 kg,'             | fees/test.yaml: fulfilment.PARCEL: 'above.from' must not be below the last band's 'up_to'
        'HOME_KITCHEN: {rate: 15%'              | 'HOME_KITCHEN: {rate: 15%}\n  HOME_KITCHEN: {rate: 15%' | fees/test.yaml: not valid YAML
        """)
    void aBrokenCardIsRefusedNamingFileAndEntry(String replace, String with, String message) {
        String broken = CARD.replace(replace, with.replace("\\n", "\n"));
        assertThat(broken).as("the test changes the card").isNotEqualTo(CARD);
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(RateCardException.class)
                .hasMessageStartingWith(message.strip());
    }

    @Test
    void sectionsThatAreMissingOrOfTheWrongShapeAreNamed() {
        assertThatThrownBy(() -> read("just text"))
                .hasMessage("fees/test.yaml: expected a mapping of entries at the top of the file");
        assertThatThrownBy(() -> read(CARD.replace("referral:", "referrals:")))
                .hasMessageStartingWith("fees/test.yaml: referrals: unknown entry");
        assertThatThrownBy(() -> read(CARD.substring(0, CARD.indexOf("fulfilment:"))))
                .hasMessage("fees/test.yaml: the entry 'fulfilment' is missing");
        assertThatThrownBy(() -> read(CARD + """
                aged_inventory:
                  volume_unit: ft
                  bands:
                    - {from_days: 181, to_days: 210, per_volume: 0.50}
                    - {from_days: 220, per_volume: 1.00}
                """))
                .hasMessage("fees/test.yaml: aged_inventory.bands[1]: bands must follow each other without gap or"
                        + " overlap (expected from_days 211)");
        assertThatThrownBy(() -> read(CARD + """
                low_inventory:
                  threshold_days: 28
                  applies_to: [ENVELOPE]
                  days_below: [14, 28]
                  rows:
                    - {tier: ENVELOPE, fees: [0.50]}
                """))
                .hasMessage(
                        "fees/test.yaml: low_inventory.rows[0]: 'fees' needs one amount per 'days_below' limit (2)");
    }

    @Test
    void refundAdministrationAndRemovalFeesAreValuesOfTheCard() {
        RateCard card = read(CARD + """
                refund_administration: {share: 20%, maximum: 5.00}
                removal:
                  unverified: true
                  standard:
                    bands:
                      - {up_to: 500 g, fee: 0.50}
                      - {up_to: 1 kg, fee: 0.75}
                    above: {from: 1 kg, fee: 1.00, plus: 0.40, per: 1 kg}
                  oversize: {bands: [{up_to: 5 kg, fee: 3.00}]}
                """);
        assertThat(card.values())
                .extracting(Rate::key)
                .contains(
                        "refund_administration.share",
                        "refund_administration.maximum",
                        "removal.standard.500g",
                        "removal.standard.1kg",
                        "removal.standard.above.fee",
                        "removal.standard.above.plus",
                        "removal.oversize.5kg");
        assertThat(card.rate("refund_administration.share").orElseThrow().amount())
                .isEqualByComparingTo("20");
        assertThat(card.rate("refund_administration.maximum").orElseThrow().unverified())
                .isFalse();
        assertThat(card.rate("removal.oversize.5kg").orElseThrow().unverified()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        # section                                                              | message
        'refund_administration: {share: 20%}'                                  | fees/test.yaml: refund_administration: the entry 'maximum' is missing
        'refund_administration: {share: 20 percent, maximum: 5.00}'            | fees/test.yaml: refund_administration.share: expected a percentage like 15%, got '20 percent'
        'removal: {note: nothing}'                                             | fees/test.yaml: removal: give the fees of 'standard', 'oversize' or both
        'removal: {bulky: {bands: [{up_to: 1 kg, fee: 1.00}]}}'                | fees/test.yaml: removal.bulky: unknown entry
        'removal: {standard: {bands: [{up_to: 1 kg, fee: 1.00}], above: {from: 2 kg, fee: 2.00, plus: 0.50, per: 1 kg}}}'   | fees/test.yaml: removal.standard: 'above' of removal fees starts at the last band's 'up_to' and goes per 1 kg
        'removal: {standard: {bands: [{up_to: 1 kg, fee: 1.00}], above: {from: 1 kg, fee: 2.00, plus: 0.50, per: 500 g}}}'  | fees/test.yaml: removal.standard: 'above' of removal fees starts at the last band's 'up_to' and goes per 1 kg
        'removal: {standard: {bands: [{up_to: 1000 g, fee: 1.00}], above: {from: 1000 g, fee: 2.00, plus: 0.50, per: 1 kg}}}' | fees/test.yaml: removal.standard: 'above' of removal fees starts at the last band's 'up_to' and goes per 1 g
        """)
    void aBrokenRefundOrRemovalEntryIsRefused(String section, String message) {
        assertThatThrownBy(() -> read(CARD + section + "\n"))
                .isInstanceOf(RateCardException.class)
                .hasMessageStartingWith(message.strip());
    }

    @Test
    void twoCardsOfOneMarketplaceAndDateAreRefused() {
        RateCard one = read(CARD);
        RateCard two = RateCardReader.read("fees/other.yaml", CARD);
        assertThatThrownBy(() -> new RateBook(List.of(one, two)))
                .isInstanceOf(RateCardException.class)
                .hasMessageContaining("fees/other.yaml: effective: another card (fees/test.yaml) is also effective for"
                        + " DE from 2025-02-01");
    }

    @Test
    void theBundledListIsReadFromTheClassPathAndABrokenOrMissingCardStopsIt(@TempDir Path dir) throws IOException {
        Path fees = Files.createDirectories(dir.resolve("fees"));
        Files.writeString(fees.resolve("cards.txt"), "# test cards\n\nde-test.yaml\n");
        Files.writeString(fees.resolve("de-test.yaml"), CARD);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            RateBook book = RateBook.bundled(loader);
            assertThat(book.cards()).extracting(RateCard::file).containsExactly("fees/de-test.yaml");
            assertThat(book.cardFor(Marketplace.DE, LocalDate.of(2025, 1, 31))).isEmpty();
            assertThat(book.cardFor(Marketplace.DE, LocalDate.of(2025, 2, 1))).isPresent();
        }
        Files.writeString(fees.resolve("de-test.yaml"), CARD.replace("fee: 3.00", "fee: three"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> RateBook.bundled(loader))
                    .isInstanceOf(RateCardException.class)
                    .hasMessage("fees/de-test.yaml: fulfilment.ENVELOPE.bands[1].fee: expected an amount in EUR like"
                            + " 0.30, got 'three'");
        }
        Files.writeString(fees.resolve("cards.txt"), "de-test.yaml\nmissing.yaml\n");
        Files.writeString(fees.resolve("de-test.yaml"), CARD);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> RateBook.bundled(loader))
                    .hasMessage("fees/missing.yaml: listed in fees/cards.txt but not found");
        }
    }

    @Test
    void everyCategoryAndTierOfTheBundledCardsHasAName() throws IOException {
        RateBook book = RateBook.bundled(getClass().getClassLoader());
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources", file))) {
                texts.load(in);
            }
            for (RateCard card : book.cards()) {
                for (String category : card.categories()) {
                    assertThat(texts).as(file + " names " + category).containsKey("fees.category." + category);
                }
                for (SizeTier tier : card.tiers()) {
                    assertThat(texts).as(file + " names " + tier.code()).containsKey("fees.tier." + tier.code());
                }
            }
        }
    }

    @Test
    void everyBundledCardIsListedReadAndCovered() throws IOException {
        RateBook book = RateBook.bundled(getClass().getClassLoader());
        Path folder = Path.of("src/main/resources/fees");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(p -> "fees/" + p.getFileName())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
            assertThat(book.cards()).extracting(RateCard::file).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        assertThat(book.marketplaces()).contains(Marketplace.US);
    }
}
