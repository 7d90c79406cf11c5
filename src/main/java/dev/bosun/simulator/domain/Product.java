package dev.bosun.simulator.domain;

import java.util.List;

/**
 * A product of the simulated store: one child of a variation family (or a product without variations).
 *
 * @param index position in the catalog, 0-based (used as a key for the dice)
 * @param family the variation family's index
 * @param parentAsin the family's parent ASIN; the product's own ASIN when it has no variations
 * @param line the model line within its type ("Classic", "Pro", …), which tells families of one type apart
 * @param sizeCm package sides in centimetres, longest first
 * @param launchDay day of the simulation the product went on sale (negative: before the simulation starts)
 * @param quality 1 for average; higher means fewer returns and better ratings
 * @param costShare landed unit cost as a share of the US list price
 * @param sessionWeight the product's share of its family's traffic
 */
public record Product(
        int index,
        int family,
        String sku,
        String asin,
        String parentAsin,
        Category category,
        ProductType type,
        String brand,
        String line,
        String variant,
        double[] sizeCm,
        int weightGrams,
        ListingQuality listing,
        int launchDay,
        double quality,
        double priceUsd,
        double costShare,
        double sessionWeight,
        Supplier supplier) {

    /** The listing title in a marketplace's language. */
    public String title(int language) {
        return brand + " " + type.name(language) + " " + line + ", " + variant;
    }

    /** Whether the product belongs to a family of several variations. */
    public boolean hasVariations() {
        return !parentAsin.equals(asin);
    }

    public List<String> keywords(int language) {
        return type.keywords(language);
    }

    /** Package volume in cubic centimetres. */
    public double volumeCm3() {
        return sizeCm[0] * sizeCm[1] * sizeCm[2];
    }
}
