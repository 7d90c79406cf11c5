package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The monthly profit and loss statement of an account: per month, the profit figures and the account's other
 * expenses (software, salaries, …) by category, in the reporting currency.
 *
 * @param marketplace the marketplace the statement is for, or null for the whole account; for one marketplace the
 *     other expenses are its share by sales of the account's sales that month
 * @param months the months, oldest first
 * @param figures per month (same order), in the reporting currency; an entry is null when a rate is missing
 * @param expenses per expense category, one amount per month (same order), positive, in the reporting currency
 * @param missingRates currency pairs without an exchange rate, with the first day one lacked
 * @param computedAt when the profit rollup behind the figures was computed; null before the first one
 * @param recomputing whether a newer rollup is being computed (the figures are those of the last one)
 */
public record ProfitStatement(
        long accountId,
        Marketplace marketplace,
        Currency currency,
        List<YearMonth> months,
        List<ProfitFigures> figures,
        Map<String, List<BigDecimal>> expenses,
        Map<String, java.time.LocalDate> missingRates,
        java.time.Instant computedAt,
        boolean recomputing) {

    /** The other expenses of month {@code i}, positive. */
    public BigDecimal expensesOf(int i) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<BigDecimal> amounts : expenses.values()) {
            sum = sum.add(amounts.get(i));
        }
        return sum;
    }

    /** Gross profit less the other expenses of month {@code i}; null when the month's figures are incomplete. */
    public BigDecimal netProfitOf(int i) {
        ProfitFigures f = figures.get(i);
        return f == null ? null : f.grossProfit().subtract(expensesOf(i));
    }
}
