package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.util.Objects;

/**
 * One line of the ad figures at a level, for a period and its comparison period. Fields below the level are
 * null (a campaign line has no ad group); a line of {@link AdLevel#ASIN} has only the ASIN.
 *
 * @param targeting the keyword text or targeting expression (levels target and search term)
 * @param matchType EXACT, PHRASE, BROAD, TARGETING_EXPRESSION or "" (levels target and search term)
 * @param current the figures of the period
 * @param previous the figures of the comparison period ({@link AdMeasures#none()} when it had none)
 */
public record AdMetricRow(
        AdLevel level,
        Marketplace marketplace,
        String currency,
        String campaignName,
        String adGroupName,
        String targeting,
        String matchType,
        String searchTerm,
        String asin,
        AdMeasures current,
        AdMeasures previous) {

    public AdMetricRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(current, "current");
        previous = previous == null ? AdMeasures.none() : previous;
    }

    /** What the line is named by on the page: the campaign, ad group, keyword, search term or ASIN. */
    public String label() {
        return switch (level) {
            case ACCOUNT -> marketplace.code();
            case CAMPAIGN -> campaignName;
            case AD_GROUP -> adGroupName;
            case TARGET -> targeting;
            case SEARCH_TERM -> searchTerm;
            case ASIN -> asin;
        };
    }
}
