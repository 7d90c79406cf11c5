package dev.bosun.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnReportDatesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "20-Sep-2026, 2026-09-20T00:00",
        "1-Mar-2026, 2026-03-01T00:00",
        "05-dec-25, 2025-12-05T00:00",
        "20-Sep-2026 14:05:09, 2026-09-20T14:05:09",
        "20-Sep-2026 7:05, 2026-09-20T07:05"
    })
    void readsDayMonthNameYear(String text, LocalDateTime expected) {
        assertThat(ReturnReportDates.looksLikeDayMonthNameYear(text)).isTrue();
        assertThat(ReturnReportDates.read(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-Sep-2026", "20-Sex-2026"})
    void aMalformedDateOfThatFormIsRecognisedButNotRead(String text) {
        assertThat(ReturnReportDates.looksLikeDayMonthNameYear(text)).isTrue();
        assertThat(ReturnReportDates.read(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-20", "2026-09-20T14:05:09+00:00", "09/20/2026", "Sep 20, 2026"})
    void otherFormsAreLeftToTheReportReader(String text) {
        assertThat(ReturnReportDates.looksLikeDayMonthNameYear(text)).isFalse();
        assertThat(ReturnReportDates.read(text)).isEmpty();
    }
}
