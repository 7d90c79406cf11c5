package dev.bosun.advertising;

import java.util.Objects;

/**
 * What shoppers typed and what it cost and sold (search term report).
 *
 * @param targeting the keyword or target that matched, "" when the report does not say
 * @param matchType EXACT, PHRASE, BROAD, TARGETING_EXPRESSION, or "" when the report does not say
 * @param searchTerm the customer search term as Amazon reports it (ASINs for product page placements)
 */
public record SearchTermPerformance(
        AdScope scope,
        String campaignName,
        String campaignId,
        String adGroupName,
        String adGroupId,
        String targeting,
        String matchType,
        String keywordId,
        String searchTerm,
        String portfolio,
        AdFigures figures) {

    public SearchTermPerformance {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(targeting, "targeting");
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(searchTerm, "searchTerm");
        Objects.requireNonNull(figures, "figures");
    }
}
