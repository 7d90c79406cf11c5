package dev.bosun.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The areas of the left navigation, in the order of an operator's day. Each has a slug used in URLs
 * ({@code /a/{accountId}/{slug}}) and messages {@code area.<slug>.*} in every language.
 */
public enum Area {
    TODAY("today", "sun", List.of()),
    LISTINGS("listings", "tag", List.of("listings", "business-report")),
    ADVERTISING("advertising", "megaphone", List.of("ads-search-term", "ads-campaign")),
    INVENTORY("inventory", "box", List.of("fba-inventory", "ledger")),
    ORDERS("orders", "cart", List.of("all-orders", "returns")),
    REVIEWS("reviews", "star", List.of("reviews", "feedback")),
    FINANCE("finance", "coins", List.of("settlement", "fees")),
    HEALTH("health", "heart", List.of("performance")),
    BRAND("brand", "shield", List.of("brand-analytics", "certificates")),
    PROMOTIONS("promotions", "percent", List.of("coupons", "deals")),
    PARTNERS("partners", "people", List.of("suppliers", "forwarders")),
    REPORTS("reports", "chart", List.of()),
    IMPORTS("imports", "upload", List.of()),
    SETTINGS("settings", "gear", List.of());

    private final String slug;
    private final String icon;
    private final List<String> sources;

    Area(String slug, String icon, List<String> sources) {
        this.slug = slug;
        this.icon = icon;
        this.sources = sources;
    }

    public String slug() {
        return slug;
    }

    /** Name of the icon drawn next to the area in the navigation. */
    public String icon() {
        return icon;
    }

    /** Keys of the data sources the empty state lists ({@code source.<key>} messages). */
    public List<String> sources() {
        return sources;
    }

    public String messageKey() {
        return "area." + slug;
    }

    public static Optional<Area> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
