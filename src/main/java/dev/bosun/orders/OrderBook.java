package dev.bosun.orders;

import dev.bosun.orders.db.OrderItems;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The orders of each seller account: recording them from reports, and reading them for other modules. */
@Service
public class OrderBook {

    private final OrderItems items;

    OrderBook(OrderItems items) {
        this.items = items;
    }

    /** Streams order lines into the book; a line replaces a stored one unless the stored one is newer. */
    public Recorder recorder(long accountId, long batchId) {
        OrderItems.Writer writer = items.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(OrderLine line) {
                writer.add(line);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** Removes the order lines a batch wrote that no later import replaced; returns how many. */
    public long forgetBatch(long accountId, long batchId) {
        return items.deleteBatch(accountId, batchId);
    }

    /** Units ordered in an account between two instants (half-open), cancelled items excluded. */
    public long unitsOrdered(long accountId, Instant from, Instant to) {
        return items.unitsOrdered(accountId, from, to);
    }

    /**
     * Units and sales per marketplace and SKU of the order lines purchased between two instants (half-open),
     * cancelled items excluded; by marketplace and SKU.
     */
    public List<SkuSales> salesBySku(long accountId, Instant from, Instant to) {
        return items.salesBySku(accountId, from, to);
    }

    /**
     * As {@link #salesBySku(long, Instant, Instant)} for several windows at once (they may overlap), in one read of
     * the order lines: the result holds each window's list, in the order of {@code windows}.
     */
    public List<List<SkuSales>> salesBySku(long accountId, List<TimeWindow> windows) {
        return items.salesBySku(accountId, windows);
    }

    /**
     * Units ordered per SKU and purchase day (in the marketplace's zone) in one marketplace, days {@code from} to
     * {@code to} inclusive, cancelled items left out; days without orders are absent. By SKU and day.
     */
    public List<DailySkuUnits> dailyUnits(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return items.dailyUnits(accountId, marketplace, from, to);
    }

    /**
     * When each of the given orders was placed (its earliest item's purchase time); orders not in the book are
     * absent from the map.
     */
    public java.util.Map<String, Instant> purchaseTimes(long accountId, java.util.Collection<String> orderIds) {
        return items.purchaseTimes(accountId, orderIds);
    }

    /** Every order line purchased between two instants (half-open), cancelled ones included, by purchase time. */
    public List<OrderLine> purchasedBetween(long accountId, Instant from, Instant to) {
        return items.purchasedBetween(accountId, from, to);
    }

    /** The order lines of one SKU in a marketplace purchased between two instants (half-open), oldest first. */
    public List<OrderLine> linesOfSku(long accountId, Marketplace marketplace, String sku, Instant from, Instant to) {
        return items.ofSku(accountId, marketplace, sku, from, to);
    }

    /** The lines of one order, by SKU; empty for an unknown order. */
    public List<OrderLine> order(long accountId, String orderId) {
        return items.ofOrder(accountId, orderId);
    }

    /** Writes order lines in bulk within the caller's transaction. */
    public interface Recorder {
        void add(OrderLine line);

        UpsertCounts finish();
    }
}
