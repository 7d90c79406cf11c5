package dev.bosun.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackDatesTests {

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
        "US, 10/20/23, 2023-10-20",
        "US, 1/13/17, 2017-01-13",
        "US, 12/12/17, 2017-12-12",
        "CA, 13/1/17, 2017-01-13",
        "CA, 12/1/17, 2017-01-12",
        "MX, 20/10/23, 2023-10-20",
        "BR, 20/10/23, 2023-10-20",
        "UK, 2/11/23, 2023-11-02",
        "FR, 20/10/2023, 2023-10-20",
        "DE, 13.1.17, 2017-01-13",
        "DE, 20.10.23, 2023-10-20",
        "JP, 17/1/13, 2017-01-13",
        "JP, 23/10/20, 2023-10-20",
        "SE, 2017-01-13, 2017-01-13",
        "US, 2023-10-20, 2023-10-20",
        "JP, 2023-10-20, 2023-10-20"
    })
    void readsEachMarketplacesOrder(Marketplace marketplace, String text, LocalDate expected) {
        assertThat(FeedbackDates.read(text, marketplace)).contains(expected);
    }

    @ParameterizedTest(name = "{1} in {0} is refused")
    @CsvSource({"US, 20/10/23", "DE, 10.20.23", "UK, 10/20/23", "JP, 10/20/23", "US, Oct 20", "US, 10/20/123"})
    void refusesDatesThatDoNotFitTheOrder(Marketplace marketplace, String text) {
        assertThat(FeedbackDates.read(text, marketplace)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"US, 10/20/23", "DE, 20.10.23", "JP, 23/10/20", "SE, 2023-10-20", "UK, 20/10/23"})
    void examplesNameTheTwentiethOfOctober2023(Marketplace marketplace, String example) {
        assertThat(FeedbackDates.example(marketplace)).isEqualTo(example);
        assertThat(FeedbackDates.read(example, marketplace)).contains(LocalDate.of(2023, 10, 20));
    }
}
