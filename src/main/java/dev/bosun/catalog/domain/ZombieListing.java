package dev.bosun.catalog.domain;

import java.time.LocalDate;

/**
 * A zombie listing: active and in stock, older than the window, yet without a single session in it; a candidate for
 * the quarterly delist review (it ties up stock and storage and may hide a suppressed detail page).
 */
public final class ZombieListing {

    private ZombieListing() {}

    /**
     * @param status the listing's status as Amazon reports it ({@code Active} …)
     * @param unitsInStock units available to sell (FBA fulfillable or the merchant's quantity), null when unknown
     * @param sessions sessions of the listing's ASIN over the window
     * @param openedOn the day the listing was created, or null when unknown
     * @param windowStart the first day of the window
     * @param windowCovered whether traffic reports cover every day of the window
     */
    public static boolean is(
            String status,
            Integer unitsInStock,
            long sessions,
            LocalDate openedOn,
            LocalDate windowStart,
            boolean windowCovered) {
        return windowCovered
                && "active".equalsIgnoreCase(status == null ? "" : status.strip())
                && unitsInStock != null
                && unitsInStock > 0
                && sessions == 0
                && openedOn != null
                && openedOn.isBefore(windowStart);
    }
}
