package dev.bosun.advertising;

/** The sponsored ads product a campaign belongs to. */
public enum AdProduct {
    /** Sponsored Products: ads for single products in search results and on product pages. */
    SP("Sponsored Products"),
    /** Sponsored Brands: headline, video and store ads for a brand. */
    SB("Sponsored Brands"),
    /** Sponsored Display: display ads on and off Amazon. */
    SD("Sponsored Display");

    private final String title;

    AdProduct(String title) {
        this.title = title;
    }

    /** The name Amazon uses, e.g. "Sponsored Products". */
    public String title() {
        return title;
    }
}
