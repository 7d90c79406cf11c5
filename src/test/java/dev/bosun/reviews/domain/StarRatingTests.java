package dev.bosun.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StarRatingTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1                    | 1
            5                    | 5
            4.0                  | 4
            4,0                  | 4
            3 stars              | 3
            1 star               | 1
            4.0 out of 5 stars   | 4
            2 out of 5           | 2
            5/5                  | 5
            4星                  | 4
            3 颗星               | 3
            ' 2 '                | 2
            """)
    void readsWholeRatingsFromOneToFive(String text, int stars) {
        assertThat(StarRating.read(text)).hasValue(stars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "4.5", "-1", "05", "10", "five", "", "4 out of 10"})
    void refusesAnythingElse(String text) {
        assertThat(StarRating.read(text)).isEmpty();
    }
}
