package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockPolicyTests {

    /** Pause at 7 days of cover, lower at 14, resume at 21. */
    @ParameterizedTest(name = "{0} units, {1}/day, running {2}, paused for stock {3} → {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # fulfillable, per day, running, pausedForStock, action, cover
            60,            10,      true,    false,          PAUSE,  6.0
            70,            10,      true,    false,          PAUSE,  7.0
            100,           10,      true,    false,          LOWER,  10.0
            140,           10,      true,    false,          LOWER,  14.0
            150,           10,      true,    false,          -,      -
            # an empty shelf pauses even without a pace
            0,             0,       true,    false,          PAUSE,  -
            # stock but no sales: no cover, nothing to do
            40,            0,       true,    false,          -,      -
            # back in stock with three weeks of cover: resume
            210,           10,      false,   true,           RESUME, 21.0
            # back but short: stay paused
            100,           10,      false,   true,           -,      -
            # no pace since the shelf was empty: resume once there is stock
            30,            0,       false,   true,           RESUME, -
            # paused by the operator, not for stock: leave it
            500,           10,      false,   false,          -,      -
            """)
    void adsFollowTheShelf(
            int fulfillable,
            double perDay,
            boolean running,
            boolean paused,
            String action,
            java.math.BigDecimal cover) {
        var decision = StockPolicy.defaults().decide(fulfillable, perDay, running, paused);
        if (action == null) {
            assertThat(decision).isEmpty();
            return;
        }
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.action().name()).isEqualTo(action);
            assertThat(d.cover()).isEqualTo(cover);
        });
    }
}
