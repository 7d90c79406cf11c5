package dev.bosun.advertising.domain;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;

/**
 * Amazon's Sponsored Products limits a proposal must respect: the smallest keyword or target bid and the smallest
 * daily budget per marketplace (Amazon Ads API, "limits": bids from 0.02 in USD, CAD, GBP, EUR and most other
 * currencies, 0.10 MXN, 2 JPY; daily budgets from 1, 100 JPY), and how many decimals a bid or budget is written
 * with (none in yen).
 */
public final class AdLimits {

    private AdLimits() {}

    /** The smallest bid Amazon accepts in the marketplace. */
    public static BigDecimal minBid(Marketplace marketplace) {
        return switch (marketplace) {
            case JP -> BigDecimal.valueOf(2);
            case MX -> new BigDecimal("0.10");
            default -> new BigDecimal("0.02");
        };
    }

    /** The smallest daily budget Amazon accepts in the marketplace. */
    public static BigDecimal minBudget(Marketplace marketplace) {
        return marketplace == Marketplace.JP ? BigDecimal.valueOf(100) : BigDecimal.ONE;
    }

    /** Decimals of a bid or budget: 0 in yen, 2 elsewhere. */
    public static int scale(Marketplace marketplace) {
        return marketplace == Marketplace.JP ? 0 : 2;
    }
}
