package dev.bosun.finance.web;

import dev.bosun.finance.ProfitFigures;
import dev.bosun.finance.ProfitRow;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A row of a profit table as a page shows it: its key and its figures in the chosen currency, rounded to the
 * currency's minor unit; {@code figures} is null when the reporting currency was chosen and a rate is missing.
 */
public record ProfitLine(
        Marketplace marketplace, LocalDate day, String sku, String asin, String parentAsin, ProfitFigures figures) {

    static ProfitLine of(ProfitRow row, boolean reporting) {
        ProfitFigures f = reporting ? row.reporting() : row.local();
        return new ProfitLine(
                row.marketplace(), row.day(), row.sku(), row.asin(), row.parentAsin(), f == null ? null : f.rounded());
    }

    /** A fraction as a percentage with one decimal, or null. */
    static BigDecimal percent(Optional<BigDecimal> fraction) {
        return fraction.map(f -> f.movePointRight(2).setScale(1, RoundingMode.HALF_UP))
                .orElse(null);
    }

    public BigDecimal marginPercent() {
        return figures == null ? null : percent(figures.margin());
    }

    public BigDecimal roiPercent() {
        return figures == null || figures.costUnknown() ? null : percent(figures.roi());
    }

    public BigDecimal breakEvenAcosPercent() {
        return figures == null ? null : percent(figures.breakEvenAcos());
    }

    public BigDecimal acosPercent() {
        return figures == null ? null : percent(figures.adCostOfSales());
    }

    /** The orders by which a table can be sorted, by URL name. */
    static Comparator<ProfitLine> order(String sort) {
        Comparator<BigDecimal> amounts = Comparator.nullsFirst(Comparator.naturalOrder());
        return switch (sort == null ? "" : sort) {
            case "asin" -> Comparator.comparing(l -> l.asin() == null ? "" : l.asin());
            case "sku" -> Comparator.comparing(l -> l.sku() == null ? "" : l.sku());
            case "units" ->
                Comparator.comparing(
                        l -> l.figures() == null
                                ? null
                                : BigDecimal.valueOf(l.figures().units()),
                        amounts);
            case "profit" ->
                Comparator.comparing(
                        l -> l.figures() == null ? null : l.figures().grossProfit(), amounts);
            case "margin" -> Comparator.comparing(ProfitLine::marginPercent, amounts);
            case "ads" ->
                Comparator.comparing(
                        l -> l.figures() == null ? null : l.figures().adSpend().negate(), amounts);
            case "cogs" ->
                Comparator.comparing(
                        l -> l.figures() == null
                                ? null
                                : l.figures().landedCost().negate(),
                        amounts);
            default ->
                Comparator.comparing(
                        l -> l.figures() == null ? null : l.figures().sales(), amounts);
        };
    }
}
