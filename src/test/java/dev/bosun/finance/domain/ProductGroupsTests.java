package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee preview's product groups as the fee categories of the rate cards, from the bundled mapping. */
class ProductGroupsTests {

    static ProductGroups bundled() throws IOException {
        try (InputStream in = ProductGroupsTests.class.getClassLoader().getResourceAsStream(ProductGroups.FILE)) {
            return ProductGroups.read(ProductGroups.FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0} on the {1} card → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Home & Kitchen            | US | HOME_KITCHEN
            home and kitchen          | US | HOME_KITCHEN
            Küche, Haushalt & Wohnen  | DE | HOME_KITCHEN
            Pet Supplies              | US | PET_SUPPLIES
            Pet Supplies              | DE | EVERYTHING_ELSE
            Beauty & Personal Care    | JP | BEAUTY_HEALTH_PERSONAL_CARE
            Garden gnomes             | US |
            """)
    void aProductGroupIsTheFirstOfItsCategoriesTheCardKnows(String group, String marketplace, String category)
            throws IOException {
        RateBook cards = RateBook.bundled(getClass().getClassLoader());
        RateCard card = cards.cardFor(
                        dev.bosun.shared.Marketplace.find(marketplace).orElseThrow(),
                        java.time.LocalDate.of(2026, 1, 1))
                .orElseThrow();
        assertThat(bundled().categoryOn(group, card.categories()).orElse(null)).isEqualTo(category);
    }

    @Test
    void everyCategoryOfTheMappingIsOnSomeRateCard() throws IOException {
        RateBook cards = RateBook.bundled(getClass().getClassLoader());
        List<String> known = cards.cards().stream()
                .flatMap(c -> c.categories().stream())
                .distinct()
                .toList();
        String text = new String(
                getClass()
                        .getClassLoader()
                        .getResourceAsStream(ProductGroups.FILE)
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        text.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .flatMap(l -> java.util.Arrays.stream(
                        l.substring(l.lastIndexOf('=') + 1).split(",")))
                .map(String::strip)
                .forEach(code -> assertThat(known).as(code).contains(code));
    }

    @Test
    void aBrokenLineIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> ProductGroups.read("groups.txt", "# ok\nHome = HOME_KITCHEN\nToys = toys"))
                .hasMessageContaining("groups.txt line 3");
    }
}
