package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketplaceChoiceTests {

    @ParameterizedTest(name = "country {0}, currency {1}, given {2}, account {3} → {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # country,       currency, given, account,  chosen, problem column
            -,               USD,      -,     US,       US,     -
            -,               -,        -,     IN,       IN,     -
            -,               USD,      -,     US CA MX, US,     -
            -,               MXN,      -,     US CA MX, MX,     -
            -,               EUR,      -,     DE FR IT, -,      marketplace
            -,               EUR,      FR,    DE FR IT, FR,     -
            -,               USD,      DE,    DE FR,    -,      currency
            -,               GBP,      -,     DE FR,    -,      currency
            -,               -,        -,     DE FR,    -,      marketplace
            US,              USD,      -,     US CA,    US,     -
            United States,   USD,      -,     US CA,    US,     -
            Germany,         EUR,      -,     DE FR,    DE,     -
            JP,              JPY,      -,     US CA,    -,      country
            Atlantis,        USD,      -,     US,       -,      country
            """)
    void choosesTheAccountsMarketplaceOfARow(
            String country, String currency, String given, String account, String chosen, String problem) {
        List<Marketplace> marketplaces =
                Arrays.stream(account.split(" ")).map(Marketplace::valueOf).toList();

        var outcome = MarketplaceChoice.of(
                country, currency, given == null ? null : Marketplace.valueOf(given), marketplaces);

        assertThat(outcome.marketplace()).isEqualTo(chosen == null ? null : Marketplace.valueOf(chosen));
        assertThat(outcome.column()).isEqualTo(problem);
        if (problem != null) {
            assertThat(outcome.expected()).isNotBlank();
        }
    }
}
