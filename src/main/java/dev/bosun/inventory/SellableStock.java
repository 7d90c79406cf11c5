package dev.bosun.inventory;

import java.time.LocalDate;

/**
 * A SKU's sellable units in Amazon's warehouses at the end of a day, as the inventory ledger summary gives them
 * (the ending warehouse balance of the SELLABLE disposition in the marketplace's country). Unlike the Manage FBA
 * Inventory snapshot it says nothing of inbound shipments, and sellable units include those reserved for orders.
 *
 * @param sku the merchant SKU (MSKU)
 * @param asin the ASIN, or null when the report leaves it out
 * @param day the day the balance stands for
 * @param units the sellable units at the end of the day
 */
public record SellableStock(String sku, String asin, LocalDate day, int units) {}
