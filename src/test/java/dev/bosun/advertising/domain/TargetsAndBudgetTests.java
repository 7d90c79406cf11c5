package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetsAndBudgetTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                  | asin  | category                | forCategory | account | target | source
            nothing set: industry benchmark         | null  | null                    | null        | null    | 0.30   | BENCHMARK
            home benchmark                          | null  | Home & Kitchen          | null        | null    | 0.25   | BENCHMARK
            electronics accessories benchmark       | null  | electronics-accessories | null        | null    | 0.20   | BENCHMARK
            the account's own target                | null  | null                    | null        | 0.22    | 0.22   | ACCOUNT
            a named category beats the account      | null  | HOME                    | null        | 0.22    | 0.25   | BENCHMARK
            the category's own target               | null  | HOME                    | 0.28        | 0.22    | 0.28   | CATEGORY
            the ASIN's own target beats all         | 0.15  | HOME                    | 0.28        | 0.22    | 0.15   | ASIN
            """)
    void whichTargetAcosApplies(
            String name,
            BigDecimal asin,
            String category,
            BigDecimal forCategory,
            BigDecimal account,
            String target,
            String source) {
        TargetAcosPolicy.Resolved r = TargetAcosPolicy.resolve(asin, category, forCategory, account);

        assertThat(r.value()).isEqualByComparingTo(target);
        assertThat(r.source()).isEqualTo(source);
    }

    @Test
    void benchmarksOfIssue8() {
        assertThat(CategoryBenchmark.HOME.low()).isEqualByComparingTo("0.20");
        assertThat(CategoryBenchmark.HOME.high()).isEqualByComparingTo("0.30");
        assertThat(CategoryBenchmark.ELECTRONICS_ACCESSORIES.target()).isEqualByComparingTo("0.20");
        assertThat(CategoryBenchmark.INDUSTRY.low()).isEqualByComparingTo("0.25");
        assertThat(CategoryBenchmark.INDUSTRY.high()).isEqualByComparingTo("0.35");
        assertThat(CategoryBenchmark.EFFICIENT).isEqualByComparingTo("0.18");
    }

    @ParameterizedTest(name = "spend {0} of budget {1}, highest bid {2}: capped {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            19.20 | 20.00 | 0.90 | 1
            19.00 | 20.00 | 0.90 | 0
            18.00 | 20.00 | null | 1
            17.90 | 20.00 | null | 0
            20.00 | 20.00 | 30   | 1
            """)
    void aDayIsCappedWithinOneBidOfTheBudget(String spend, String budget, BigDecimal maxBid, int capped) {
        assertThat(BudgetCap.cappedDays(List.of(new BigDecimal(spend)), List.of(new BigDecimal(budget)), maxBid))
                .isEqualTo(capped);
    }
}
