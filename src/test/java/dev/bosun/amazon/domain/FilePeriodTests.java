package dev.bosun.amazon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilePeriodTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BusinessReport-2026-11-24.csv                     | 2026-11-24 | 2026-11-24
            /downloads/us/BusinessReport-2026-11-01_2026-11-24.csv | 2026-11-01 | 2026-11-24
            traffic_2026-11-24.csv.gz                         | 2026-11-24 | 2026-11-24
            archive.zip!/BR-2026-10-01_2026-10-31.csv         | 2026-10-01 | 2026-10-31
            """)
    void takesThePeriodFromTheFileName(String name, LocalDate from, LocalDate to) {
        assertThat(FilePeriod.fromFileName(name)).contains(new FilePeriod(from, to));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BusinessReport.csv",
                "report-2026-11-24-copy.csv",
                "BR-2026-11-24_2026-11-01.csv",
                "BR-2026-02-30.csv"
            })
    void findsNoPeriodWhereTheNameHasNone(String name) {
        assertThat(FilePeriod.fromFileName(name)).isEmpty();
    }

    @Test
    void parsesTheCommandLineForm() {
        assertThat(FilePeriod.parse("2026-11-01..2026-11-24"))
                .isEqualTo(new FilePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 24)));
        assertThat(FilePeriod.parse("2026-11-24"))
                .isEqualTo(new FilePeriod(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)));
        assertThatThrownBy(() -> FilePeriod.parse("last week")).hasMessageContaining("YYYY-MM-DD..YYYY-MM-DD");
        assertThatThrownBy(() -> FilePeriod.parse("2026-11-24..2026-11-01")).hasMessageContaining("YYYY-MM-DD");
    }
}
