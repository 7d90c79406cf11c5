package dev.bosun.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money, lengths, weights and packages: exact conversions, parsing, rounding. */
class QuantitiesTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
        10in,      25.4 cm
        0.75in,    1.905 cm
        1ft,       12 in
        2.54cm,    1 in
        100cm,     1 m
        """)
    void lengthsConvertExactly(String from, String to) {
        Length expected = Length.parse(to);
        Length converted = Length.parse(from).in(expected.unit());
        assertThat(converted.value()).isEqualByComparingTo(expected.value());
        assertThat(Length.parse(from).compareTo(expected)).isZero();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
        1lb,       453.59237 g
        16oz,      1 lb
        1.2lb,     19.2 oz
        0.45359237kg, 1 lb
        460g,      0.46 kg
        2oz,       56.69904625 g
        """)
    void weightsConvertExactly(String from, String to) {
        Weight expected = Weight.parse(to);
        assertThat(Weight.parse(from).in(expected.unit()).value()).isEqualByComparingTo(expected.value());
        assertThat(Weight.parse(from).compareTo(expected)).isZero();
    }

    @Test
    void kilogramsToPoundsKeepThirtyFourDigits() {
        BigDecimal pounds = Weight.parse("1kg").in(WeightUnit.POUND).value();
        assertThat(pounds.precision()).isGreaterThanOrEqualTo(30);
        assertThat(pounds.toPlainString()).startsWith("2.20462262184877");
    }

    @Test
    void packagesSortTheirSidesAndReadCommonForms() {
        PackageSize size = PackageSize.parse("3 x 10 x 6 in", "1.2 lb");
        assertThat(size.longest()).isEqualTo(Length.parse("10in"));
        assertThat(size.median()).isEqualTo(Length.parse("6in"));
        assertThat(size.shortest()).isEqualTo(Length.parse("3in"));
        assertThat(PackageSize.parse("25×15×7.5cm", "460g").shortest()).isEqualTo(Length.parse("7.5cm"));
        assertThatThrownBy(() -> PackageSize.parse("10x6in", "1lb")).hasMessageContaining("like 10x6x3in");
        assertThatThrownBy(() -> PackageSize.parse("10x6x3 furlong", "1lb"))
                .hasMessageContaining("unknown unit of length 'furlong'");
        assertThatThrownBy(() -> Weight.parse("-1lb")).hasMessageContaining("expected a weight");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
        1.5735, USD, 1.57
        1.575,  USD, 1.58
        123.5,  JPY, 124
        112.65, JPY, 113
        """)
    void moneyRoundsHalfUpToTheMinorUnit(String amount, String currency, String rounded) {
        assertThat(Money.of(amount, currency).rounded().amount()).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void moneyOfTwoCurrenciesDoesNotMix() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .hasMessage("cannot combine USD with EUR");
        assertThat(Money.of("1.10", "USD").plus(Money.of("2", "USD"))).isEqualTo(Money.of("3.10", "USD"));
    }
}
