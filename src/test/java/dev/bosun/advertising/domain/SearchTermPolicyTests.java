package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.advertising.AdFigures;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Harvest and negation of one search term, each case a line: which terms qualify, and why the others do not. */
class SearchTermPolicyTests {

    static final BigDecimal TARGET = new BigDecimal("0.30");
    static final BigDecimal MIN_BID = new BigDecimal("0.02");

    static AdFigures term(long clicks, String spend, String sales, long orders) {
        return new AdFigures(
                clicks * 100,
                clicks,
                new BigDecimal(spend),
                new BigDecimal(sales),
                orders,
                orders,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | term                 | match                | auto  | keyword | clicks | spend | sales  | orders | harvest
            converting in auto, under target       | usb c cable 2m       | TARGETING_EXPRESSION | true  | false   | 40     | 20.00 | 120.00 | 4      | true
            converting through broad               | usb c cable 2m       | BROAD                | false | false   | 40     | 20.00 | 120.00 | 4      | true
            already an exact keyword               | usb c cable 2m       | BROAD                | false | true    | 40     | 20.00 | 120.00 | 4      | false
            exact match is the keyword itself      | usb c cable 2m       | EXACT                | false | false   | 40     | 20.00 | 120.00 | 4      | false
            one order is not enough                | usb c cable 2m       | PHRASE               | false | false   | 40     | 10.00 | 60.00  | 1      | false
            ACoS above target                      | usb c cable 2m       | PHRASE               | false | false   | 40     | 40.00 | 120.00 | 4      | false
            converts worse than its ad group       | usb c cable 2m       | PHRASE               | false | false   | 80     | 20.00 | 120.00 | 4      | false
            an ASIN is for product targeting       | b0abcdefgh           | TARGETING_EXPRESSION | true  | false   | 40     | 20.00 | 120.00 | 4      | false
            """)
    void harvest(
            String name,
            String term,
            String match,
            boolean auto,
            boolean keyword,
            long clicks,
            String spend,
            String sales,
            long orders,
            boolean harvest) {
        Optional<TermProposal> p = SearchTermPolicy.harvest(
                term,
                match,
                auto,
                keyword,
                term(clicks, spend, sales, orders),
                TARGET,
                2,
                new BigDecimal("2.50"),
                new BigDecimal("0.08"),
                MIN_BID);

        assertThat(p.isPresent()).isEqualTo(harvest);
    }

    @Test
    void theHarvestBidAimsAtTheTargetShrunkTowardTheAdGroupAndWithinTheStepLimit() {
        // 40 clicks, 120 sales: 3.00 a click; the ad group earns 2.50 a click; shrunk with 20 clicks:
        // (120 + 20 × 2.50) / 60 = 2.8333; × 30 % = 0.85; CPC 0.50 allows 0.25 to 0.75.
        TermProposal p = SearchTermPolicy.harvest(
                        "usb c cable 2m",
                        "BROAD",
                        false,
                        false,
                        term(40, "20.00", "120.00", 4),
                        TARGET,
                        2,
                        new BigDecimal("2.50"),
                        null,
                        MIN_BID)
                .orElseThrow();

        assertThat(p.bid()).isEqualByComparingTo("0.75");

        TermProposal cheap = SearchTermPolicy.harvest(
                        "usb c cable 2m",
                        "BROAD",
                        false,
                        false,
                        term(40, "30.00", "120.00", 4),
                        new BigDecimal("0.25"),
                        2,
                        new BigDecimal("1.00"),
                        null,
                        MIN_BID)
                .orElseThrow();
        // (120 + 20) / 60 × 25 % = 0.5833, within 0.375 … 1.125 of the CPC 0.75
        assertThat(cheap.bid()).isEqualByComparingTo("0.58");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                  | match                | clicks | spend | sales  | orders | conversion | breakEven | negate | reason
            no order after the expected clicks      | BROAD                | 34     | 17.00 | 0      | 0      | 0.13       | null      | true   | NO_ORDERS
            no order but too few clicks yet         | BROAD                | 33     | 16.50 | 0      | 0      | 0.13       | null      | false  | null
            low-converting ad group asks for more   | TARGETING_EXPRESSION | 60     | 30.00 | 0      | 0      | 0.05       | null      | false  | null
            unknown conversion waits for the ceiling| TARGETING_EXPRESSION | 100    | 50.00 | 0      | 0      | -1         | null      | true   | NO_ORDERS
            exact keyword: bid it down instead      | EXACT                | 50     | 25.00 | 0      | 0      | 0.13       | null      | false  | null
            far above break-even                    | PHRASE               | 40     | 40.00 | 50.00  | 1      | 0.13       | 0.30      | true   | ABOVE_BREAK_EVEN
            above break-even, not far               | PHRASE               | 40     | 20.00 | 50.00  | 1      | 0.13       | 0.30      | false  | null
            break-even unknown: only zero orders    | PHRASE               | 40     | 40.00 | 50.00  | 1      | 0.13       | null      | false  | null
            """)
    void negate(
            String name,
            String match,
            long clicks,
            String spend,
            String sales,
            long orders,
            double conversion,
            BigDecimal breakEven,
            boolean negate,
            TermProposal.Reason reason) {
        Optional<TermProposal> p = SearchTermPolicy.negate(
                "dog poop bags",
                match,
                term(clicks, spend, sales, orders),
                conversion,
                0.99,
                10,
                100,
                breakEven,
                BigDecimal.valueOf(2));

        assertThat(p.isPresent()).isEqualTo(negate);
        p.ifPresent(x -> assertThat(x.reason()).isEqualTo(reason));
    }
}
