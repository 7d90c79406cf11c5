package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the FBA reimbursements report: what Amazon paid back (in cash or in units put back into inventory)
 * for a lost, damaged or unreturned item.
 *
 * @param lineNo the ordinal of the row among the rows of its reimbursement id in the report (1, 2, …)
 * @param amountTotal the cash paid, in {@code currency} (negative for a reversal)
 * @param marketplace the account's marketplace settling in {@code currency}, if only one does; else null
 */
public record Reimbursement(
        String reimbursementId,
        int lineNo,
        Instant approvedAt,
        String caseId,
        String amazonOrderId,
        String reason,
        String sku,
        String fnsku,
        String asin,
        String productName,
        String condition,
        String currency,
        BigDecimal amountPerUnit,
        BigDecimal amountTotal,
        Integer quantityCash,
        Integer quantityInventory,
        Integer quantityTotal,
        String originalReimbursementId,
        String originalReimbursementType,
        Marketplace marketplace) {}
