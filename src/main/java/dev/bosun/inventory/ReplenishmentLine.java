package dev.bosun.inventory;

import dev.bosun.inventory.forecast.ReorderProposal;
import java.util.List;

/**
 * One row of the replenishment sheet: a SKU's stock in a marketplace, its demand forecast and Bosun's reorder
 * proposal with what the rules of thumb would order.
 *
 * @param position stock by location on the sheet's day
 * @param method the forecast method chosen for the SKU by backtest, or null without sales history
 * @param proposal Bosun's proposal (cover, stock-out date, quantity, rules of thumb), or null when the SKU sold
 *     nothing in the history the sheet looks at
 * @param terms the lead time, MOQ and case pack the proposal used
 * @param warehouses what each warehouse outside Amazon holds (latest counts), 3PLs first, fullest first
 */
public record ReplenishmentLine(
        StockPosition position,
        String method,
        ReorderProposal proposal,
        SupplyTerms terms,
        List<WarehouseStock> warehouses) {

    public ReplenishmentLine {
        warehouses = warehouses == null ? List.of() : List.copyOf(warehouses);
    }

    /** Whether an order is due now or within the warning days. */
    public boolean warning() {
        return proposal != null && proposal.warning();
    }
}
