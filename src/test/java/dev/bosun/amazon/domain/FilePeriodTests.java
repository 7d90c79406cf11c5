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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Inventory+Report+11-24-2026.txt                  | 2026-11-24
            All+Listings+Report+11-08-2021-Greanda30-ca.txt  | 2021-11-08
            Inventory-2026-11-24.csv                         | 2026-11-24
            restock_2026-11-24 (1).txt                       | 2026-11-24
            MYI_2026_11_24.txt                               | 2026-11-24
            stranded.2026.11.24.tsv                          | 2026-11-24
            GET_FBA_MYI_ALL_INVENTORY_DATA_20261124.txt      | 2026-11-24
            myi-20261124-093000.txt                          | 2026-11-24
            inventar-24-11-2026.txt                          | 2026-11-24
            /home/me/downloads/Inventory+Report+11-24-2026.txt | 2026-11-24
            reports-2026-11-24.zip!/inventory.txt            | 2026-11-24
            reports-2026-11-20.zip!/myi_2026-11-24.txt       | 2026-11-24
            """)
    void findsTheDayAnywhereInTheName(String name, LocalDate day) {
        assertThat(FilePeriod.daysInFileName(name)).containsExactly(day);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Inventory+Report.txt",
                "50018020314.txt",
                "12345678901017.txt",
                "myi-19991231.txt",
                "myi-2026-02-30.txt",
                "myi-02-30-2026.txt",
                "v1.2.3.txt",
                "sku-12345678-export.txt"
            })
    void findsNoDayWhereTheNameHasNone(String name) {
        assertThat(FilePeriod.daysInFileName(name)).isEmpty();
    }

    @Test
    void listsEachDistinctDayOnceInTheOrderOfTheName() {
        assertThat(FilePeriod.daysInFileName("myi-2026-11-24_copy_of_20261120_2026-11-24.txt"))
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 20));
        assertThat(FilePeriod.daysInFileName("BusinessReport-2026-11-01_2026-11-24.csv"))
                .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 24));
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
