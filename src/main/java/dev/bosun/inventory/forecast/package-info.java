/**
 * Demand forecasting and the reorder policy, plain Java without Spring or a database: {@link
 * dev.bosun.inventory.forecast.DemandForecaster} forecasts sales histories and chooses a method per SKU by backtest,
 * {@link dev.bosun.inventory.forecast.ReorderPolicy} turns a forecast, stock and lead time into a reorder proposal
 * with the rules of thumb beside it, and {@link dev.bosun.inventory.forecast.ReplenishmentReplay} replays real
 * demand through both. See docs/forecasting.md.
 */
package dev.bosun.inventory.forecast;
