package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bosun.finance.ExchangeRate.Route;
import dev.bosun.finance.ExchangeRateTable.StoredRate;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRateTableTests {

    private static final Currency USD = Currency.getInstance("USD");

    /** A small book of rates: USD→CNY daily, EUR-based ECB rates, a JPY rate only against USD. */
    private static final ExchangeRateTable TABLE = new ExchangeRateTable(
            Currency.getInstance("CNY"),
            List.of(
                    rate("2024-03-01", "USD", "CNY", "7.1000"),
                    rate("2024-03-04", "USD", "CNY", "7.2000"),
                    rate("2024-03-01", "EUR", "USD", "1.0800"),
                    rate("2024-03-01", "EUR", "GBP", "0.8500"),
                    rate("2024-03-01", "EUR", "CNY", "7.8000"),
                    rate("2024-03-05", "CNY", "USD", "0.1250"),
                    rate("2024-03-01", "USD", "JPY", "150"),
                    rate("2024-02-01", "GBP", "SEK", "13"),
                    rate("2024-02-15", "EUR", "SEK", "11.2")));

    @ParameterizedTest(name = "{0} {1}→{2} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00 | USD | CNY | 2024-03-01 | 710.000000   | DIRECT  | 2024-03-01
            100.00 | USD | CNY | 2024-03-03 | 710.000000   | DIRECT  | 2024-03-01
            100.00 | USD | CNY | 2024-03-04 | 720.000000   | DIRECT  | 2024-03-04
            100.00 | USD | CNY | 2024-03-05 | 800          | INVERSE | 2024-03-05
            710.00 | CNY | USD | 2024-03-01 | 100          | INVERSE | 2024-03-01
            100.00 | CNY | USD | 2024-03-05 | 12.5         | DIRECT  | 2024-03-05
            100.00 | GBP | USD | 2024-03-02 | 127.0588235294118 | VIA_EUR | 2024-03-01
            85.00  | GBP | CNY | 2024-03-01 | 780          | VIA_EUR | 2024-03-01
            1.00   | JPY | CNY | 2024-03-04 | 0.048        | VIA_USD | 2024-03-01
            10.00  | EUR | EUR | 2024-01-01 | 10.00        | SAME    | 2024-01-01
            """)
    void convertsDirectInverseAndAcrossEuroOrDollar(
            String amount, String from, String to, String day, String expected, Route route, String rateDate) {
        Money result = TABLE.convert(Money.of(amount, from), Currency.getInstance(to), LocalDate.parse(day));

        assertThat(result.currency()).isEqualTo(Currency.getInstance(to));
        assertThat(result.amount()).isCloseTo(new BigDecimal(expected), within(new BigDecimal("0.0000000001")));
        ExchangeRate rate = TABLE.rate(Currency.getInstance(from), Currency.getInstance(to), LocalDate.parse(day))
                .orElseThrow();
        assertThat(rate.route()).isEqualTo(route);
        assertThat(rate.date()).isEqualTo(LocalDate.parse(rateDate));
    }

    @Test
    void aCrossRateIsAsOldAsItsOlderLeg() {
        ExchangeRate rate = TABLE.rate(
                        Currency.getInstance("SEK"), Currency.getInstance("CNY"), LocalDate.parse("2024-03-10"))
                .orElseThrow();

        assertThat(rate.route()).isEqualTo(Route.VIA_EUR);
        assertThat(rate.date()).isEqualTo(LocalDate.parse("2024-02-15"));
        assertThat(rate.apply(Money.of("112.00", "SEK")).rounded()).isEqualTo(Money.of("78.00", "CNY"));
    }

    @Test
    void noRateBeforeTheFirstOneIsAClearError() {
        assertThatThrownBy(() -> TABLE.convert(
                        Money.of("1.00", "USD"), Currency.getInstance("CNY"), LocalDate.parse("2024-02-29")))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessage("no exchange rate from USD to CNY on or before 2024-02-29 — enter or import one on the"
                        + " Exchange rates page")
                .satisfies(e -> {
                    MissingExchangeRateException missing = (MissingExchangeRateException) e;
                    assertThat(missing.from()).isEqualTo(USD);
                    assertThat(missing.day()).isEqualTo(LocalDate.parse("2024-02-29"));
                });
        assertThat(TABLE.rate(Currency.getInstance("BRL"), USD, LocalDate.parse("2024-03-05")))
                .isEmpty();
    }

    @Test
    void theReportingCurrencyIsTheTablesOwn() {
        assertThat(TABLE.toReportingCurrency(Money.of("2.00", "USD"), LocalDate.parse("2024-03-04")))
                .isEqualTo(Money.of(new BigDecimal("14.400000"), Currency.getInstance("CNY")));
    }

    @Test
    void anAmountInAnotherCurrencyThanTheRatesIsRefused() {
        ExchangeRate rate = TABLE.rate(USD, Currency.getInstance("CNY"), LocalDate.parse("2024-03-04"))
                .orElseThrow();

        assertThatThrownBy(() -> rate.apply(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static StoredRate rate(String date, String base, String quote, String rate) {
        return new StoredRate(
                LocalDate.parse(date), Currency.getInstance(base), Currency.getInstance(quote), new BigDecimal(rate));
    }
}
