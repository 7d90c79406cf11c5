package dev.bosun.advertising;

import java.util.Objects;

/**
 * A campaign's figures in one placement (placement report), e.g. "Top of Search on-Amazon".
 */
public record PlacementPerformance(
        AdScope scope,
        String campaignName,
        String campaignId,
        String placement,
        String biddingStrategy,
        String portfolio,
        AdFigures figures) {

    public PlacementPerformance {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(figures, "figures");
    }
}
