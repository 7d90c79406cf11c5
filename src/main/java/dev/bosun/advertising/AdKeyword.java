package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A keyword of an ad group, or a negative keyword of an ad group or (without ad group) of a whole campaign.
 *
 * @param adGroupId null for a campaign's negative keyword
 * @param matchType EXACT, PHRASE, BROAD, NEGATIVE_EXACT or NEGATIVE_PHRASE
 * @param bid the keyword's own bid in {@code currency}; null when it uses the ad group's default
 */
public record AdKeyword(
        String keywordId,
        String campaignId,
        String adGroupId,
        String keywordText,
        String matchType,
        boolean negative,
        String state,
        BigDecimal bid,
        String currency) {

    public AdKeyword {
        Objects.requireNonNull(keywordId, "keywordId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(keywordText, "keywordText");
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(currency, "currency");
    }
}
