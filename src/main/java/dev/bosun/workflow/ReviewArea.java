package dev.bosun.workflow;

import java.util.Locale;

/**
 * The part of the business an action item is about. Checklists attach items by area: the morning check takes
 * {@link #HEALTH}, the noon check {@link #ADVERTISING}, the evening check {@link #MESSAGES}.
 */
public enum ReviewArea {
    /** Account health: order defects, cancellations, late shipments, tracking, policy. */
    HEALTH,
    /** Stock, cover, inbound and replenishment. */
    INVENTORY,
    /** Listings and their sales: sales drops, zombie listings, suppressions. */
    LISTINGS,
    /** Advertising: campaigns, keywords, search terms, budgets. */
    ADVERTISING,
    /** Orders, shipments and returns. */
    ORDERS,
    /** Buyer messages and their 24-hour answer goal. */
    MESSAGES,
    /** Product reviews and seller feedback. */
    REVIEWS,
    /** Fees, settlements, profit. */
    FINANCE,
    /** The data itself: reports that stopped arriving. */
    DATA;

    /** Lower case, as in the JSON output, URLs and message keys: {@code health}, {@code inventory} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the display name, {@code review.area.<code>}. */
    public String messageKey() {
        return "review.area." + code();
    }

    /** Parses {@code health}, {@code LISTINGS} …; throws IllegalArgumentException naming the valid values. */
    public static ReviewArea parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown area '" + text + "' (one of health, inventory, listings,"
                    + " advertising, orders, messages, reviews, finance, data)");
        }
    }
}
