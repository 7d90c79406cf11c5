package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A campaign's figures for a day or a summary period (campaign report).
 *
 * @param campaignId Amazon's id, when the report gives it
 * @param status the campaign's state as reported (ENABLED, PAUSED, ARCHIVED), upper case
 * @param budget the campaign's budget as reported, in the row's currency
 * @param targetingType AUTO or MANUAL, when reported
 */
public record CampaignPerformance(
        AdScope scope,
        String campaignName,
        String campaignId,
        String portfolio,
        String status,
        BigDecimal budget,
        String targetingType,
        String biddingStrategy,
        AdFigures figures) {

    public CampaignPerformance {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(figures, "figures");
    }
}
