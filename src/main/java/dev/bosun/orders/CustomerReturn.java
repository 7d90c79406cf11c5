package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import java.time.Instant;

/**
 * A unit a buyer sent back to an Amazon fulfilment centre, as the FBA customer returns report lists it (one row
 * per returned unit and license plate number).
 *
 * @param licensePlateNumber the LPN Amazon labelled the returned unit with; null when the report gives none
 * @param marketplace the marketplace of the account the report was imported for; null when not known
 * @param quantity units in the row (1 for a row with a license plate number)
 * @param detailedDisposition the unit's condition as Amazon graded it: {@code SELLABLE}, {@code DEFECTIVE},
 *     {@code CUSTOMER_DAMAGED}, {@code CARRIER_DAMAGED}, {@code DAMAGED}, {@code EXPIRED}, …
 * @param reason the buyer's reason; null when the report gives none
 * @param status what happened to the unit, e.g. {@code Unit returned to inventory}, {@code Reimbursed}
 * @param customerComments the buyer's own words, as given (escape when displaying)
 */
public record CustomerReturn(
        String orderId,
        String sku,
        String licensePlateNumber,
        Instant returnedAt,
        Marketplace marketplace,
        String asin,
        String fnsku,
        String productName,
        int quantity,
        String fulfillmentCenterId,
        String detailedDisposition,
        ReturnReason reason,
        String status,
        String customerComments) {}
