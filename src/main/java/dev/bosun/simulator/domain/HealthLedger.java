package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the counts Amazon's account health metrics are made of, day by day and per marketplace, from the events of
 * a simulation: orders with defects (A-to-z claims, chargebacks, negative feedback) by fulfilment channel, and for
 * seller-fulfilled orders late shipments, cancellations by the seller, valid tracking and on-time delivery.
 */
public final class HealthLedger implements StoreEvents {

    /** Order defect rate: 60 days, reported with a 14-day delay. */
    public static final int DEFECT_WINDOW = 60;

    public static final int DEFECT_DELAY = 14;
    public static final int LATE_SHIPMENT_WINDOW = 30;
    public static final int CANCELLATION_WINDOW = 7;
    public static final int TRACKING_WINDOW = 30;
    public static final int DELIVERY_WINDOW = 14;

    private final Map<Marketplace, Counts> counts = new EnumMap<>(Marketplace.class);
    private final Set<String> defective = new HashSet<>();

    @Override
    public void started(Store store) {
        for (Marketplace marketplace : store.plan().marketplaces()) {
            counts.put(marketplace, new Counts(store.plan().days()));
        }
    }

    @Override
    public void ordered(OrderItem item) {
        if (!item.firstLine()) {
            return; // the metrics count orders; an order's other lines share its fate
        }
        Counts c = counts.get(item.offer().marketplace());
        int day = item.day();
        boolean fba = item.offer().fba();
        if (!fba) {
            c.mfnAllOrders[day]++;
            if (item.sellerCancelled()) {
                c.sellerCancels[day]++;
            }
        }
        if (item.cancelled()) {
            return;
        }
        (fba ? c.afnOrders : c.mfnOrders)[day]++;
        if (item.claim()) {
            (fba ? c.afnClaims : c.mfnClaims)[day]++;
        }
        if (item.chargeback()) {
            (fba ? c.afnChargebacks : c.mfnChargebacks)[day]++;
        }
        if (item.claim() || item.chargeback()) {
            defect(c, item.orderId(), day, fba);
        }
        if (!fba && item.shipped()) {
            int shipDay = item.shipDay();
            c.mfnShipments[shipDay]++;
            if (item.late()) {
                c.lateShipments[shipDay]++;
            }
            if (item.validTracking()) {
                c.validTracking[shipDay]++;
                if (!item.deliveredLate()) {
                    c.onTime[shipDay]++;
                }
            }
        }
    }

    @Override
    public void feedback(FeedbackEntry entry) {
        if (!entry.negative()) {
            return;
        }
        Counts c = counts.get(entry.offer().marketplace());
        boolean fba = entry.offer().fba();
        int orderDay = entry.orderDay();
        (fba ? c.afnNegative : c.mfnNegative)[orderDay]++;
        defect(c, entry.orderId(), orderDay, fba);
    }

    private void defect(Counts c, String orderId, int day, boolean fba) {
        if (defective.add(orderId)) {
            (fba ? c.afnDefects : c.mfnDefects)[day]++;
        }
    }

    /** The metrics as they stand at the end of {@code day}. */
    public HealthReport report(Marketplace marketplace, int day) {
        Counts c = counts.get(marketplace);
        int defectTo = day - DEFECT_DELAY;
        int defectFrom = defectTo - DEFECT_WINDOW + 1;
        return new HealthReport(
                marketplace,
                day,
                new HealthReport.Window(defectFrom, defectTo),
                new HealthReport.Defects(
                        sum(c.afnOrders, defectFrom, defectTo),
                        sum(c.afnDefects, defectFrom, defectTo),
                        sum(c.afnClaims, defectFrom, defectTo),
                        sum(c.afnChargebacks, defectFrom, defectTo),
                        sum(c.afnNegative, defectFrom, defectTo)),
                new HealthReport.Defects(
                        sum(c.mfnOrders, defectFrom, defectTo),
                        sum(c.mfnDefects, defectFrom, defectTo),
                        sum(c.mfnClaims, defectFrom, defectTo),
                        sum(c.mfnChargebacks, defectFrom, defectTo),
                        sum(c.mfnNegative, defectFrom, defectTo)),
                new HealthReport.Window(day - LATE_SHIPMENT_WINDOW + 1, day),
                sum(c.mfnShipments, day - LATE_SHIPMENT_WINDOW + 1, day),
                sum(c.lateShipments, day - LATE_SHIPMENT_WINDOW + 1, day),
                new HealthReport.Window(day - CANCELLATION_WINDOW + 1, day),
                sum(c.mfnAllOrders, day - CANCELLATION_WINDOW + 1, day),
                sum(c.sellerCancels, day - CANCELLATION_WINDOW + 1, day),
                new HealthReport.Window(day - TRACKING_WINDOW + 1, day),
                sum(c.mfnShipments, day - TRACKING_WINDOW + 1, day),
                sum(c.validTracking, day - TRACKING_WINDOW + 1, day),
                new HealthReport.Window(day - DELIVERY_WINDOW + 1, day),
                sum(c.validTracking, day - DELIVERY_WINDOW + 1, day),
                sum(c.onTime, day - DELIVERY_WINDOW + 1, day));
    }

    private static long sum(int[] values, int from, int to) {
        long total = 0;
        for (int d = Math.max(0, from); d <= to && d < values.length; d++) {
            total += values[d];
        }
        return total;
    }

    private static final class Counts {
        final int[] afnOrders;
        final int[] mfnOrders;
        final int[] mfnAllOrders;
        final int[] afnDefects;
        final int[] mfnDefects;
        final int[] afnClaims;
        final int[] mfnClaims;
        final int[] afnChargebacks;
        final int[] mfnChargebacks;
        final int[] afnNegative;
        final int[] mfnNegative;
        final int[] sellerCancels;
        final int[] mfnShipments;
        final int[] lateShipments;
        final int[] validTracking;
        final int[] onTime;

        Counts(int days) {
            afnOrders = new int[days];
            mfnOrders = new int[days];
            mfnAllOrders = new int[days];
            afnDefects = new int[days];
            mfnDefects = new int[days];
            afnClaims = new int[days];
            mfnClaims = new int[days];
            afnChargebacks = new int[days];
            mfnChargebacks = new int[days];
            afnNegative = new int[days];
            mfnNegative = new int[days];
            sellerCancels = new int[days];
            mfnShipments = new int[days];
            lateShipments = new int[days];
            validTracking = new int[days];
            onTime = new int[days];
        }
    }
}
