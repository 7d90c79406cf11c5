package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * An advertising campaign of the store in one marketplace: its settings and its ad groups.
 *
 * @param targeting AUTO or MANUAL
 * @param dailyBudget in minor units
 * @param category the category whose products it advertises (Sponsored Brands and Display campaigns)
 */
public record Campaign(
        String id,
        Marketplace marketplace,
        AdType type,
        String name,
        String targeting,
        long dailyBudget,
        String portfolio,
        String biddingStrategy,
        LocalDate startDate,
        Category category,
        List<AdGroup> adGroups) {

    /**
     * An ad group: the offers it advertises and what it bids on.
     *
     * @param defaultBid in minor units
     */
    public record AdGroup(String id, String name, long defaultBid, List<Offer> offers, List<Target> targets) {}

    /**
     * A keyword, an automatic target or a product target.
     *
     * @param kind KEYWORD, AUTO or PRODUCT
     * @param text the keyword, or the targeting expression ({@code close-match}, {@code asin="B0…"})
     * @param matchType EXACT, PHRASE or BROAD for keywords; null for targets
     * @param bid in minor units
     * @param terms the shoppers' searches that can trigger it
     */
    public record Target(
            String id, String kind, String text, String matchType, long bid, double relevance, List<SearchTerm> terms) {

        public boolean keyword() {
            return "KEYWORD".equals(kind);
        }
    }

    /**
     * A search shoppers make.
     *
     * @param dailySearches searches a day at the marketplace's scale, before seasons
     * @param relevance how well our product answers it (0 to 1): drives click and conversion rates
     */
    public record SearchTerm(String text, double dailySearches, double relevance) {}
}
