package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleValuesTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Rs.1000.0            | 1000.0
            Rs.14.217777799999999 | 14.217777799999999
            Rs.0.0               | 0.0
            Rs. 1,496.50         | 1496.50
            Rs.1,00,000.00       | 100000.00
            rs.-5                | -5
            Rs.abc               | null
            Rs.12.3.4            | null
            12.99                | null
            """)
    void readsRupeeAmountsAsTheAmazonInConsoleWritesThem(String text, BigDecimal expected) {
        assertThat(ConsoleValues.rupees(text).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Rs.12, true", "Rs 12, true", "Rs.abc, false", "Rupees, false", "$12.00, false", "Rs., false"})
    void recognisesTheRupeeWayOfWritingAmounts(String text, boolean rupees) {
        assertThat(ConsoleValues.looksLikeRupees(text)).isEqualTo(rupees);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            20230115, 2023-01-15
            20221231, 2022-12-31
            20231301, null
            2023011,  null
            44774,    null
            """)
    void readsBulkSheetDates(String text, LocalDate expected) {
        assertThat(ConsoleValues.compactDate(text).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Aug 18, 2026 - Aug 24, 2026   | 2026-08-18 | 2026-08-24
            Aug 18, 2026 – Aug 24, 2026   | 2026-08-18 | 2026-08-24
            2026-08-18 - 2026-08-24       | 2026-08-18 | 2026-08-24
            Sep 1, 2026                   | 2026-09-01 | 2026-09-01
            Aug 24, 2026 - Aug 18, 2026   | null       | null
            last week                     | null       | null
            """)
    void readsTheExportsDateRange(String text, LocalDate from, LocalDate to) {
        var range = ConsoleValues.dateRange(text);
        if (from == null) {
            assertThat(range).isEmpty();
        } else {
            assertThat(range).contains(new ConsoleValues.DateRange(from, to));
        }
    }

    @Test
    void unwrapsIdsWrittenAsExcelText() {
        assertThat(ConsoleValues.unwrapText("=\"171234567890123\"")).isEqualTo("171234567890123");
        assertThat(ConsoleValues.unwrapText("281234567890123456")).isEqualTo("281234567890123456");
        assertThat(ConsoleValues.unwrapText("=\"\"")).isNull();
        assertThat(ConsoleValues.unwrapText(null)).isNull();
    }
}
