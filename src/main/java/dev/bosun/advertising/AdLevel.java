package dev.bosun.advertising;

import java.util.Locale;
import java.util.Optional;

/** The levels the ad figures are read at, from the account down to the search term, and across campaigns per ASIN. */
public enum AdLevel {
    /** The account in each marketplace (and currency): all Sponsored Products, Brands and Display campaigns. */
    ACCOUNT,
    CAMPAIGN,
    AD_GROUP,
    /** A keyword or a product/auto target of an ad group (the targeting report). */
    TARGET,
    SEARCH_TERM,
    /** An advertised ASIN across all the campaigns and ad groups advertising it. */
    ASIN;

    /** {@code campaign}, {@code ad-group}, … as in URLs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level named in a URL ({@code ad-group}, {@code AD_GROUP}), or empty. */
    public static Optional<AdLevel> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AdLevel level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
