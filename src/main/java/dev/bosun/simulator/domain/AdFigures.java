package dev.bosun.simulator.domain;

/**
 * Impressions, clicks, spend and attributed sales of an ad entity over a day (amounts in minor units). Mutable:
 * the auction adds to it as clicks happen.
 */
public final class AdFigures {

    long impressions;
    long clicks;
    long spend;
    int orders;
    int units;
    long sales;

    public long impressions() {
        return impressions;
    }

    public long clicks() {
        return clicks;
    }

    public long spend() {
        return spend;
    }

    public int orders() {
        return orders;
    }

    public int units() {
        return units;
    }

    public long sales() {
        return sales;
    }

    void add(AdFigures other) {
        impressions += other.impressions;
        clicks += other.clicks;
        spend += other.spend;
        orders += other.orders;
        units += other.units;
        sales += other.sales;
    }
}
