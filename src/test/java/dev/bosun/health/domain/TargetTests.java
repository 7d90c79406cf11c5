package dev.bosun.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTests {

    @ParameterizedTest(name = "{0} {2} {1} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # actual, target, condition, met
            0.009,  0.01, LESS_THAN,             true
            0.01,   0.01, LESS_THAN,             false
            0.0471, 0.04, LESS_THAN,             false
            0.04,   0.04, LESS_THAN_OR_EQUAL,    true
            0.9529, 0.95, GREATER_THAN,          true
            0.95,   0.95, GREATER_THAN,          false
            0.95,   0.95, GREATER_THAN_OR_EQUAL, true
            0,      0,    EQUALS,                true
            86,     0,    EQUALS,                false
            0,      0,    equals,                true
            0.5,    0.1,  SOMETIMES,             -
            -,      0.1,  LESS_THAN,             -
            0.5,    -,    LESS_THAN,             -
            0.5,    0.1,  -,                     -
            """)
    void judgesTheValueByTheConditionAmazonReported(
            BigDecimal actual, BigDecimal target, String condition, Boolean met) {
        assertThat(new Target(target, condition).metBy(actual)).isEqualTo(Optional.ofNullable(met));
    }
}
