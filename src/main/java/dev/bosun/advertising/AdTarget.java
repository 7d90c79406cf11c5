package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product targeting clause ({@code asin="B0…"}, {@code category="…"}, {@code close-match}), or a negative one
 * of an ad group or (without ad group) of a campaign.
 *
 * @param resolvedExpression Amazon's readable form of the expression, when given
 * @param bid the target's own bid in {@code currency}; null when it uses the ad group's default
 */
public record AdTarget(
        String targetId,
        String campaignId,
        String adGroupId,
        String expression,
        String resolvedExpression,
        boolean negative,
        String state,
        BigDecimal bid,
        String currency) {

    public AdTarget {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(currency, "currency");
    }
}
