package dev.bosun.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.catalog.domain.PeriodTiling.Period;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTilingTests {

    static final LocalDate D = LocalDate.of(2026, 11, 1);

    /** Periods as "first-last" day numbers of November; the window is 1-7 unless given. */
    @ParameterizedTest(name = "{0} tile {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # available periods                    | window | tiling
            1-7                                    | 1-7    | 1-7
            1-1 2-2 3-3 4-4 5-5 6-6 7-7            | 1-7    | 1-1 2-2 3-3 4-4 5-5 6-6 7-7
            1-1 2-2 3-3 4-4 5-5 7-7                | 1-7    |
            1-7 1-1 2-2 3-3 4-4 5-5 6-6 7-7        | 1-7    | 1-7
            1-3 4-7 1-1 2-2                        | 1-7    | 1-3 4-7
            1-1 2-2 3-3 4-7                        | 1-7    | 1-1 2-2 3-3 4-7
            1-4 3-7                                | 1-7    |
            0-7                                    | 1-7    |
            1-8                                    | 1-7    |
            8-14 1-7 15-21                         | 8-14   | 8-14
            1-30                                   | 1-30   | 1-30
            """)
    void picksPeriodsThatCoverTheWindowExactlyPreferringLongOnes(String available, String window, String tiling) {
        Period w = period(window);

        Optional<List<Period>> result = PeriodTiling.tile(periods(available), w.from(), w.to());

        if (tiling == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).contains(periods(tiling));
        }
    }

    static List<Period> periods(String text) {
        return Arrays.stream(text.trim().split(" +"))
                .map(PeriodTilingTests::period)
                .toList();
    }

    static Period period(String text) {
        String[] days = text.split("-");
        return new Period(D.plusDays(Integer.parseInt(days[0]) - 1), D.plusDays(Integer.parseInt(days[1]) - 1));
    }
}
