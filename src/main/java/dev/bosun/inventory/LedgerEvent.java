package dev.bosun.inventory;

import java.time.LocalDate;

/**
 * One line of the inventory ledger detail: a movement of units of an FNSKU on a day (a receipt, a customer
 * shipment, an adjustment …). Quantities are signed units.
 *
 * @param occurrence 1 for the first line with these identifying values in its file, 2 for an identical second …
 * @param referenceId the shipment, order or adjustment the event belongs to; null when the report leaves it blank
 */
public record LedgerEvent(
        LocalDate date,
        String fnsku,
        String eventType,
        String referenceId,
        String fulfillmentCenter,
        String disposition,
        int quantity,
        String reason,
        String country,
        int occurrence,
        String asin,
        String msku,
        String title,
        Integer reconciledQuantity,
        Integer unreconciledQuantity) {}
