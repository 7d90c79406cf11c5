/**
 * FBA stock: daily snapshots from the Manage FBA Inventory report, the inventory planning report (age, excess, storage
 * costs), restock recommendations, stranded inventory, and the inventory ledger (events and daily balances). Report
 * rows come in through the importers of {@code importing}; other modules read stock through {@link
 * dev.bosun.inventory.InventorySnapshots} and {@link dev.bosun.inventory.StockLedger}. No events yet. Its {@code
 * review} package contributes the daily review's stock-out risk check (days of cover against lead time plus seven
 * days).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package dev.bosun.inventory;
