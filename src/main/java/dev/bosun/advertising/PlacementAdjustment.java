package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much a campaign raises its bids in a placement, e.g. "Placement Top" +50 %.
 *
 * @param percentage the raise in percent points (50 means bids × 1.5)
 */
public record PlacementAdjustment(String campaignId, String placement, BigDecimal percentage) {

    public PlacementAdjustment {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(percentage, "percentage");
    }
}
