package dev.bosun.brand;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of the top clicked ASINs for a search term in a department over a reporting period, per Brand Analytics.
 *
 * @param reportPeriod DAY, WEEK, MONTH or QUARTER, as the report was requested
 * @param searchFrequencyRank the term's rank by number of searches in the department (1 = most searched)
 * @param clickShareRank the ASIN's rank among the term's clicked ASINs (1-3)
 * @param clickShare the ASIN's share of the term's clicks, a fraction (0.0771 = 7.71 %)
 * @param conversionShare the ASIN's share of the term's conversions, a fraction
 */
public record SearchTermClick(
        Marketplace marketplace,
        LocalDate periodStart,
        LocalDate periodEnd,
        String reportPeriod,
        String department,
        String searchTerm,
        int searchFrequencyRank,
        int clickShareRank,
        String clickedAsin,
        BigDecimal clickShare,
        BigDecimal conversionShare) {}
