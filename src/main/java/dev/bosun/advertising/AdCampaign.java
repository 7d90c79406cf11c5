package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A campaign as its settings stand (bulk sheet).
 *
 * @param state ENABLED, PAUSED or ARCHIVED
 * @param targetingType AUTO or MANUAL
 * @param dailyBudget in {@code currency}
 * @param biddingStrategy as the sheet writes it, e.g. "Dynamic bids - down only"
 */
public record AdCampaign(
        String campaignId,
        AdProduct adProduct,
        Marketplace marketplace,
        String name,
        String portfolioId,
        String state,
        String targetingType,
        BigDecimal dailyBudget,
        String currency,
        String biddingStrategy,
        LocalDate startDate,
        LocalDate endDate) {

    public AdCampaign {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adProduct, "adProduct");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
    }
}
