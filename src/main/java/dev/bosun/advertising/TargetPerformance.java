package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A keyword's or product target's figures (targeting report).
 *
 * @param targeting the keyword text or targeting expression ({@code asin="B0…"}, {@code close-match})
 * @param matchType EXACT, PHRASE, BROAD, or TARGETING_EXPRESSION for product and automatic targets
 * @param topOfSearchShare the reported top-of-search impression share as a fraction, when given
 */
public record TargetPerformance(
        AdScope scope,
        String campaignName,
        String campaignId,
        String adGroupName,
        String adGroupId,
        String targeting,
        String matchType,
        String keywordId,
        String portfolio,
        BigDecimal topOfSearchShare,
        AdFigures figures) {

    public TargetPerformance {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(targeting, "targeting");
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(figures, "figures");
    }
}
