package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Units of a SKU counted by hand in a warehouse outside Amazon, meant for one marketplace.
 *
 * @param id the count's id
 * @param location own warehouse or 3PL
 * @param locationName the warehouse's name, e.g. "Shenzhen" or "LA 3PL"
 * @param quantity units counted, not below 0
 * @param countedOn the day the count stands for
 * @param countedBy who entered it
 * @param recordedAt when it was entered
 * @param note free text, or null
 */
public record StockCount(
        long id,
        Marketplace marketplace,
        String sku,
        StockLocation location,
        String locationName,
        int quantity,
        LocalDate countedOn,
        String countedBy,
        Instant recordedAt,
        String note) {}
