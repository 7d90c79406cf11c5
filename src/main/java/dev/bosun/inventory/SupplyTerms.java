package dev.bosun.inventory;

import dev.bosun.inventory.forecast.LeadTime;
import dev.bosun.inventory.forecast.OrderConstraints;

/**
 * What replenishing a SKU takes: the lead time from order to sellable at FBA, the supplier's MOQ and case pack,
 * and where these come from.
 *
 * @param supplier the supplier's name, or null when none is linked to the SKU (account defaults)
 * @param leadTime production + transit + FBA check-in
 * @param constraints MOQ and case pack
 */
public record SupplyTerms(String supplier, LeadTime leadTime, OrderConstraints constraints) {}
