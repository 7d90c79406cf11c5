package dev.bosun.advertising;

import java.util.Objects;

/**
 * An advertised product's figures in an ad group (advertised product report).
 *
 * @param asin the advertised ASIN, "" when the report gives only the SKU
 * @param sku the advertised SKU, "" when the report gives only the ASIN
 */
public record AdvertisedProductPerformance(
        AdScope scope,
        String campaignName,
        String campaignId,
        String adGroupName,
        String adGroupId,
        String asin,
        String sku,
        String adId,
        String portfolio,
        AdFigures figures) {

    public AdvertisedProductPerformance {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(asin, "asin");
        Objects.requireNonNull(sku, "sku");
        if (asin.isEmpty() && sku.isEmpty()) {
            throw new IllegalArgumentException("an advertised product needs an ASIN or a SKU");
        }
        Objects.requireNonNull(figures, "figures");
    }
}
