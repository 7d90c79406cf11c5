package dev.bosun.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarketplaceTests {

    @ParameterizedTest
    @CsvSource({
        "US, ATVPDKIKX0DER,  NA, USD, America/Los_Angeles, amazon.com",
        "CA, A2EUQ1WTGCTBG2, NA, CAD, America/Los_Angeles, amazon.ca",
        "DE, A1PA6795UKMFR9, EU, EUR, Europe/Berlin,       amazon.de",
        "UK, A1F83G8C2ARO7P, EU, GBP, Europe/London,       amazon.co.uk",
        "FR, A13V1IB3VIYZZH, EU, EUR, Europe/Paris,        amazon.fr",
        "JP, A1VC38T7YXB528, FE, JPY, Asia/Tokyo,          amazon.co.jp",
        "AU, A39IBJ37TRP1C6, FE, AUD, Australia/Sydney,    amazon.com.au"
    })
    void marketplacesCarryAmazonsIdRegionCurrencyZoneAndDomain(
            Marketplace marketplace, String id, Region region, String currency, String zone, String domain) {
        assertThat(marketplace.code()).isEqualTo(marketplace.name());
        assertThat(marketplace.id()).isEqualTo(id);
        assertThat(marketplace.region()).isEqualTo(region);
        assertThat(marketplace.currency()).isEqualTo(Currency.getInstance(currency));
        assertThat(marketplace.zone()).isEqualTo(ZoneId.of(zone));
        assertThat(marketplace.domain()).isEqualTo(domain);
    }

    @ParameterizedTest
    @CsvSource({
        "US,             US",
        "us,             US",
        "' De ',         DE",
        "jp,             JP",
        "UK,             UK",
        "uk,             UK",
        "GB,             UK",
        "gb,             UK",
        "ATVPDKIKX0DER,  US",
        "A1PA6795UKMFR9, DE",
        "A1VC38T7YXB528, JP",
        "A1F83G8C2ARO7P, UK"
    })
    void marketplacesAreFoundByCodeInAnyCaseOrBySpApiId(String text, Marketplace expected) {
        assertThat(Marketplace.find(text)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "XX", "USA", "EU", "NA", "amazon.com", "ATVPDKIKX0DE"})
    void unknownCodesAndIdsFindNothing(String text) {
        assertThat(Marketplace.find(text)).isEmpty();
    }

    @Test
    void everyIdIsUniqueAndEveryCodeIsTwoLetters() {
        var byId = Arrays.stream(Marketplace.values()).collect(Collectors.toMap(Marketplace::id, Function.identity()));
        assertThat(byId).hasSize(Marketplace.values().length);
        assertThat(Marketplace.values()).allSatisfy(m -> {
            assertThat(m.code()).matches("[A-Z]{2}");
            assertThat(Marketplace.find(m.id())).contains(m);
            assertThat(Marketplace.find(m.code().toLowerCase(Locale.ROOT))).contains(m);
        });
    }

    @Test
    void eachRegionListsItsMarketplacesInDeclarationOrder() {
        assertThat(Marketplace.of(Region.NA))
                .containsExactly(Marketplace.US, Marketplace.CA, Marketplace.MX, Marketplace.BR);
        assertThat(Marketplace.of(Region.FE)).containsExactly(Marketplace.JP, Marketplace.AU, Marketplace.SG);
        assertThat(Marketplace.of(Region.EU))
                .contains(Marketplace.UK, Marketplace.DE, Marketplace.IN)
                .doesNotContain(Marketplace.US, Marketplace.JP);
        assertThat(Marketplace.of(Region.NA).size()
                        + Marketplace.of(Region.EU).size()
                        + Marketplace.of(Region.FE).size())
                .isEqualTo(Marketplace.values().length);
    }

    @ParameterizedTest
    @CsvSource({
        "UK, en,    United Kingdom",
        "DE, en,    Germany",
        "DE, de,    Deutschland",
        "JP, zh-CN, 日本",
        "US, zh-CN, 美国"
    })
    void displayNamesAreTheCountryInTheGivenLanguage(Marketplace marketplace, String language, String expected) {
        assertThat(marketplace.displayName(Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
