package dev.bosun.advertising;

import dev.bosun.advertising.domain.BidPolicy;
import dev.bosun.advertising.domain.BudgetPolicy;
import dev.bosun.advertising.domain.StockPolicy;
import java.util.Objects;

/**
 * The knobs of the bid, placement, budget and stock proposals.
 *
 * @param bidDays the window the bids are judged on: the days up to the day before the proposal date
 * @param budgetDays the window the budgets are judged on (capped days are counted in it)
 * @param velocityDays the window the units sold per day are measured over, for the days of cover
 * @param stockMemoryDays how far back an empty shelf makes paused ads "paused for stock"
 */
public record AdjustmentSettings(
        int bidDays,
        int budgetDays,
        int velocityDays,
        int stockMemoryDays,
        BidPolicy bids,
        BudgetPolicy budgets,
        StockPolicy stock) {

    public AdjustmentSettings {
        Objects.requireNonNull(bids, "bids");
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(stock, "stock");
        if (bidDays < 7 || bidDays > 90 || budgetDays < 3 || budgetDays > 30) {
            throw new IllegalArgumentException("bids are judged on 7 to 90 days, budgets on 3 to 30");
        }
        if (velocityDays < 3 || velocityDays > 90 || stockMemoryDays < 1 || stockMemoryDays > 180) {
            throw new IllegalArgumentException("velocity over 3 to 90 days, stock memory 1 to 180 days");
        }
    }

    /** Bids on 30 days, budgets on 7, sales pace over 14, empty shelves remembered for 30 days. */
    public static AdjustmentSettings defaults() {
        return new AdjustmentSettings(
                30, 7, 14, 30, BidPolicy.defaults(), BudgetPolicy.defaults(), StockPolicy.defaults());
    }

    public AdjustmentSettings withBids(BidPolicy policy) {
        return new AdjustmentSettings(bidDays, budgetDays, velocityDays, stockMemoryDays, policy, budgets, stock);
    }
}
