package dev.bosun.inventory;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * What Bosun proposes to order from one supplier for one marketplace today: the SKUs whose reorder proposal asks
 * for units, each already raised to the supplier's MOQ and case pack.
 *
 * @param supplier the supplier, or null for SKUs without one (set one to order them)
 */
public record PurchaseProposal(Supplier supplier, Marketplace marketplace, List<Line> lines) {

    public PurchaseProposal {
        lines = List.copyOf(lines);
    }

    /**
     * @param lastSafeOrder the last day to order before the stock falls into its safety stock, or null
     * @param warning whether that day is at most a week away or past
     */
    public record Line(String sku, long units, LocalDate lastSafeOrder, boolean warning) {}

    public long units() {
        return lines.stream().mapToLong(Line::units).sum();
    }
}
