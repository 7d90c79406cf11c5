package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementPolicyTests {

    /**
     * Rest of search: 300 clicks selling 300.00 (1.00 a click); campaign 1.20 a click (the prior, 30 clicks);
     * ±20 % of the effective bid a step, 5 % at least, 20 clicks at least.
     */
    @ParameterizedTest(name = "{0} % now, {1} clicks selling {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # percent, clicks, sales,  proposed
            # too few clicks at the top: nothing
            0,         19,     100.00, -
            # top sells 2.00 a click: (200 + 36) / 130 = 1.815 against (300 + 36) / 330 = 1.018 → +78 % ideal,
            # one step: factor 1.0 → 1.2
            0,         100,    200.00, 20
            # from +50 % (1.5) the step is 1.8 at most: +78 % reached
            50,        100,    200.00, 78
            # top sells like the rest: the +50 % comes down one step, 1.5 × 0.8 = 1.2
            50,        100,    100.00, 20
            # top sells nothing on 40 clicks, no adjustment set: nothing to lower
            0,         40,     0,      -
            """)
    void placementsFollowWhatAClickThereSells(int percent, long clicks, BigDecimal sales, Integer proposed) {
        var decision = PlacementPolicy.propose(
                BidPolicy.defaults(),
                BigDecimal.valueOf(percent),
                clicks,
                sales,
                300,
                new BigDecimal("300.00"),
                new BigDecimal("1.20"));
        assertThat(decision.map(PlacementPolicy.Decision::proposed).orElse(null))
                .isEqualTo(proposed);
    }

    @ParameterizedTest
    @CsvSource({
        "Top of Search on-Amazon, TOP",
        "Placement Top, TOP",
        "placementTop, TOP",
        "Detail Page on-Amazon, PRODUCT_PAGE",
        "Placement Product Page, PRODUCT_PAGE",
        "Other on-Amazon, REST",
        "Placement Rest Of Search, REST"
    })
    void placementsAreReadFromReportsAndSheets(String text, PlacementPolicy.Placement placement) {
        assertThat(PlacementPolicy.Placement.of(text)).isEqualTo(placement);
    }
}
