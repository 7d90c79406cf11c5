package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A SKU whose FBA stock is stranded (in a warehouse without an active offer), as the stranded inventory report
 * listed it on one day. Quantities are units; {@code yourPrice} is in {@code currency}.
 *
 * @param marketplace the marketplace the report was of (given with the import, else the account's only one)
 * @param dateToTakeAutoRemoval the day Amazon will remove the stock automatically, if it said
 */
public record StrandedListing(
        String sku,
        LocalDate snapshotDate,
        Marketplace marketplace,
        String primaryAction,
        LocalDate dateStranded,
        LocalDate dateToTakeAutoRemoval,
        String statusPrimary,
        String statusSecondary,
        String errorMessage,
        String strandedReason,
        String asin,
        String fnsku,
        String productName,
        String condition,
        String fulfilledBy,
        String currency,
        BigDecimal yourPrice,
        Integer fulfillable,
        Integer unfulfillable,
        Integer reserved,
        Integer inboundShipped) {}
