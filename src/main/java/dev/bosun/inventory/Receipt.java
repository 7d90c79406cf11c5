package dev.bosun.inventory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Units of one SKU of a purchase order that became available for sale on a day (an order may arrive in parts).
 *
 * @param receivedOn the day the units became available
 * @param recordedBy who recorded the arrival
 */
public record Receipt(
        long id, long orderId, String sku, int units, LocalDate receivedOn, String recordedBy, Instant recordedAt) {}
