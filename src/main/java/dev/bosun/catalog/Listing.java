package dev.bosun.catalog;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One listing (an offer of a seller SKU in a marketplace) as the merchant listings reports give it. Every value
 * but the marketplace and SKU may be null: empty in the report, or not in the report the listing came from.
 *
 * @param listingId Amazon's listing id ({@code 0711ZJUYPNS})
 * @param price the seller's price in {@code currency}
 * @param businessPrice the price for Amazon Business customers, where the report has it
 * @param quantity units the seller offers; null for listings Amazon fulfils (FBA stock is reported elsewhere)
 * @param openedAt when the listing was created
 * @param productIdType Amazon's code for the kind of {@code productId} (1 = ASIN, 2 = ISBN, 3 = UPC, 4 = EAN)
 * @param itemCondition Amazon's numeric condition code (11 = new)
 * @param asin the ASIN the listing is on ({@code asin1})
 * @param fulfillmentChannel as Amazon writes it: {@code DEFAULT} (the merchant ships) or {@code AMAZON_NA},
 *     {@code AMAZON_EU}, … (fulfilled by Amazon)
 * @param fulfilledBy {@code MFN} or {@code AFN}, from the fulfillment channel; null when unknown
 * @param shippingGroup the merchant shipping template ({@code Migrated Template})
 * @param status {@code Active}, {@code Inactive}, {@code Incomplete}, or {@code Cancelled} for listings from the
 *     cancelled listings report
 */
public record Listing(
        Marketplace marketplace,
        String sku,
        String listingId,
        String title,
        String description,
        BigDecimal price,
        BigDecimal businessPrice,
        String currency,
        Integer quantity,
        Integer pendingQuantity,
        Instant openedAt,
        String imageUrl,
        String productIdType,
        String productId,
        String itemCondition,
        String itemNote,
        String asin,
        String fulfillmentChannel,
        String fulfilledBy,
        String shippingGroup,
        String status) {

    public Listing {
        if (marketplace == null || sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("a listing needs a marketplace and a seller SKU");
        }
    }

    /**
     * The facts a listings report can give. A report states only some of them (the inactive listings report has
     * no status, the cancelled listings report no listing id or open date); recording a listing changes only the
     * facts its report states.
     */
    public enum Field {
        LISTING_ID,
        TITLE,
        DESCRIPTION,
        /** The price and its currency. */
        PRICE,
        BUSINESS_PRICE,
        QUANTITY,
        PENDING_QUANTITY,
        OPENED_AT,
        IMAGE_URL,
        PRODUCT_ID_TYPE,
        PRODUCT_ID,
        ITEM_CONDITION,
        ITEM_NOTE,
        ASIN,
        /** The fulfillment channel and whether Amazon fulfils. */
        FULFILLMENT_CHANNEL,
        SHIPPING_GROUP,
        STATUS
    }
}
