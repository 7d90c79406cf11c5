package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.FeeLineCheck.Kind;
import dev.bosun.finance.FeeLineCheck.Status;
import dev.bosun.finance.ReconciliationStatus;
import dev.bosun.finance.Settlement;
import dev.bosun.finance.SettlementLine;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settlement reconciliation as tables: each fee line of a settlement against what the US 2024-04-15 rate card, the
 * fee preview's package and the monthly storage report call for, a cent of tolerance per line; the settlement's
 * lines against its total and the reserve carried over.
 */
class SettlementAuditTests {

    static final RateBook CARDS = RateBook.bundled(SettlementAuditTests.class.getClassLoader());
    static final LocalDate ORDERED = LocalDate.of(2025, 6, 10);
    static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");

    /** A fee preview package per SKU; the SKU's name says its category. */
    static final Map<String, PackageSize> PACKAGES = Map.of(
            "CASE-HK", PackageSize.parse("6x3x0.5in", "5oz"),
            "BOX-HK", PackageSize.parse("12x10x6in", "2lb"),
            "BIB-BABY", PackageSize.parse("6x3x0.5in", "5oz"));

    private final Map<YearMonth, Map<String, BigDecimal>> storage = new HashMap<>();

    private final SettlementAudit.Facts facts = new SettlementAudit.Facts() {
        @Override
        public Optional<SettlementAudit.SkuFacts> sku(Marketplace marketplace, String sku) {
            if (sku.startsWith("NOPREVIEW")) {
                return Optional.empty();
            }
            String group = sku.endsWith("BABY") ? "Baby" : sku.endsWith("HK") ? "Home & Kitchen" : "Garden gnomes";
            return Optional.of(new SettlementAudit.SkuFacts(
                    "X00" + sku,
                    "B0" + sku,
                    PACKAGES.get(sku),
                    "package of " + sku,
                    group,
                    ProductGroups.read("test", "Home & Kitchen = HOME_KITCHEN\nBaby = BABY")
                            .candidates(group)));
        }

        @Override
        public Optional<RateCard> card(Marketplace marketplace, LocalDate date) {
            return CARDS.cardFor(marketplace, date);
        }

        @Override
        public LocalDate orderDate(String orderId, Marketplace marketplace) {
            return orderId.startsWith("UNKNOWN") ? null : ORDERED;
        }

        @Override
        public Map<String, BigDecimal> storage(Marketplace marketplace, YearMonth month) {
            return storage.get(month);
        }
    };

    @ParameterizedTest(name = "{0}: {1} units, principal {2}, promotion {3}, commission {4} → {5} expected, {6}")
    @CsvSource(textBlock = """
            CASE-HK,  1, 25.00,  0.00,  3.75, 3.75, OK
            CASE-HK,  1, 25.00,  0.00,  3.76, 3.75, OK
            CASE-HK,  1, 25.00,  0.00,  3.77, 3.75, OVERCHARGED
            CASE-HK,  1, 25.00,  0.00,  3.73, 3.75, UNDERCHARGED
            CASE-HK,  1, 30.00, -5.00,  3.75, 3.75, OK
            CASE-HK,  1,  1.50,  0.00,  0.30, 0.30, OK
            CASE-HK,  2,  3.00,  0.00,  0.60, 0.60, OK
            CASE-HK,  3, 38.97,  0.00,  5.85, 5.85, OK
            CASE-HK,  2, 25.00, -0.01,  3.74, 3.74, OK
            BIB-BABY, 1,  9.99,  0.00,  0.80, 0.80, OK
            BIB-BABY, 1, 10.49,  0.00,  1.57, 1.57, OK
            BIB-BABY, 1, 10.49,  0.00,  0.84, 1.57, UNDERCHARGED
            """)
    void referralFeesAreTheCategoryRateOfTheUnitPriceAtLeastTheMinimumTimesTheUnits(
            String sku,
            int units,
            String principal,
            String promotion,
            String commission,
            String expected,
            Status status) {
        Lines lines = new Lines();
        lines.order("111-1", sku, units, "ItemPrice", "Principal", principal);
        if (new BigDecimal(promotion).signum() != 0) {
            lines.order("111-1", sku, units, "Promotion", "Principal", promotion);
        }
        lines.order("111-1", sku, units, "ItemFees", "Commission", "-" + commission);
        FeeLineCheck check = only(lines, Kind.REFERRAL);
        assertThat(check.expected()).isEqualByComparingTo(expected);
        assertThat(check.status()).isEqualTo(status);
        assertThat(check.rateCard()).isEqualTo("US 2024-04-15");
    }

    @ParameterizedTest(name = "{0} at {1}, charged {2} → {3} due, {4}, billed as {5} {6}")
    @CsvSource(textBlock = """
            CASE-HK, 19.99, 3.24, 3.24, OK,          ,               ,
            CASE-HK, 19.99, 3.25, 3.24, OK,          ,               ,
            CASE-HK,  9.99, 2.47, 2.47, OK,          ,               ,
            CASE-HK, 19.99, 3.33, 3.24, OVERCHARGED, SMALL_STANDARD, 6 oz – 8 oz
            CASE-HK, 19.99, 4.55, 3.24, OVERCHARGED, LARGE_STANDARD, 12 oz – 16 oz
            CASE-HK, 19.99, 4.86, 3.24, OVERCHARGED,               ,
            BOX-HK,  24.99, 7.64, 7.64, OK,          ,               ,
            BOX-HK,  24.99, 7.72, 7.64, OVERCHARGED, LARGE_STANDARD, 5.25 lb – 5.5 lb
            BOX-HK,  24.99, 7.48, 7.64, UNDERCHARGED, LARGE_STANDARD, 4.5 lb – 4.75 lb
            """)
    void fbaFeesAreTheFeeOfThePackagesSizeTierAndTheTierChargedIsReadBack(
            String sku,
            String price,
            String charged,
            String expected,
            Status status,
            String chargedTier,
            String chargedWeight) {
        Lines lines = new Lines();
        lines.order("111-2", sku, 1, "ItemPrice", "Principal", price);
        lines.order("111-2", sku, 1, "ItemFees", "FBAPerUnitFulfillmentFee", "-" + charged);
        FeeLineCheck check = only(lines, Kind.FBA_FEE);
        assertThat(check.expected()).isEqualByComparingTo(expected);
        assertThat(check.status()).isEqualTo(status);
        assertThat(check.sizeTier()).isEqualTo(sku.equals("BOX-HK") ? "LARGE_STANDARD" : "SMALL_STANDARD");
        assertThat(check.chargedTier()).isEqualTo(chargedTier);
        assertThat(check.chargedWeight()).isEqualTo(chargedWeight);
    }

    @Test
    void theFbaFeeOfSeveralUnitsAndComponentsIsCheckedOnceOnItsFirstLine() {
        Lines lines = new Lines();
        lines.order("111-3", "CASE-HK", 2, "ItemPrice", "Principal", "39.98");
        lines.order("111-3", "CASE-HK", 2, "ItemFees", "FBAPerUnitFulfillmentFee", "-6.00");
        lines.order("111-3", "CASE-HK", 2, "ItemFees", "FBAWeightBasedFee", "-0.48");
        FeeLineCheck check = only(lines, Kind.FBA_FEE);
        assertThat(check.lineNo()).isEqualTo(2);
        assertThat(check.charged()).isEqualByComparingTo("6.48");
        assertThat(check.expected()).isEqualByComparingTo("6.48");
        assertThat(check.status()).isEqualTo(Status.OK);
    }

    @Test
    void theRateCardIsTheOneInForceOnTheOrderDateAndThePostingDateWhenTheOrderIsUnknown() {
        Lines lines = new Lines();
        // Ordered in June 2025 (2024 card), posted after the 2026 card took effect; unknown orders use the posting.
        lines.posted = LocalDate.of(2026, 1, 20);
        lines.order("111-4", "CASE-HK", 1, "ItemPrice", "Principal", "19.99");
        lines.order("111-4", "CASE-HK", 1, "ItemFees", "FBAPerUnitFulfillmentFee", "-3.24");
        lines.order("UNKNOWN-5", "CASE-HK", 1, "ItemPrice", "Principal", "19.99");
        lines.order("UNKNOWN-5", "CASE-HK", 1, "ItemFees", "FBAPerUnitFulfillmentFee", "-3.24");
        List<FeeLineCheck> checks = audit(lines, "0").lines();
        assertThat(checks).extracting(FeeLineCheck::rateCard).containsExactly("US 2024-04-15", "US 2026-01-15");
        assertThat(checks.get(0).status()).isEqualTo(Status.OK);
        assertThat(checks.get(1).orderDate()).isNull();
    }

    @ParameterizedTest(name = "SKU line charged {0}, report {1} → {2}")
    @CsvSource(textBlock = """
            12.35, 12.3456, 12.35, OK
            12.36, 12.3456, 12.35, OK
            14.00, 12.3456, 12.35, OVERCHARGED
            """)
    void storageFeesAreTheMonthlyStorageReportsFeeOfTheMonthBeforeThePosting(
            String charged, String report, String expected, Status status) {
        storage.put(YearMonth.of(2025, 6), Map.of("X00CASE-HK", new BigDecimal(report)));
        Lines lines = new Lines();
        lines.posted = LocalDate.of(2025, 7, 7);
        lines.other("Storage Fee", "CASE-HK", "-" + charged);
        FeeLineCheck check = only(lines, Kind.STORAGE);
        assertThat(check.chargeMonth()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(check.expected()).isEqualByComparingTo(expected);
        assertThat(check.status()).isEqualTo(status);
    }

    @Test
    void storageWithoutASkuIsTheMonthsTotalAndWithoutAReportItCannotBeChecked() {
        storage.put(YearMonth.of(2025, 6), Map.of("X00A", new BigDecimal("10.004"), "X00B", new BigDecimal("5.001")));
        Lines lines = new Lines();
        lines.posted = LocalDate.of(2025, 7, 8);
        lines.other("FBA Inventory Storage Fee", null, "-15.01");
        assertThat(only(lines, Kind.STORAGE).status()).isEqualTo(Status.OK);

        Lines later = new Lines();
        later.posted = LocalDate.of(2025, 8, 8);
        later.other("Storage Fee", "CASE-HK", "-3.00");
        FeeLineCheck check = only(later, Kind.STORAGE);
        assertThat(check.status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(check.reason()).isEqualTo("no-storage-report");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            NOPREVIEW-HK, no-fee-preview
            CASE-GNOME,   unknown-category
            """)
    void aLineWithoutWhatItNeedsIsNotCheckableAndSaysWhy(String sku, String reason) {
        Lines lines = new Lines();
        lines.order("111-6", sku, 1, "ItemPrice", "Principal", "20.00");
        lines.order("111-6", sku, 1, "ItemFees", "Commission", "-3.00");
        SettlementAudit.Result result = audit(lines, "17.00");
        assertThat(result.lines()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.NOT_CHECKABLE);
            assertThat(c.reason()).isEqualTo(reason);
        });
        assertThat(result.check().status()).isEqualTo(ReconciliationStatus.NOT_CHECKABLE);
        assertThat(result.check().reason()).isEqualTo(reason);
    }

    @Test
    void theLinesMustAddUpToTheTotalAndTheReserveReleasedBeWhatThePreviousSettlementHeld() {
        Lines lines = new Lines();
        lines.order("111-7", "CASE-HK", 1, "ItemPrice", "Principal", "25.00");
        lines.order("111-7", "CASE-HK", 1, "ItemFees", "Commission", "-3.75");
        lines.other("Previous Reserve Amount Balance", null, "100.00");
        lines.other("Current Reserve Amount", null, "-80.00");
        SettlementAudit.Result fine =
                SettlementAudit.audit(settlement("41.25"), lines.all, facts, new BigDecimal("-100.00"), NOW);
        assertThat(fine.check().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(fine.check().reserveHeld()).isEqualByComparingTo("-80.00");

        SettlementAudit.Result unbalanced =
                SettlementAudit.audit(settlement("41.26"), lines.all, facts, new BigDecimal("-100.00"), NOW);
        assertThat(unbalanced.check().status()).isEqualTo(ReconciliationStatus.DISCREPANCIES);
        assertThat(unbalanced.check().reason()).isEqualTo("lines-do-not-add-up");
        assertThat(unbalanced.check().difference()).isEqualByComparingTo("0.01");

        SettlementAudit.Result reserve =
                SettlementAudit.audit(settlement("41.25"), lines.all, facts, new BigDecimal("-90.00"), NOW);
        assertThat(reserve.check().status()).isEqualTo(ReconciliationStatus.DISCREPANCIES);
        assertThat(reserve.check().reason()).isEqualTo("reserve-not-carried");
    }

    @Test
    void overchargesAreSummedPerSettlement() {
        Lines lines = new Lines();
        lines.order("111-8", "CASE-HK", 1, "ItemPrice", "Principal", "19.99");
        lines.order("111-8", "CASE-HK", 1, "ItemFees", "FBAPerUnitFulfillmentFee", "-4.86");
        lines.order("111-9", "CASE-HK", 1, "ItemPrice", "Principal", "19.99");
        lines.order("111-9", "CASE-HK", 1, "ItemFees", "FBAPerUnitFulfillmentFee", "-4.86");
        SettlementAudit.Result result = audit(lines, "30.26");
        assertThat(result.check().overcharged()).isEqualByComparingTo("3.24");
        assertThat(result.check().discrepantLines()).isEqualTo(2);
        assertThat(result.check().reason()).isEqualTo("overcharged");
    }

    private FeeLineCheck only(Lines lines, Kind kind) {
        BigDecimal total = lines.all.stream().map(SettlementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<FeeLineCheck> checks = audit(lines, total.toPlainString()).lines().stream()
                .filter(c -> c.kind() == kind)
                .toList();
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    private SettlementAudit.Result audit(Lines lines, String total) {
        return SettlementAudit.audit(settlement(total), lines.all, facts, null, NOW);
    }

    static Settlement settlement(String total) {
        return new Settlement(
                "S-1",
                Instant.parse("2025-06-01T07:00:00Z"),
                Instant.parse("2025-06-15T07:00:00Z"),
                Instant.parse("2025-06-18T07:00:00Z"),
                new BigDecimal(total),
                "USD",
                List.of(Marketplace.US),
                List.of("Amazon.com"),
                10,
                "finance.settlement-v2");
    }

    /** Settlement lines in the V2 vocabulary, numbered in the order added. */
    static final class Lines {
        final List<SettlementLine> all = new ArrayList<>();
        LocalDate posted = LocalDate.of(2025, 6, 11);

        void order(String orderId, String sku, int units, String type, String description, String amount) {
            add("Order", orderId, sku, units, type, description, amount);
        }

        void other(String description, String sku, String amount) {
            add("other-transaction", null, sku, null, "other-transaction", description, amount);
        }

        private void add(
                String transaction,
                String orderId,
                String sku,
                Integer units,
                String type,
                String description,
                String amount) {
            all.add(new SettlementLine(
                    "S-1",
                    all.size() + 1,
                    1,
                    transaction,
                    orderId,
                    null,
                    null,
                    null,
                    "Amazon.com",
                    Marketplace.US,
                    type,
                    description,
                    new BigDecimal(amount),
                    "USD",
                    "AFN",
                    posted,
                    null,
                    orderId == null ? null : "item-" + orderId,
                    null,
                    null,
                    sku,
                    units,
                    null));
        }
    }
}
