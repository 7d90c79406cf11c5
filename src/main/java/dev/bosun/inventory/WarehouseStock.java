package dev.bosun.inventory;

/**
 * The units of a SKU one warehouse outside Amazon holds: its latest count on or before a day.
 *
 * @param location own warehouse or 3PL
 * @param name the warehouse's name as counted
 * @param units units of the latest count
 */
public record WarehouseStock(StockLocation location, String name, int units) {}
