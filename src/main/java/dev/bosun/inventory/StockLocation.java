package dev.bosun.inventory;

/** Where stock outside Amazon lies: the seller's own warehouse or an overseas third-party warehouse (3PL). */
public enum StockLocation {
    OWN_WAREHOUSE,
    THIRD_PARTY;

    /** The code used in forms, URLs and JSON ({@code own-warehouse}, {@code third-party}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The location of a code, or null for an unknown one. */
    public static StockLocation fromCode(String code) {
        for (StockLocation l : values()) {
            if (l.code().equals(code) || l.name().equals(code)) {
                return l;
            }
        }
        return null;
    }
}
