package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketplaceOfCurrencyTests {

    @ParameterizedTest(name = "given {0}, account {1}, {2} -> {3}")
    @CsvSource({
        "FR, DE FR,    EUR, FR",
        ",   DE,       EUR, DE",
        ",   DE,       GBP, DE",
        ",   US CA,    CAD, CA",
        ",   US CA MX, USD, US",
        ",   DE FR,    EUR, ",
        ",   DE UK,    GBP, UK",
        ",   DE UK,    SEK, ",
        ",   DE UK,    ,    "
    })
    void choosesTheMarketplaceOfARowThatNamesNone(String given, String account, String currency, String expected) {
        List<Marketplace> marketplaces =
                Arrays.stream(account.split(" ")).map(Marketplace::valueOf).toList();
        assertThat(MarketplaceOfCurrency.choose(
                        given == null ? null : Marketplace.valueOf(given), marketplaces, currency))
                .isEqualTo(java.util.Optional.ofNullable(expected == null ? null : Marketplace.valueOf(expected)));
    }
}
