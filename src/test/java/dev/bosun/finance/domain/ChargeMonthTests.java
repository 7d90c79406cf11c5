package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChargeMonthTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03, 2026-03",
        "2026-3, 2026-03",
        "2026-03-01, 2026-03",
        "2026/03, 2026-03",
        "03/2026, 2026-03",
        "Mar-2026, 2026-03",
        "March 2026, 2026-03",
        "SEPTEMBER 2026, 2026-09",
        "2026-Dec, 2026-12",
        "' 2026-11 ', 2026-11"
    })
    void readsTheFormsOfAMonth(String text, String month) {
        assertThat(ChargeMonth.parse(text)).contains(YearMonth.parse(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sometime", "2026-13", "13/2026", "Sept", "Foo 2026", "2026"})
    void refusesWhatIsNotAMonth(String text) {
        assertThat(ChargeMonth.parse(text)).isEmpty();
    }
}
