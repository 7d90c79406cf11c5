package dev.bosun.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentTests {

    @ParameterizedTest
    @CsvSource({"1, NEGATIVE", "2, NEGATIVE", "3, NEUTRAL", "4, POSITIVE", "5, POSITIVE"})
    void amazonCountsFourAndFiveAsPositiveAndOneAndTwoAsNegative(int rating, Sentiment sentiment) {
        assertThat(Sentiment.of(rating)).isEqualTo(sentiment);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void ratingsOutsideOneToFiveHaveNoSentiment(int rating) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sentiment.of(rating));
    }
}
