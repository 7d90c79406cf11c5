package dev.bosun.finance.web;

import dev.bosun.finance.ProfitFigures;
import dev.bosun.finance.ProfitStatement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A line of the P&L statement with one value per month (null where an exchange rate is missing), rounded to the
 * currency's minor unit.
 *
 * @param key the message key of a fixed line ({@code pnl.sales} …); null for an expense category
 * @param category the expense category, for expense lines
 * @param total whether the line is a subtotal (gross profit, net profit)
 */
public record PnlRow(String key, String category, List<BigDecimal> values, boolean total) {

    static List<PnlRow> rows(ProfitStatement s) {
        int digits = Math.max(s.currency().getDefaultFractionDigits(), 0);
        List<PnlRow> rows = new ArrayList<>();
        rows.add(line(s, "pnl.sales", ProfitFigures::sales, digits, false));
        rows.add(line(s, "pnl.refunds", ProfitFigures::refunds, digits, false));
        rows.add(line(s, "pnl.promotions", ProfitFigures::promotions, digits, false));
        rows.add(line(s, "pnl.referral", ProfitFigures::referralFees, digits, false));
        rows.add(line(s, "pnl.fba", ProfitFigures::fbaFees, digits, false));
        rows.add(line(s, "pnl.storage", ProfitFigures::storageFees, digits, false));
        rows.add(line(s, "pnl.otherFees", ProfitFigures::otherFees, digits, false));
        rows.add(line(s, "pnl.reimbursements", ProfitFigures::reimbursements, digits, false));
        rows.add(line(s, "pnl.ads", ProfitFigures::adSpend, digits, false));
        rows.add(line(s, "pnl.cogs", ProfitFigures::cogs, digits, false));
        rows.add(line(s, "pnl.freight", ProfitFigures::freight, digits, false));
        rows.add(line(s, "pnl.duties", ProfitFigures::duties, digits, false));
        rows.add(line(s, "pnl.pickPack", ProfitFigures::pickPack, digits, false));
        rows.add(line(s, "pnl.gross", ProfitFigures::grossProfit, digits, true));
        s.expenses()
                .forEach((category, amounts) -> rows.add(new PnlRow(
                        null,
                        category,
                        amounts.stream()
                                .map(a -> a.negate().setScale(digits, RoundingMode.HALF_UP))
                                .toList(),
                        false)));
        List<BigDecimal> net = new ArrayList<>();
        for (int i = 0; i < s.months().size(); i++) {
            BigDecimal value = s.netProfitOf(i);
            net.add(value == null ? null : value.setScale(digits, RoundingMode.HALF_UP));
        }
        rows.add(new PnlRow("pnl.net", null, net, true));
        return rows;
    }

    private static PnlRow line(
            ProfitStatement s, String key, Function<ProfitFigures, BigDecimal> value, int digits, boolean total) {
        List<BigDecimal> values = new ArrayList<>();
        for (ProfitFigures f : s.figures()) {
            values.add(f == null ? null : value.apply(f).setScale(digits, RoundingMode.HALF_UP));
        }
        return new PnlRow(key, null, values, total);
    }
}
