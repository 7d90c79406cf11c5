package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * One row of a profit report: its key (the fields the report is not grouped by are null) and its figures in the
 * marketplace currency and in the organisation's reporting currency.
 *
 * @param day the day, or the first day of the month, for reports by day or month
 * @param reporting the figures in the reporting currency; null when an exchange rate is missing for some amount
 */
public record ProfitRow(
        Marketplace marketplace,
        LocalDate day,
        String sku,
        String asin,
        String parentAsin,
        ProfitFigures local,
        ProfitFigures reporting) {}
