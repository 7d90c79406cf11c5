package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Profit of an account over the days {@code from..to}, grouped as asked.
 *
 * @param rows the groups, by marketplace and key; amounts that belong to no SKU are left out of SKU, ASIN and
 *     parent rows (they are in the totals)
 * @param totals per marketplace, everything included, in the marketplace currency
 * @param total everything in the reporting currency; null when an exchange rate is missing
 * @param skusWithoutCost SKUs that sold units in the period without a known COGS
 * @param missingRates currency pairs ({@code CNY→USD}) without an exchange rate, with the first day one lacked
 * @param computedAt when the rollup these figures come from was computed; null before the first rollup
 * @param recomputing whether the sources changed since that rollup and a new one is being computed (the figures are
 *     those of the last one)
 */
public record ProfitReport(
        long accountId,
        LocalDate from,
        LocalDate to,
        ProfitGrouping grouping,
        Marketplace marketplace,
        Currency reportingCurrency,
        List<ProfitRow> rows,
        List<ProfitRow> totals,
        ProfitFigures total,
        int skusWithoutCost,
        Map<String, LocalDate> missingRates,
        Instant computedAt,
        boolean recomputing) {

    public ProfitReport {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        missingRates = Map.copyOf(missingRates);
    }
}
