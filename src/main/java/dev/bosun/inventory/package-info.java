/**
 * FBA stock and replenishment: daily snapshots from the Manage FBA Inventory report, the inventory planning report
 * (age, excess, storage costs), restock recommendations, stranded inventory and the inventory ledger, read by other
 * modules through {@link dev.bosun.inventory.InventorySnapshots} and {@link dev.bosun.inventory.StockLedger}; stock
 * positions by location with hand counts of own and 3PL warehouses ({@link dev.bosun.inventory.StockPositions}); the
 * replenishment sheet of forecasts and reorder proposals ({@link dev.bosun.inventory.Replenishment}, plain Java in
 * {@code forecast}); suppliers, forwarders and their scorecards ({@link dev.bosun.inventory.SupplyPartners}); and
 * purchase and shipment plans whose purchase orders go through the workflow approval flow ({@link
 * dev.bosun.inventory.PurchasePlans}). The sheet is computed in the background and stored ({@link
 * dev.bosun.inventory.ReplenishmentSheetJob}); events in: {@code amazon.ReportImported} (queues it). No events out.
 * Its {@code review} package contributes the daily review's
 * stock-out risk, late purchase order, over-stock, stranded stock and storage utilisation checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package dev.bosun.inventory;
