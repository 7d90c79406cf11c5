package dev.bosun.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.orders.ReturnReason;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnSpikeTests {

    /** Returns as "CODE:units CODE:units". */
    @ParameterizedTest(name = "{0} sold, returns {1} → spike {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # sold | returns                                 | sold before | returned before | spike | rate   | top reason         | top share | severe
            100    | DEFECTIVE:6 UNWANTED_ITEM:5              | 100         | 2               | true  | 0.1100 | DEFECTIVE          | 0.5455    | false
            100    | DEFECTIVE:5 UNWANTED_ITEM:5              | 100         | 2               | false |        |                    |           |
            100    | DEFECTIVE:5 UNWANTED_ITEM:5 MISSING_PARTS:1 | 0        | 0               | true  | 0.1100 | DEFECTIVE          | 0.4545    | false
            100    | NOT_AS_DESCRIBED:15 DEFECTIVE:5          | 80          | 4               | true  | 0.2000 | NOT_AS_DESCRIBED   | 0.7500    | true
            20     | DEFECTIVE:2                              | 20          | 0               | false |        |                    |           |
            20     | DEFECTIVE:3                              | 20          | 0               | true  | 0.1500 | DEFECTIVE          | 1.0000    | false
            0      | DEFECTIVE:9                              | 20          | 0               | false |        |                    |           |
            10     | APPAREL_TOO_SMALL:2 APPAREL_TOO_LARGE:2  | 10          | 0               | true  | 0.4000 | APPAREL_TOO_LARGE  | 0.5000    | true
            """)
    void aSpikeIsARateOverTheLimitWithEnoughReturns(
            long sold,
            String returns,
            long soldBefore,
            long returnedBefore,
            boolean spike,
            BigDecimal rate,
            String topReason,
            BigDecimal topShare,
            Boolean severe) {
        Map<ReturnReason, Long> byReason = new LinkedHashMap<>();
        for (String part : returns.trim().split(" +")) {
            String[] codeUnits = part.split(":");
            byReason.put(ReturnReasons.of(codeUnits[0]), Long.parseLong(codeUnits[1]));
        }

        Optional<ReturnSpike.Reading> reading =
                ReturnSpike.read(sold, byReason, soldBefore, returnedBefore, new BigDecimal("0.10"), 3);

        assertThat(reading.isPresent()).isEqualTo(spike);
        reading.ifPresent(r -> {
            assertThat(r.rate()).isEqualByComparingTo(rate);
            assertThat(r.topReason().code()).isEqualTo(topReason);
            assertThat(r.topShare()).isEqualByComparingTo(topShare);
            assertThat(r.severe()).isEqualTo(severe);
            if (soldBefore > 0) {
                assertThat(r.previousRate())
                        .isEqualByComparingTo(BigDecimal.valueOf(returnedBefore)
                                .divide(BigDecimal.valueOf(soldBefore), 4, java.math.RoundingMode.HALF_UP));
            } else {
                assertThat(r.previousRate()).isNull();
            }
        });
    }

    /**
     * The SKU's returned orders of DEFECTIVE (recent, baseline) against the account's mix, where DEFECTIVE is 20 % of
     * all returns and the SKU had 10 returns of any reason in the 60-day baseline.
     */
    @ParameterizedTest(name = "{0} recent, {1} in the baseline, sales ×{2}: burst {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # recent | baseline | sales ratio | burst | expected
            2        | 0        | 1           | false |
            3        | 0        | 1           | true  | 0.18
            3        | 2        | 1           | false |
            6        | 2        | 1           | true  | 0.23
            6        | 2        | 4           | true  | 0.93
            6        | 2        | 6           | false |
            4        | 2        | 0.5         | true  | 0.23
            """)
    void aBurstIsAReasonsReturnsFarBeyondTheSkusUsualPace(
            long recent, long baseline, double salesRatio, boolean burst, BigDecimal expected) {
        Map<ReturnReason, ReturnSpike.ReasonReturns> byReason = new LinkedHashMap<>();
        byReason.put(ReturnReasons.of("DEFECTIVE"), new ReturnSpike.ReasonReturns(recent, baseline));
        byReason.put(ReturnReasons.of("UNWANTED_ITEM"), new ReturnSpike.ReasonReturns(0, 10 - baseline));
        Map<ReturnReason, BigDecimal> shares = Map.of(
                ReturnReasons.of("DEFECTIVE"), new BigDecimal("0.2"),
                ReturnReasons.of("UNWANTED_ITEM"), new BigDecimal("0.8"));

        Optional<ReturnSpike.Burst> found =
                ReturnSpike.burst(byReason, shares, 7, 60, salesRatio, 3, new BigDecimal("3"), new BigDecimal("0.001"));

        assertThat(found.isPresent()).isEqualTo(burst);
        found.ifPresent(b -> {
            assertThat(b.reason().code()).isEqualTo("DEFECTIVE");
            assertThat(b.orders()).isEqualTo(recent);
            assertThat(b.expected()).isEqualByComparingTo(expected);
            assertThat(b.chance()).isLessThan(0.001);
        });
    }
}
