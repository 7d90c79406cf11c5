package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/** An ad group of a campaign with its default bid (in {@code currency}). */
public record AdGroup(
        String adGroupId, String campaignId, String name, String state, BigDecimal defaultBid, String currency) {

    public AdGroup {
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
    }
}
