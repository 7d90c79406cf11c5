package dev.bosun.advertising.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of rows ("Entity" column) of a Sponsored Products bulk sheet. The sheet writes them in title case
 * ({@code Campaign Negative Keyword}); uploads written by tools use other casings, which are accepted too.
 */
public enum BulkEntity {
    CAMPAIGN("Campaign"),
    AD_GROUP("Ad Group"),
    PRODUCT_AD("Product Ad"),
    KEYWORD("Keyword"),
    NEGATIVE_KEYWORD("Negative Keyword"),
    CAMPAIGN_NEGATIVE_KEYWORD("Campaign Negative Keyword"),
    PRODUCT_TARGETING("Product Targeting"),
    NEGATIVE_PRODUCT_TARGETING("Negative Product Targeting"),
    CAMPAIGN_NEGATIVE_PRODUCT_TARGETING("Campaign Negative Product Targeting"),
    BIDDING_ADJUSTMENT("Bidding Adjustment");

    private final String label;

    BulkEntity(String label) {
        this.label = label;
    }

    /** The name as the sheet writes it. */
    public String label() {
        return label;
    }

    public static Optional<BulkEntity> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(e -> e.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** All labels, for messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(BulkEntity::label).toList());
    }
}
