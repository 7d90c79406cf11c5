package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.finance.FinanceFixtures.Tsv;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A settlement posted ten days ago with one order of SKU CASE-1 (a 6 × 3 × 0.5 in, 0.31 lb phone case sold at 19.99
 * USD): its referral fee right, its FBA fee charged at 4.86 where the small standard tier calls for {@link #due}; and
 * the fee preview row that gives the package and the category, both imported into an account.
 */
record OverchargedSettlement(String settlementId, LocalDate posted, BigDecimal due) {

    static final String SKU = "CASE-1";
    static final String ORDER = "111-0000001-0000001";

    static OverchargedSettlement importInto(FinanceFixtures files, SellerAccount account, Clock clock) {
        LocalDate posted = LocalDate.now(clock.withZone(Marketplace.US.zone())).minusDays(10);
        BigDecimal due = FeeCalculator.fromRateCards()
                .estimate(FeeQuery.of(
                        Marketplace.US,
                        "HOME_KITCHEN",
                        Money.of("19.99", "USD"),
                        PackageSize.parse("6x3x0.5in", "0.31lb"),
                        posted))
                .fbaFee()
                .amount();
        String settlementId = "9" + Math.abs(account.id() * 7919 % 1_000_000_000L);
        String postedText = posted.format(DateTimeFormatter.ofPattern("MM/dd/yy"));
        BigDecimal total =
                new BigDecimal("19.99").subtract(new BigDecimal("3.00")).subtract(new BigDecimal("4.86"));
        Tsv settlement = Tsv.withHeader(
                        "settlement-id",
                        "settlement-start-date",
                        "settlement-end-date",
                        "deposit-date",
                        "total-amount",
                        "currency",
                        "transaction-type",
                        "order-id",
                        "marketplace-name",
                        "amount-type",
                        "amount-description",
                        "amount",
                        "fulfillment-id",
                        "posted-date",
                        "order-item-code",
                        "sku",
                        "quantity-purchased")
                .row(
                        "settlement-id",
                        settlementId,
                        "settlement-start-date",
                        posted.minusDays(5) + " 00:00:00 UTC",
                        "settlement-end-date",
                        posted.plusDays(5) + " 00:00:00 UTC",
                        "deposit-date",
                        posted.plusDays(8) + " 00:00:00 UTC",
                        "total-amount",
                        total.toPlainString(),
                        "currency",
                        "USD");
        order(settlement, settlementId, postedText, "ItemPrice", "Principal", "19.99");
        order(settlement, settlementId, postedText, "ItemFees", "Commission", "-3.00");
        order(settlement, settlementId, postedText, "ItemFees", "FBAPerUnitFulfillmentFee", "-4.86");
        assertThat(files.importText(account, "settlement.txt", settlement.text())
                        .rejected())
                .isZero();
        Tsv preview = Tsv.withHeader(
                        "sku",
                        "fnsku",
                        "asin",
                        "product-name",
                        "product-group",
                        "your-price",
                        "longest-side",
                        "median-side",
                        "shortest-side",
                        "unit-of-dimension",
                        "item-package-weight",
                        "unit-of-weight",
                        "product-size-tier",
                        "currency",
                        "estimated-fee-total",
                        "estimated-referral-fee-per-unit",
                        "expected-fulfillment-fee-per-unit")
                .row(
                        "sku", SKU,
                        "fnsku", "X00CASE001",
                        "asin", "B0CASE0001",
                        "product-name", "Phone case",
                        "product-group", "Home & Kitchen",
                        "your-price", "19.99",
                        "longest-side", "6",
                        "median-side", "3",
                        "shortest-side", "0.5",
                        "unit-of-dimension", "inches",
                        "item-package-weight", "0.31",
                        "unit-of-weight", "pounds",
                        "product-size-tier", "Small standard-size",
                        "currency", "USD",
                        "estimated-fee-total", new BigDecimal("3.00").add(due).toPlainString(),
                        "estimated-referral-fee-per-unit", "3.00",
                        "expected-fulfillment-fee-per-unit", due.toPlainString());
        assertThat(files.importText(
                                account,
                                "fee-preview.txt",
                                preview.text(),
                                new ImportOptions(false, Marketplace.US, posted, posted, "test"))
                        .rejected())
                .isZero();
        return new OverchargedSettlement(settlementId, posted, due);
    }

    private static void order(
            Tsv settlement, String settlementId, String posted, String type, String description, String amount) {
        settlement.row(
                "settlement-id", settlementId,
                "transaction-type", "Order",
                "order-id", ORDER,
                "marketplace-name", "Amazon.com",
                "amount-type", type,
                "amount-description", description,
                "amount", amount,
                "fulfillment-id", "AFN",
                "posted-date", posted,
                "order-item-code", "55501",
                "sku", SKU,
                "quantity-purchased", "1");
    }
}
