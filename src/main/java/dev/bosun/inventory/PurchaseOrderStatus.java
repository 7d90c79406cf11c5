package dev.bosun.inventory;

import java.util.Locale;

/** Where a purchase order stands: draft → approved → ordered → in transit → received, or cancelled. */
public enum PurchaseOrderStatus {
    DRAFT,
    APPROVED,
    ORDERED,
    IN_TRANSIT,
    RECEIVED,
    CANCELLED;

    /** The code used in URLs, JSON and message keys ({@code in-transit}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PurchaseOrderStatus fromCode(String code) {
        for (PurchaseOrderStatus s : values()) {
            if (s.code().equals(code) || s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
