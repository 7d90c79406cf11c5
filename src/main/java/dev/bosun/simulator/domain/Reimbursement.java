package dev.bosun.simulator.domain;

import java.time.Instant;

/**
 * Money (or units) Amazon gives back for inventory it lost or damaged. Amounts in minor units.
 *
 * @param reason Amazon's reason, e.g. Lost_Warehouse, Damaged_Warehouse
 */
public record Reimbursement(
        Offer offer,
        String id,
        String caseId,
        int day,
        Instant approvedAt,
        String reason,
        int quantityCash,
        int quantityInventory,
        long amountPerUnit,
        long amountTotal) {}
