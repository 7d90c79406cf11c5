package dev.bosun.orders;

import dev.bosun.orders.db.CustomerReturns;
import dev.bosun.orders.db.MerchantReturns;
import dev.bosun.orders.domain.ReturnReasons;
import dev.bosun.platform.db.UpsertCounts;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The returns of each seller account: units buyers sent back to Amazon's fulfilment centres (FBA) and return
 * requests on merchant-fulfilled orders, recorded from Amazon's returns reports, with Bosun's reading of the
 * buyers' reasons.
 */
@Service
public class Returns {

    private final CustomerReturns customerReturns;
    private final MerchantReturns merchantReturns;

    Returns(CustomerReturns customerReturns, MerchantReturns merchantReturns) {
        this.customerReturns = customerReturns;
        this.merchantReturns = merchantReturns;
    }

    /** Streams FBA customer returns in; a return replaces the stored one with the same key. */
    public Recorder<CustomerReturn> customerReturnRecorder(long accountId, long batchId) {
        CustomerReturns.Writer writer = customerReturns.writer(accountId, batchId);
        return recorder(writer::add, writer::finish);
    }

    /** Streams merchant return requests in; a request replaces the stored one with the same key. */
    public Recorder<MerchantReturn> merchantReturnRecorder(long accountId, long batchId) {
        MerchantReturns.Writer writer = merchantReturns.writer(accountId, batchId);
        return recorder(writer::add, writer::finish);
    }

    /** The FBA returns of an order, oldest first. */
    public List<CustomerReturn> customerReturnsOf(long accountId, String orderId) {
        return customerReturns.ofOrder(accountId, orderId);
    }

    /** The FBA returns between two instants (half-open), oldest first. */
    public List<CustomerReturn> customerReturnsBetween(long accountId, Instant from, Instant to) {
        return customerReturns.between(accountId, from, to);
    }

    /** The merchant return requests of an order, oldest first. */
    public List<MerchantReturn> merchantReturnsOf(long accountId, String orderId) {
        return merchantReturns.ofOrder(accountId, orderId);
    }

    /** The FBA returns that arrived at or after an instant, oldest first (to tell which refunds came back). */
    public List<CustomerReturn> customerReturnsSince(long accountId, Instant from) {
        return customerReturns.since(accountId, from);
    }

    /**
     * Units returned to FBA between two instants (half-open) by reason group; returns without a reason count as
     * {@link ReasonGroup#OTHER}. Groups without returns are absent.
     */
    public Map<ReasonGroup, Long> returnedUnitsByGroup(long accountId, Instant from, Instant to) {
        Map<ReasonGroup, Long> byGroup = new EnumMap<>(ReasonGroup.class);
        customerReturns.unitsByReason(accountId, from, to).forEach((code, units) -> {
            ReturnReason reason = ReturnReasons.of(code);
            byGroup.merge(reason == null ? ReasonGroup.OTHER : reason.group(), units, Long::sum);
        });
        return byGroup;
    }

    /**
     * Units returned to FBA between two instants (half-open) per SKU, by reason; returns without a reason count
     * under {@code NO_REASON_GIVEN}. By SKU.
     */
    public List<SkuReturns> returnsBySku(long accountId, Instant from, Instant to) {
        List<SkuReturns> result = new java.util.ArrayList<>();
        for (CustomerReturns.SkuReasonUnits sku : customerReturns.unitsBySkuAndReason(accountId, from, to)) {
            Map<ReturnReason, Long> byReason = new java.util.LinkedHashMap<>();
            Map<ReturnReason, Long> orders = new java.util.LinkedHashMap<>();
            sku.unitsByCode().forEach((code, units) -> {
                ReturnReason reason = ReturnReasons.of(code.isEmpty() ? "NO_REASON_GIVEN" : code);
                byReason.merge(reason, units, Long::sum);
                orders.merge(reason, sku.ordersByCode().getOrDefault(code, 0L), Long::sum);
            });
            result.add(new SkuReturns(sku.sku(), sku.asin(), byReason, orders));
        }
        return result;
    }

    private static <T> Recorder<T> recorder(Consumer<T> add, Supplier<UpsertCounts> finish) {
        return new Recorder<>() {
            @Override
            public void add(T row) {
                add.accept(row);
            }

            @Override
            public UpsertCounts finish() {
                return finish.get();
            }
        };
    }

    /** Writes rows in bulk within the caller's transaction. */
    public interface Recorder<T> {
        void add(T row);

        /** Writes what is buffered; the counts of everything added. */
        UpsertCounts finish();
    }
}
