package dev.bosun.amazon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTests {

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1234.56        | DECIMAL_POINT | 1234.56
            1,234.56       | DECIMAL_POINT | 1234.56
            1.234,56       | DECIMAL_POINT | 1234.56
            1.234,56       | DECIMAL_COMMA | 1234.56
            95,00          | DECIMAL_POINT | 95.00
            95,00          | DECIMAL_COMMA | 95.00
            1,234          | DECIMAL_POINT | 1234
            1,234          | DECIMAL_COMMA | 1.234
            1.234          | DECIMAL_POINT | 1.234
            1.234          | DECIMAL_COMMA | 1234
            0.123          | DECIMAL_COMMA | 0.123
            1 234,56       | DECIMAL_COMMA | 1234.56
            1'234.56       | DECIMAL_POINT | 1234.56
            1.234.567      | DECIMAL_POINT | 1234567
            1,234,567.8    | DECIMAL_COMMA | 1234567.8
            -12.5          | DECIMAL_POINT | -12.5
            (12.50)        | DECIMAL_POINT | -12.50
            12.50-         | DECIMAL_POINT | -12.50
            +7             | DECIMAL_POINT | 7
            .5             | DECIMAL_POINT | 0.5
            ,5             | DECIMAL_COMMA | 0.5
            """)
    void readsNumbersInEveryLocalForm(String text, NumberStyle style, BigDecimal expected) {
        assertThat(Values.decimal(text, style)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3,4,5", "12-3", "--", "1,23,4.5.6", "1e5", "12 apples"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> Values.decimal(text, NumberStyle.DECIMAL_POINT))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("a number");
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $1,234.56     | DECIMAL_POINT | 1234.56
            1.234,56 €    | DECIMAL_COMMA | 1234.56
            €12,99        | DECIMAL_COMMA | 12.99
            £7.50         | DECIMAL_POINT | 7.50
            ¥1,500        | DECIMAL_POINT | 1500
            ₹2,499.00     | DECIMAL_POINT | 2499.00
            EUR 12,99     | DECIMAL_COMMA | 12.99
            12.99 USD     | DECIMAL_POINT | 12.99
            -$3.00        | DECIMAL_POINT | -3.00
            R$ 10,50      | DECIMAL_COMMA | 10.50
            Rs.1000.0     | DECIMAL_POINT | 1000.0
            """)
    void readsMoneyWithCurrencySymbolsAndCodes(String text, NumberStyle style, BigDecimal expected) {
        assertThat(Values.money(text, style)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            95.5%    | 0.955
            95,5 %   | 0.955
            12.5     | 0.125
            0%       | 0
            100%     | 1
            """)
    void readsPercentagesAsFractions(String text, BigDecimal expected) {
        assertThat(Values.percent(text, NumberStyle.DECIMAL_POINT)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0123   | 0.0123
            1.23%    | 0.0123
            """)
    void readsRatiosAsFractions(String text, BigDecimal expected) {
        assertThat(Values.fraction(text, NumberStyle.DECIMAL_POINT)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-25                 | MONTH_FIRST | 2026-11-25
            11/25/26                   | MONTH_FIRST | 2026-11-25
            11/25/2026                 | DAY_FIRST   | 2026-11-25
            03/04/26                   | MONTH_FIRST | 2026-03-04
            03/04/26                   | DAY_FIRST   | 2026-04-03
            25.11.2026                 | MONTH_FIRST | 2026-11-25
            2026/11/25                 | DAY_FIRST   | 2026-11-25
            Nov 25, 2026               | DAY_FIRST   | 2026-11-25
            20-Sep-2026                | MONTH_FIRST | 2026-09-20
            20230115                   | MONTH_FIRST | 2023-01-15
            46351                      | MONTH_FIRST | 2026-11-25
            2026-11-25T08:04:21+00:00  | MONTH_FIRST | 2026-11-25
            2026-11-25 08:04:21 UTC    | MONTH_FIRST | 2026-11-25
            """)
    void readsDatesInEveryForm(String text, DateOrder order, LocalDate expected) {
        assertThat(Values.date(text, order)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "31/31/2026", "yesterday", "2026-02-30", "12345678901"})
    void refusesImpossibleDates(String text) {
        assertThatThrownBy(() -> Values.date(text, DateOrder.MONTH_FIRST))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("a date");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-06-17T08:04:21+00:00    | 2017-06-17T08:04:21Z
            2026-11-25T08:04:21Z         | 2026-11-25T08:04:21Z
            2026-11-25 08:04:21 UTC      | 2026-11-25T08:04:21Z
            2013-01-07 07:35:42 PST      | 2013-01-07T15:35:42Z
            2013-07-07 07:35:42 PDT      | 2013-07-07T14:35:42Z
            25.11.2026 08:04:21 UTC      | 2026-11-25T08:04:21Z
            2026/11/25 17:04:21 JST      | 2026-11-25T08:04:21Z
            2026-11-25 09:04:21 MEZ      | 2026-11-25T08:04:21Z
            2026-11-25 00:00:00 +0100    | 2026-11-24T23:00:00Z
            2026-11-25                   | 2026-11-25T08:00:00Z
            2026-11-25 10:30             | 2026-11-25T18:30:00Z
            """)
    void readsInstantsWithAndWithoutZone(String text, Instant expected) {
        assertThat(Values.instant(text, ZoneId.of("America/Los_Angeles"), DateOrder.MONTH_FIRST))
                .isEqualTo(expected);
    }

    /** The Date Range (transaction) report writes {@code Dec 1, 2019 12:07:47 AM PST}: 12-hour clock, zone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dec 1, 2019 12:07:47 AM PST     | 2019-12-01T08:07:47Z
            Jan 15, 2026 3:04:05 PM PST     | 2026-01-15T23:04:05Z
            Jun 8, 2025 10:23:05 PM PDT     | 2025-06-09T05:23:05Z
            Sep 1, 2026 12:00:00 PM PDT     | 2026-09-01T19:00:00Z
            Jan 5, 2026 11:03:05 am PST     | 2026-01-05T19:03:05Z
            Dec 1, 2019 12:07 AM PST        | 2019-12-01T08:07:00Z
            Dec 1, 2019 12:07:47 AM         | 2019-12-01T08:07:47Z
            dec 31, 2019 11:59:59 P.M. EST  | 2020-01-01T04:59:59Z
            12/01/2019 1:07:47 PM PST       | 2019-12-01T21:07:47Z
            01.12.2019 00:07:47 UTC         | 2019-12-01T00:07:47Z
            01.12.2019 00:07:47 MEZ         | 2019-11-30T23:07:47Z
            01.12.2019 00:07:47 GMT+00:00   | 2019-12-01T00:07:47Z
            2019/12/01 9:07:47 GMT+09:00    | 2019-12-01T00:07:47Z
            05.07.2026 10:00:00 UTC+02:00   | 2026-07-05T08:00:00Z
            """)
    void readsTheDateRangeReportsDateTimes(String text, Instant expected) {
        assertThat(Values.instant(text, ZoneId.of("America/Los_Angeles"), DateOrder.MONTH_FIRST))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dec 1, 2019 13:07:47 PM PST",
                "Dec 1, 2019 0:07:47 AM PST",
                "Dez 1, 2019 12:07:47 AM PST",
                "Dec 32, 2019 12:07:47 AM PST",
                "Dec 1 2019 12:07:47 XM PST"
            })
    void refusesMalformedTwelveHourDateTimes(String text) {
        assertThatThrownBy(() -> Values.instant(text, ZoneId.of("UTC"), DateOrder.MONTH_FIRST))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("a date and time");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Yes   | true
            no    | false
            TRUE  | true
            y     | true
            Ja    | true
            nein  | false
            oui   | true
            はい   | true
            いいえ  | false
            """)
    void readsYesAndNoInTheMarketplacesLanguages(String text, boolean expected) {
        assertThat(Values.bool(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "sometimes"})
    void refusesWhatIsNeitherYesNorNo(String text) {
        assertThatThrownBy(() -> Values.bool(text)).isInstanceOf(ValueFormatException.class);
    }

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12,796      | DECIMAL_COMMA | 12796
            12.796      | DECIMAL_COMMA | 12796
            12,796      | DECIMAL_POINT | 12796
            1,234,567   | DECIMAL_COMMA | 1234567
            42          | DECIMAL_COMMA | 42
            """)
    void countsMayHaveThousandsSeparatorsInEitherStyle(String text, NumberStyle style, long expected) {
        assertThat(Values.integer(text, style)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "abc", "99999999999999999999", "12,7961"})
    void wholeNumbersMustBeWhole(String text) {
        assertThatThrownBy(() -> Values.integer(text, NumberStyle.DECIMAL_POINT))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("whole number");
    }
}
