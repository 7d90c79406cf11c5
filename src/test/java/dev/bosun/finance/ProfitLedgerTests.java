package dev.bosun.finance;

import static dev.bosun.finance.ProfitFixtures.CNY;
import static dev.bosun.finance.ProfitFixtures.USD;
import static dev.bosun.finance.ProfitFixtures.campaignSpend;
import static dev.bosun.finance.ProfitFixtures.order;
import static dev.bosun.finance.ProfitFixtures.productSpend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.amazon.ReportImports;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profit of a store built by hand, in March 2024, every figure to the cent: a settled order with a promotion, a
 * later refund of one unit and a sellable return; an unsettled order with fees from the FBA fee preview; a
 * merchant-fulfilled order with pick-and-pack; an order of a SKU without COGS; Sponsored Products spend on a SKU
 * and Sponsored Brands spend spread by sales; a COGS change and an exchange-rate change on 2024-03-10.
 */
@BosunTest
class ProfitLedgerTests {

    static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

    @Autowired
    AccountDirectory directory;

    @Autowired
    ReportImports imports;

    @Autowired
    OrderBook orders;

    @Autowired
    Returns returns;

    @Autowired
    AdPerformance ads;

    @Autowired
    FeeEstimates estimates;

    @Autowired
    UnitCosts costs;

    @Autowired
    ExchangeRates rates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProfitLedger ledger;

    @TempDir
    Path folder;

    ProfitFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProfitFixtures(
                directory, imports, orders, returns, ads, estimates, costs, rates, jdbc, transactions, folder);
    }

    /** The March store of the class comment, reporting in CNY. */
    SellerAccount march() {
        SellerAccount account = fixtures.account();
        fixtures.reportingCurrency(account, CNY);
        fixtures.rate(account, "2024-03-01", USD, CNY, "7.2");
        fixtures.rate(account, "2024-03-10", USD, CNY, "7.0");
        fixtures.cogs(account, "MUG", "2024-01-01", "36.00", CNY);
        fixtures.cogs(account, "MUG", "2024-03-10", "43.20", CNY);
        fixtures.cogs(account, "CUP", "2024-01-01", "3.00", USD);
        fixtures.shipment(account, "FBA1", "2024-02-01", "MUG", 100, "100.00", "20.00");
        fixtures.pickAndPack(account, "2024-01-01", "1.50");
        fixtures.orders(
                account,
                order("111-0000001-0000001", "MUG", "B0MUG", "2024-03-05T10:00", "AFN", 2, "40.00", "4.00"),
                order("111-0000002-0000002", "MUG", "B0MUG", "2024-03-12T09:00", "AFN", 1, "20.00", null),
                order("111-0000003-0000003", "CUP", "B0CUP", "2024-03-12T11:00", "MFN", 1, "15.00", null),
                order("111-0000004-0000004", "BOWL", "B0BOWL", "2024-03-12T12:00", "AFN", 1, "10.00", null),
                order("111-0000005-0000005", "MUG", "B0MUG", "2024-03-13T12:00", "AFN", 1, "20.00", null));
        fixtures.orders(account, cancelled("111-0000005-0000005"));
        fixtures.feeEstimate(account, "MUG", "20.00", "3.00", "4.50");
        fixtures.sellableReturn(account, "111-0000001-0000001", "MUG", "2024-03-16T10:00", 1);
        fixtures.advertising(account, r -> {
            r.add(productSpend("2024-03-12", "SP mugs", "MUG", "B0MUG", "5.00"));
            r.add(campaignSpend("2024-03-12", AdProduct.SB, "SB brand", "3.00"));
        });
        fixtures.importSettlement(
                account,
                ProfitFixtures.settlement("9000001")
                        .line("Order", "111-0000001-0000001", "MUG", "ItemPrice", "Principal", "40.00", "2024-03-07", 2)
                        .line("Order", "111-0000001-0000001", "MUG", "ItemPrice", "Tax", "3.20", "2024-03-07", 2)
                        .line(
                                "Order",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemWithheldTax",
                                "MarketplaceFacilitatorTax-Principal",
                                "-3.20",
                                "2024-03-07",
                                2)
                        .line("Order", "111-0000001-0000001", "MUG", "Promotion", "Principal", "-4.00", "2024-03-07", 2)
                        .line("Order", "111-0000001-0000001", "MUG", "ItemFees", "Commission", "-6.00", "2024-03-07", 2)
                        .line(
                                "Order",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemFees",
                                "FBAPerUnitFulfillmentFee",
                                "-9.00",
                                "2024-03-07",
                                2)
                        .line("Order", "111-0000003-0000003", "CUP", "ItemPrice", "Principal", "15.00", "2024-03-14", 1)
                        .line("Order", "111-0000003-0000003", "CUP", "ItemFees", "Commission", "-2.25", "2024-03-14", 1)
                        .line(
                                "Refund",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemPrice",
                                "Principal",
                                "-20.00",
                                "2024-03-15",
                                1)
                        .line("Refund", "111-0000001-0000001", "MUG", "Promotion", "Principal", "2.00", "2024-03-15", 1)
                        .line("Refund", "111-0000001-0000001", "MUG", "ItemFees", "Commission", "3.00", "2024-03-15", 1)
                        .line(
                                "Refund",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemFees",
                                "RefundCommission",
                                "-0.60",
                                "2024-03-15",
                                1)
                        .other("Storage Fee", "-3.00", "2024-03-20")
                        .other("Current Reserve Amount", "-50.00", "2024-03-20"));
        return account;
    }

    static dev.bosun.orders.OrderLine cancelled(String orderId) {
        dev.bosun.orders.OrderLine l = order(orderId, "MUG", "B0MUG", "2024-03-13T12:00", "AFN", 1, null, null);
        return new dev.bosun.orders.OrderLine(
                l.amazonOrderId(),
                l.sku(),
                null,
                l.marketplace(),
                l.salesChannel(),
                null,
                l.purchasedAt(),
                l.lastUpdatedAt().plusSeconds(3600),
                "Cancelled",
                l.fulfillmentChannel(),
                l.shipServiceLevel(),
                l.productName(),
                l.asin(),
                "Cancelled",
                0,
                "USD",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
    }

    static Map<String, ProfitRow> bySku(ProfitReport report) {
        return report.rows().stream().collect(Collectors.toMap(ProfitRow::sku, Function.identity()));
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aSettledOrderCountsTheSettlementsFeesAndItsRefundOnTheRefundDay() {
        SellerAccount account = march();

        ProfitFigures mug = bySku(ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU))
                .get("MUG")
                .local()
                .rounded();

        assertThat(mug.currency()).isEqualTo(USD);
        assertThat(mug.units()).isEqualTo(3);
        assertThat(mug.orders()).isEqualTo(2);
        assertThat(mug.sales()).isEqualByComparingTo("60.00");
        assertThat(mug.promotions()).isEqualByComparingTo("-2.00");
        assertThat(mug.refunds()).isEqualByComparingTo("-20.00");
        assertThat(mug.unitsRefunded()).isEqualTo(1);
        // 6.00 settled on the first order, 3.00 estimated (15 % of 20.00), 3.00 back and 0.60 kept on the refund
        assertThat(mug.referralFees()).isEqualByComparingTo("-6.60");
        // 9.00 settled, 4.50 estimated; the cancelled order counts nothing
        assertThat(mug.fbaFees()).isEqualByComparingTo("-13.50");
        assertThat(mug.estimatedFees()).isEqualByComparingTo("-7.50");
        assertThat(mug.unitsEstimated()).isEqualTo(1);
    }

    @Test
    void landedCostFollowsTheCostPeriodsAndTheRatesAndASellableReturnGoesBackToStock() {
        SellerAccount account = march();

        ProfitRow mug = bySku(ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU))
                .get("MUG");

        // CNY is the reporting currency: 2 × 36.00 (before 10 March) + 43.20 (after) − 43.20 returned on 16 March
        assertThat(mug.reporting().cogs()).isEqualByComparingTo("-72.00");
        // in USD: 72.00 / 7.2 + 43.20 / 7.0 − 43.20 / 7.0
        assertThat(cents(mug.local().cogs())).isEqualByComparingTo("-10.00");
        // freight 1.00 and duties 0.20 per unit (shipment of 100 units), 3 sold, 1 back
        assertThat(cents(mug.local().freight())).isEqualByComparingTo("-2.00");
        assertThat(cents(mug.local().duties())).isEqualByComparingTo("-0.40");
        assertThat(mug.local().unitsReturnedSellable()).isEqualTo(1);
        assertThat(mug.local().costUnknown()).isFalse();
        // sales in CNY at the day's rate: 40.00 × 7.2 + 20.00 × 7.0
        assertThat(mug.reporting().sales()).isEqualByComparingTo("428.00");
    }

    @Test
    void aMerchantFulfilledUnitCostsPickAndPackAndAdSpendIsAttributedThenSpreadBySales() {
        SellerAccount account = march();

        Map<String, ProfitRow> rows = bySku(ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU));
        ProfitFigures cup = rows.get("CUP").local().rounded();
        ProfitFigures mug = rows.get("MUG").local().rounded();
        ProfitFigures bowl = rows.get("BOWL").local().rounded();

        assertThat(cup.pickPack()).isEqualByComparingTo("-1.50");
        assertThat(cup.cogs()).isEqualByComparingTo("-3.00");
        assertThat(cup.referralFees()).isEqualByComparingTo("-2.25");
        assertThat(cup.estimated()).isFalse();
        assertThat(mug.pickPack()).isEqualByComparingTo("0.00");
        // SB 3.00 on 12 March spread by that day's sales (MUG 20, CUP 15, BOWL 10) to the cent: 1.33, 1.00, 0.67
        assertThat(mug.adSpend()).isEqualByComparingTo("-6.33");
        assertThat(cup.adSpend()).isEqualByComparingTo("-1.00");
        assertThat(bowl.adSpend()).isEqualByComparingTo("-0.67");
        // 15.00 − 2.25 − 1.00 − 3.00 − 1.50
        assertThat(cup.grossProfit()).isEqualByComparingTo("7.25");
        assertThat(cup.margin().orElseThrow()).isEqualByComparingTo("0.4833333333333333");
        assertThat(cup.roi().orElseThrow()).isEqualByComparingTo("1.611111111111111");
        assertThat(cup.breakEvenAcos().orElseThrow()).isEqualByComparingTo("0.55");
    }

    @Test
    void aSkuWithoutCogsShowsCostUnknownAndIsCounted() {
        SellerAccount account = march();

        ProfitReport report = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU);

        ProfitFigures bowl = bySku(report).get("BOWL").local();
        assertThat(bowl.costUnknown()).isTrue();
        assertThat(bowl.unitsCostUnknown()).isEqualTo(1);
        assertThat(bowl.cogs()).isEqualByComparingTo("0");
        assertThat(report.skusWithoutCost()).isEqualTo(1);
    }

    @Test
    void amountsOfNoSkuAreInTheTotalsNotInTheRowsAndReservesDoNotCount() {
        SellerAccount account = march();

        ProfitReport report = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU);

        assertThat(report.rows()).extracting(ProfitRow::sku).containsExactly("BOWL", "CUP", "MUG");
        ProfitFigures total = report.totals().get(0).local().rounded();
        assertThat(total.storageFees()).isEqualByComparingTo("-3.00");
        assertThat(total.sales()).isEqualByComparingTo("85.00");
        assertThat(total.otherFees()).isEqualByComparingTo("0.00");
        ProfitFigures summed =
                report.rows().stream().map(ProfitRow::local).reduce(ProfitFigures.zero(USD), ProfitFigures::plus);
        assertThat(cents(total.grossProfit()))
                .isEqualByComparingTo(cents(summed.grossProfit().subtract(new BigDecimal("3.00"))));
    }

    @Test
    void byAsinByDayAndByMonthAddUpToTheSameTotal() {
        SellerAccount account = march();

        BigDecimal bySku = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU).rows().stream()
                .map(r -> r.local().sales())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ProfitReport byAsin = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.ASIN);
        BigDecimal byDay = ledger
                .report(account.id(), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 20), ProfitGrouping.DAY)
                .rows()
                .stream()
                .map(r -> r.local().sales())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ProfitReport byMonth =
                ledger.report(account.id(), LocalDate.of(2024, 2, 15), LocalDate.of(2024, 4, 10), ProfitGrouping.MONTH);

        assertThat(byAsin.rows()).extracting(ProfitRow::asin).containsExactly("B0BOWL", "B0CUP", "B0MUG");
        assertThat(bySku).isEqualByComparingTo("85.00");
        assertThat(byDay).isEqualByComparingTo("85.00");
        assertThat(byMonth.rows()).hasSize(1);
        assertThat(byMonth.rows().get(0).local().sales()).isEqualByComparingTo("85.00");
    }

    @Test
    void anOrderShowsItsSettlementLinesAndItsRefund() {
        SellerAccount account = march();

        OrderStatement order = ledger.order(account.id(), "111-0000001-0000001");
        List<OrderProfit> mugOrders = ledger.orders(account.id(), Marketplace.US, "MUG", MARCH_1, MARCH_31);

        assertThat(order.feeLines()).hasSize(10);
        assertThat(order.feeLines())
                .filteredOn(l -> "REFERRAL_FEES".equals(l.counts()))
                .hasSize(3);
        assertThat(order.feeLines()).filteredOn(l -> l.counts() == null).hasSize(4);
        OrderProfit line = order.lines().get(0);
        assertThat(line.settled()).isTrue();
        assertThat(line.local().refunds()).isEqualByComparingTo("-20.00");
        assertThat(line.local().referralFees()).isEqualByComparingTo("-3.60");
        assertThat(mugOrders)
                .extracting(OrderProfit::orderId)
                .containsExactly("111-0000001-0000001", "111-0000002-0000002", "111-0000005-0000005");
        assertThat(mugOrders.get(1).settled()).isFalse();
        assertThat(mugOrders.get(1).local().estimated()).isTrue();
        assertThat(mugOrders.get(2).cancelled()).isTrue();
    }

    @Test
    void reimportingASettlementChangesNoFigure() {
        SellerAccount account = march();
        ProfitReport before = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU);

        fixtures.importSettlement(
                account,
                ProfitFixtures.settlement("9000001")
                        .line("Order", "111-0000001-0000001", "MUG", "ItemPrice", "Principal", "40.00", "2024-03-07", 2)
                        .line("Order", "111-0000001-0000001", "MUG", "ItemPrice", "Tax", "3.20", "2024-03-07", 2)
                        .line(
                                "Order",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemWithheldTax",
                                "MarketplaceFacilitatorTax-Principal",
                                "-3.20",
                                "2024-03-07",
                                2)
                        .line("Order", "111-0000001-0000001", "MUG", "Promotion", "Principal", "-4.00", "2024-03-07", 2)
                        .line("Order", "111-0000001-0000001", "MUG", "ItemFees", "Commission", "-6.00", "2024-03-07", 2)
                        .line(
                                "Order",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemFees",
                                "FBAPerUnitFulfillmentFee",
                                "-9.00",
                                "2024-03-07",
                                2)
                        .line("Order", "111-0000003-0000003", "CUP", "ItemPrice", "Principal", "15.00", "2024-03-14", 1)
                        .line("Order", "111-0000003-0000003", "CUP", "ItemFees", "Commission", "-2.25", "2024-03-14", 1)
                        .line(
                                "Refund",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemPrice",
                                "Principal",
                                "-20.00",
                                "2024-03-15",
                                1)
                        .line("Refund", "111-0000001-0000001", "MUG", "Promotion", "Principal", "2.00", "2024-03-15", 1)
                        .line("Refund", "111-0000001-0000001", "MUG", "ItemFees", "Commission", "3.00", "2024-03-15", 1)
                        .line(
                                "Refund",
                                "111-0000001-0000001",
                                "MUG",
                                "ItemFees",
                                "RefundCommission",
                                "-0.60",
                                "2024-03-15",
                                1)
                        .other("Storage Fee", "-3.00", "2024-03-20")
                        .other("Current Reserve Amount", "-50.00", "2024-03-20"));
        ProfitReport after = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU);

        assertThat(after.computedAt()).isAfter(before.computedAt());
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.totals()).isEqualTo(before.totals());
    }

    @Test
    void aMissingExchangeRateIsNamedAndLeavesTheReportingFiguresOut() {
        SellerAccount account = march();
        fixtures.reportingCurrency(account, Currency.getInstance("EUR"));

        ProfitReport report = ledger.report(account.id(), MARCH_1, MARCH_31, ProfitGrouping.SKU);

        assertThat(report.total()).isNull();
        assertThat(report.missingRates()).containsEntry("USD→EUR", LocalDate.of(2024, 3, 5));
        assertThat(bySku(report).get("CUP").reporting()).isNull();
        assertThat(bySku(report).get("CUP").local().sales()).isEqualByComparingTo("15.00");
    }

    @Test
    void theStatementAddsTheMonthsOtherExpensesByCategory() {
        SellerAccount account = march();
        costs.addExpense(
                null,
                account.id(),
                YearMonth.of(2024, 3),
                "software",
                dev.bosun.shared.Money.of("70.00", "CNY"),
                "Bosun");
        costs.addExpense(
                null,
                account.id(),
                YearMonth.of(2024, 3),
                "salaries",
                dev.bosun.shared.Money.of("100.00", "USD"),
                null);

        ProfitStatement statement = ledger.statement(account.id(), YearMonth.of(2024, 2), YearMonth.of(2024, 3), null);

        assertThat(statement.months()).containsExactly(YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(statement.currency()).isEqualTo(CNY);
        assertThat(statement.figures().get(0).sales()).isEqualByComparingTo("0");
        assertThat(statement.expenses().get("software").get(1)).isEqualByComparingTo("70.00");
        // 100.00 USD at the rate of 31 March (7.0)
        assertThat(statement.expenses().get("salaries").get(1)).isEqualByComparingTo("700.00");
        assertThat(statement.expensesOf(1)).isEqualByComparingTo("770.00");
        assertThat(statement.netProfitOf(1))
                .isEqualByComparingTo(statement.figures().get(1).grossProfit().subtract(new BigDecimal("770.00")));
    }
}
