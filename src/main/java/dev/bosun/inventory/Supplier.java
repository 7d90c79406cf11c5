package dev.bosun.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A supplier that makes a seller's goods, as the seller entered it.
 *
 * @param id the supplier's id (0 for one not stored yet)
 * @param moq minimum order quantity in units, 0 for none
 * @param casePack units per carton, at least 1
 * @param productionDays promised days from order to goods ready
 * @param defectRate share of units failing quality control, a fraction (0.02 = 2 %), or null when unknown
 * @param contractNotes the contract's main terms, free text
 * @param contingencyNotes what to do when the supplier fails (second source, buffer), free text
 */
public record Supplier(
        long id,
        String name,
        String contactName,
        String email,
        String phone,
        String address,
        int moq,
        int casePack,
        BigDecimal productionDays,
        String paymentTerms,
        BigDecimal defectRate,
        String contractNotes,
        String contingencyNotes,
        String updatedBy,
        Instant updatedAt) {}
