package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchTypesTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(nullValues = "null", textBlock = """
            BROAD,                            BROAD
            broad,                            BROAD
            Exact,                            EXACT
            -,                                TARGETING_EXPRESSION
            TARGETING_EXPRESSION,             TARGETING_EXPRESSION
            TARGETING_EXPRESSION_PREDEFINED,  TARGETING_EXPRESSION
            negativeExact,                    NEGATIVE_EXACT
            Negative Phrase,                  NEGATIVE_PHRASE
            negative-phrase,                  NEGATIVE_PHRASE
            '',                               null
            """)
    void everySpellingHasOneCanonicalForm(String text, String canonical) {
        assertThat(MatchTypes.canonical(text)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({
        "EXACT, true, false",
        "BROAD, true, false",
        "NEGATIVE_EXACT, false, true",
        "TARGETING_EXPRESSION, false, false"
    })
    void tellsKeywordFromNegativeMatchTypes(String canonical, boolean keyword, boolean negative) {
        assertThat(MatchTypes.isKeyword(canonical)).isEqualTo(keyword);
        assertThat(MatchTypes.isNegative(canonical)).isEqualTo(negative);
    }
}
