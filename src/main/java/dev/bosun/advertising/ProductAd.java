package dev.bosun.advertising;

import java.util.Objects;

/** A product advertised in an ad group: the seller's SKU (sellers) or the ASIN (vendors). */
public record ProductAd(String adId, String campaignId, String adGroupId, String sku, String asin, String state) {

    public ProductAd {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
    }
}
