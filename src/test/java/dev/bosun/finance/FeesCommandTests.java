package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.BosunApplication;
import dev.bosun.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bosun fees}: the readable breakdown, the JSON contract (size_tier, referral_fee, fba_fee,
 * storage_fee_monthly, total_fees as numbers) and exit codes 0/1/2. Figures use {@code --as-published} so that
 * rate values other tests edit for the default organisation cannot change them.
 */
class FeesCommandTests {

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void sharedDatabase() {
        TestDatabase.get();
    }

    static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheBreakdownOfTheBriefsExample() {
        // HOME_KITCHEN 24.99, 10x6x3 in, 1.2 lb on 2026-11-25 (2026 card): referral 3.75, FBA 5.37 + 0.05 = 5.42,
        // November storage 0.1042 ft³ x 2.40 = 0.25, total 9.42 (see UsFeeRulesTests).
        Run run = bosun(
                "fees",
                "--marketplace",
                "US",
                "--category",
                "HOME_KITCHEN",
                "--price",
                "24.99",
                "--dims",
                "10x6x3in",
                "--weight",
                "1.2lb",
                "--date",
                "2026-11-25",
                "--as-published");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Rate card          US from 2026-01-15 (fees/us-2026-01-15.yaml)")
                .contains("Size tier          LARGE_STANDARD")
                .containsPattern("Referral fee +3\\.75 USD")
                .containsPattern("FBA fee +5\\.42 USD  \\(price band FROM_10_TO_50\\)")
                .containsPattern("Storage a month +0\\.25 USD")
                .containsPattern("Total +9\\.42 USD")
                .contains("UNVERIFIED unverified value referral.HOME_KITCHEN.rate = 15%");
    }

    @Test
    void printsOneJsonObjectWithTheContractFieldsAsNumbers() {
        Run run = bosun(
                "fees",
                "--marketplace",
                "US",
                "--category",
                "home_kitchen",
                "--price",
                "24.99",
                "--dims",
                "10x6x3in",
                "--weight",
                "1.2lb",
                "--date",
                "2026-11-25",
                "--days-of-supply",
                "10,20",
                "--inventory-age",
                "200",
                "--as-published",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("size_tier").asString()).isEqualTo("LARGE_STANDARD");
        assertThat(json.get("referral_fee").isNumber()).isTrue();
        assertThat(json.get("referral_fee").decimalValue()).isEqualByComparingTo("3.75");
        assertThat(json.get("fba_fee").decimalValue()).isEqualByComparingTo("5.42");
        assertThat(json.get("storage_fee_monthly").decimalValue()).isEqualByComparingTo("0.25");
        // Low-inventory fee: large standard up to 3 lb, days of supply 10 and 20 -> the 14-21 bucket, 0.70.
        assertThat(json.get("low_inventory_fee").decimalValue()).isEqualByComparingTo("0.70");
        // Aged 200 days: 0.1042 ft³ x 0.50 = 0.05.
        assertThat(json.get("aged_inventory_surcharge").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(json.get("per_sale_fees").decimalValue()).isEqualByComparingTo("9.87");
        assertThat(json.get("total_fees").decimalValue()).isEqualByComparingTo("10.17");
        assertThat(json.get("currency").asString()).isEqualTo("USD");
        assertThat(json.get("rate_card").get("effective").asString()).isEqualTo("2026-01-15");
        assertThat(json.get("unverified").asBoolean()).isTrue();
        assertThat(json.get("notes").findValuesAsString("code")).contains("unverified", "low_inventory_charged");
    }

    @Test
    void metricMarketplacesTakeCentimetresAndKilograms() {
        Run run = bosun(
                "fees",
                "--marketplace",
                "JP",
                "--category",
                "CONSUMER_ELECTRONICS",
                "--price",
                "2980",
                "--dims",
                "19.4x11.8x0.3cm",
                "--weight",
                "10g",
                "--date",
                "2026-03-01",
                "--as-published",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("size_tier").asString()).isEqualTo("SMALL");
        assertThat(json.get("fba_fee").decimalValue()).isEqualByComparingTo("288");
        assertThat(json.get("referral_fee").decimalValue()).isEqualByComparingTo("238");
        // 19.4 x 11.8 x 0.3 cm = 0.0000687 m³ x 7,800 yen (March) = 0.54, one yen.
        assertThat(json.get("storage_fee_monthly").decimalValue()).isEqualByComparingTo("1");
        assertThat(json.get("weight_unit").asString()).isEqualTo("kg");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', textBlock = """
        fees|--marketplace|XX|--category|HOME_KITCHEN|--price|1|--dims|1x1x1in|--weight|1lb; unknown marketplace code 'XX'
        fees|--marketplace|US|--category|HOME_KITCHEN|--price|cheap|--dims|1x1x1in|--weight|1lb; expected --price like 24.99, got 'cheap'
        fees|--marketplace|US|--category|HOME_KITCHEN|--price|1|--dims|1x1in|--weight|1lb; expected package dimensions like 10x6x3in
        fees|--marketplace|US|--category|HOME_KITCHEN|--price|1|--dims|1x1x1in|--weight|heavy; expected a weight like 1.2lb
        fees|--marketplace|US|--category|HOME_KITCHEN|--price|1|--dims|1x1x1in|--weight|1lb|--date|tomorrow; expected --date like 2026-11-25
        fees|--marketplace|US|--category|HOME_KITCHEN|--price|1|--dims|1x1x1in|--weight|1lb|--days-of-supply|20; expected --days-of-supply like 20,45
        fees|--marketplace|US|--price|1|--dims|1x1x1in|--weight|1lb; Missing required option: '--category
        """)
    void usageErrorsExitWithTwoBeforeAnythingStarts(String args, String message) {
        Run run = bosun(args.split("\\|"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message.strip()).contains("--help' for usage.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void whatTheRateCardCannotAnswerExitsWithOne() {
        Run category = bosun(
                "fees",
                "--marketplace",
                "US",
                "--category",
                "SHOES",
                "--price",
                "20",
                "--dims",
                "10x6x3in",
                "--weight",
                "1lb",
                "--date",
                "2026-03-01");
        assertThat(category.exitCode()).isEqualTo(1);
        assertThat(category.err())
                .contains("no referral fee for the category SHOES")
                .contains("HOME_KITCHEN");
        Run early = bosun(
                "fees",
                "--marketplace",
                "US",
                "--category",
                "HOME_KITCHEN",
                "--price",
                "20",
                "--dims",
                "10x6x3in",
                "--weight",
                "1lb",
                "--date",
                "2020-01-01");
        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.err()).contains("no US rate card is in force on 2020-01-01; the earliest is from 2024-04-15");
        Run none = bosun(
                "fees",
                "--marketplace",
                "BR",
                "--category",
                "HOME_KITCHEN",
                "--price",
                "20",
                "--dims",
                "10x6x3cm",
                "--weight",
                "1kg");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("Bosun has no rate card for BR; it has cards for US, UK, DE, JP");
    }
}
