package dev.bosun.simulator.domain;

/** Sponsored Products, Sponsored Brands, Sponsored Display. */
public enum AdType {
    SP("Sponsored Products"),
    SB("Sponsored Brands"),
    SD("Sponsored Display");

    private final String title;

    AdType(String title) {
        this.title = title;
    }

    /** The name the Ads console uses, also in its report file names. */
    public String title() {
        return title;
    }
}
