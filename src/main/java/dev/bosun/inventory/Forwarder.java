package dev.bosun.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A freight forwarder that carries goods from the supplier to Amazon, as the seller entered it.
 *
 * @param id the forwarder's id (0 for one not stored yet)
 * @param route e.g. "Shenzhen → ONT8 by sea"
 * @param transitDays promised days from pick-up to arrival at the fulfilment centre
 * @param checkInDays expected days from arrival to available for sale (Amazon's receiving)
 * @param currency the currency of the costs
 * @param costPerKg freight cost per kilogram, or null
 * @param costPerCbm freight cost per cubic metre, or null
 * @param damageRate share of units damaged or lost on the way, a fraction, or null when unknown
 */
public record Forwarder(
        long id,
        String name,
        String contactName,
        String email,
        String phone,
        String route,
        BigDecimal transitDays,
        BigDecimal checkInDays,
        String currency,
        BigDecimal costPerKg,
        BigDecimal costPerCbm,
        BigDecimal damageRate,
        String contractNotes,
        String contingencyNotes,
        String updatedBy,
        Instant updatedAt) {}
