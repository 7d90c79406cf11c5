package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * A campaign's daily figures added up over a range of days.
 *
 * @param from first day with figures in the range
 * @param to last day with figures in the range
 * @param days the number of days with figures
 */
public record CampaignTotal(
        Marketplace marketplace,
        AdProduct adProduct,
        String campaignName,
        String currency,
        LocalDate from,
        LocalDate to,
        int days,
        AdFigures figures) {}
