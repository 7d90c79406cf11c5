package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.ProfitTruth;
import dev.bosun.simulator.domain.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;

/**
 * Writes the profit part of {@code truth.json}: per marketplace (with each month and its other expenses, gross and
 * net profit) and per SKU, every profit line rounded once, half up, to the currency's minor unit.
 */
final class ProfitTruthJson {

    private ProfitTruthJson() {}

    static void definitions(JsonText json) {
        json.field(
                "profit",
                "profit lines by the rules of docs/finance-profit.md, worked out from the simulation's own sales,"
                        + " settlements, ads and the seller's cost files, signed as they count (sales positive;"
                        + " fees, refunds and costs negative): sales and promotions, the order's fees (settled, else"
                        + " the documented estimate) and its landed cost on the purchase day; refunds, storage,"
                        + " reimbursements and removal fees (otherFees) on the day a closed settlement posted them;"
                        + " adSpendAdvertised by advertised SKU, adSpendSpread the spend of campaigns without"
                        + " product rows spread by the day's sales; grossProfit before, netProfit (months only)"
                        + " after the month's other expenses");
    }

    static void marketplace(JsonText json, ProfitTruth profit, Store store, Marketplace marketplace) {
        int digits = store.locality(marketplace).minorDigits();
        json.key("profit").object();
        figures(json, profit.total(marketplace), digits);
        json.key("months").array();
        for (Map.Entry<YearMonth, ProfitTruth.Figures> month :
                profit.months(marketplace).entrySet()) {
            ProfitTruth.Figures f = month.getValue();
            BigDecimal expenses = profit.expenses(marketplace, month.getKey());
            json.object();
            json.field("month", month.getKey().toString());
            figures(json, f, digits);
            json.numberField("otherExpenses", amount(expenses.negate(), digits));
            json.numberField("netProfit", amount(f.grossProfit().subtract(expenses), digits));
            json.end();
        }
        json.end();
        json.end();
    }

    static void sku(JsonText json, ProfitTruth profit, Offer offer, int digits) {
        json.key("profit").object();
        figures(json, profit.offer(offer), digits);
        json.end();
    }

    private static void figures(JsonText json, ProfitTruth.Figures f, int digits) {
        json.field("orders", f.orders);
        json.field("units", f.units);
        json.field("unitsEstimated", f.unitsEstimated);
        json.field("unitsRefunded", f.unitsRefunded);
        json.field("unitsReturnedSellable", f.unitsReturnedSellable);
        for (ProfitTruth.Line line : ProfitTruth.Line.values()) {
            json.numberField(line.key(), amount(f.get(line), digits));
        }
        json.numberField("adSpend", amount(f.adSpend(), digits));
        json.numberField("profitBeforeAds", amount(f.profitBeforeAds(), digits));
        json.numberField("grossProfit", amount(f.grossProfit(), digits));
    }

    private static String amount(BigDecimal value, int digits) {
        return value.setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
