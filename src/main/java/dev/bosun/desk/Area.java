package dev.bosun.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The areas of the left navigation, in the order of an operator's day. Each has a slug used in URLs
 * ({@code /a/{accountId}/{slug}}) and messages {@code area.<slug>.*} in every language.
 */
public enum Area {
    TODAY("today", "sun", List.of(), List.of()),
    CHECKLISTS("checklists", "check", List.of(), List.of()),
    TASKS("tasks", "kanban", List.of(), List.of()),
    APPROVALS("approvals", "stamp", List.of(), List.of()),
    LOG("log", "journal", List.of(), List.of()),
    LISTINGS("listings", "tag", List.of("listings", "business-report"), List.of("catalog")),
    ADVERTISING(
            "advertising",
            "megaphone",
            List.of("ads-search-term", "ads-campaign"),
            List.of("advertising"),
            List.of("campaigns", "search-terms", "proposals", "changes")),
    INVENTORY("inventory", "box", List.of("fba-inventory", "ledger"), List.of("inventory"), List.of("stock", "plans")),
    ORDERS("orders", "cart", List.of("all-orders", "returns"), List.of("orders")),
    REVIEWS("reviews", "star", List.of("reviews", "feedback"), List.of("reviews")),
    FINANCE(
            "finance",
            "coins",
            List.of("settlement", "fees"),
            List.of("finance"),
            List.of("fees", "costs", "exchange-rates", "settlements", "claims", "profit", "pnl")),
    HEALTH("health", "heart", List.of("performance"), List.of("health")),
    BRAND("brand", "shield", List.of("brand-analytics", "certificates"), List.of("brand")),
    PROMOTIONS("promotions", "percent", List.of("coupons", "deals"), List.of()),
    PARTNERS("partners", "people", List.of("suppliers", "forwarders"), List.of(), List.of("suppliers", "forwarders")),
    REPORTS("reports", "chart", List.of(), List.of()),
    IMPORTS("imports", "upload", List.of(), List.of()),
    SETTINGS("settings", "gear", List.of(), List.of());

    private final String slug;
    private final String icon;
    private final List<String> sources;
    private final List<String> modules;

    private final List<String> pages;

    Area(String slug, String icon, List<String> sources, List<String> modules) {
        this(slug, icon, sources, modules, List.of());
    }

    Area(String slug, String icon, List<String> sources, List<String> modules, List<String> pages) {
        this.slug = slug;
        this.icon = icon;
        this.sources = sources;
        this.modules = modules;
        this.pages = pages;
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

    /** The modules whose imported reports feed this area (report layout ids start with {@code <module>.}). */
    public List<String> modules() {
        return modules;
    }

    /**
     * The pages a module already brings to this area, by path below the area ({@code /a/{id}/finance/fees}); each
     * has messages {@code area.<slug>.page.<page>} and {@code area.<slug>.page.<page>.help}.
     */
    public List<String> pages() {
        return pages;
    }

    /** Whether a report layout belongs to this area. */
    public boolean feedsOn(String layoutId) {
        return layoutId != null && modules.stream().anyMatch(m -> layoutId.startsWith(m + "."));
    }

    public String messageKey() {
        return "area." + slug;
    }

    public static Optional<Area> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
