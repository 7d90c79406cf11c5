package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandFileTests {

    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path file = dir.resolve("demand.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsDailyColumnsPriceAndQuotedDescriptions() throws IOException {
        DemandFile file = DemandFile.read(write("""
                stock_code,description,median_unit_price_gbp,days_with_sales,2010-12-01,2010-12-02,2010-12-03
                21216,"SET 3 RETROSPOT TEA,COFFEE,SUGAR",4.95,2,1,0,6
                85123A,WHITE HANGING HEART,2.95,3,454,309,25
                """));

        assertThat(file.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(file.start()).isEqualTo(LocalDate.of(2010, 12, 1));
        assertThat(file.periods()).isEqualTo(3);
        DemandFile.Item tea = file.items().get(0);
        assertThat(tea.id()).isEqualTo("21216");
        assertThat(tea.description()).isEqualTo("SET 3 RETROSPOT TEA,COFFEE,SUGAR");
        assertThat(tea.unitPrice()).isEqualByComparingTo(new BigDecimal("4.95"));
        assertThat(tea.units()).containsExactly(1, 0, 6);
        assertThat(tea.complete()).isTrue();
    }

    @Test
    void readsMonthlyColumnsWithEmptyCellsAsMissing() throws IOException {
        DemandFile file = DemandFile.read(write("""
                series_id,1998-01,1998-02,1998-03
                21029627,0,2,
                """));

        assertThat(file.frequency()).isEqualTo(Frequency.MONTHLY);
        DemandFile.Item item = file.items().get(0);
        assertThat(item.unitPrice()).isNull();
        assertThat(item.present()).containsExactly(true, true, false);
        assertThat(item.complete()).isFalse();
        assertThat(item.history(file.frequency(), file.start()).observedAt(2)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative units  | id,2026-01-01,2026-01-02\\nA,1,-3                | line 2, column 3: expected units sold in 2026-01-02 (a number not below 0), found '-3'
            text units      | id,2026-01-01,2026-01-02\\nA,1,many              | line 2, column 3: expected units sold in 2026-01-02 (a number not below 0), found 'many'
            gap in dates    | id,2026-01-01,2026-01-03\\nA,1,2                 | line 1, column 3: expected the column for 2026-01-02, found '2026-01-03'
            no dates        | id,name\\nA,b                                    | line 1, column 2: expected date columns named like 2010-12-01 (days) or 1998-01 (months), found none
            short row       | id,2026-01-01,2026-01-02\\nA,1                   | line 2, column 3: expected 3 cells like the header, found 2 cells
            bad price       | id,price,2026-01-01\\nA,cheap,1                  | line 2, column 2: expected a unit price like 2.95, found 'cheap'
            open quote      | id,2026-01-01\\n"A,1                             | line 2, column 1: expected a closing double quote, found the end of the line
            """)
    void refusesABadFileSayingWhereAndWhat(String what, String text, String message) throws IOException {
        Path file = write(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> DemandFile.read(file))
                .isInstanceOf(DemandFileException.class)
                .hasMessage(file + ", " + message);
    }

    @Test
    void aDayWithoutAnySaleOnAWeekdayThatUsuallySellsIsClosed() {
        // 2026-01-05 is a Monday; the shop never sells on Saturdays and closed on Wednesday the 14th.
        LocalDate monday = LocalDate.of(2026, 1, 5);
        double[] a = new double[21];
        double[] b = new double[21];
        for (int t = 0; t < 21; t++) {
            boolean saturday = t % 7 == 5;
            a[t] = saturday || t == 9 ? 0 : 3;
            b[t] = saturday || t == 9 || t % 3 == 0 ? 0 : 1;
        }
        boolean[] closed = TradingDays.closedDays(
                List.of(DemandHistory.daily("a", monday, a), DemandHistory.daily("b", monday, b)));

        for (int t = 0; t < 21; t++) {
            assertThat(closed[t]).as("day %d", t).isEqualTo(t == 9);
        }
    }
}
