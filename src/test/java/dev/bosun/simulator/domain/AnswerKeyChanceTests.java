package dev.bosun.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chance tests the answer key decides visibility with: fewer order items in a week than in the week before (the
 * binomial tail), and more returns than the usual pace gives (the Poisson tail), against values worked out by hand.
 */
class AnswerKeyChanceTests {

    @ParameterizedTest(name = "{0} after, {1} before, share {2}: {3}")
    @CsvSource(textBlock = """
        # after, before, share before, chance   (binomial: P(X <= after) with X ~ B(after+before, 1-share))
        0,       10,     0.5,          0.0009765625
        5,       5,      0.5,          0.623046875
        10,      0,      0.5,          1
        0,       0,      0.5,          1
        1,       2,      0.5,          0.5
        16,      75,     0.5,          0.0000000001
        """)
    void fewerOrderItemsThanTheWeekBeforeByChance(long after, long before, double share, double chance) {
        assertThat(AnswerKey.fewerByChance(after, before, share)).isCloseTo(chance, within(1e-9));
    }

    @ParameterizedTest(name = "at least {0} with mean {1}: {2}")
    @CsvSource(textBlock = """
        # count, mean,   chance   (Poisson: P(X >= count))
        0,       2,      1
        1,       1,      0.6321205588
        3,       0.0583, 0.0000316150
        3,       1,      0.0803013971
        """)
    void moreReturnsThanTheUsualPaceByChance(long count, double mean, double chance) {
        assertThat(AnswerKey.atLeastByChance(count, mean)).isCloseTo(chance, within(1e-9));
    }

    @ParameterizedTest(name = "{0} items over 1000 days of a best seller: no underflow")
    @CsvSource(textBlock = """
        700, 700
        """)
    void aBestSellersHundredsOfItemsDoNotUnderflow(long after, long before) {
        assertThat(AnswerKey.fewerByChance(after, before, 0.5)).isBetween(0.5, 0.52);
    }
}
