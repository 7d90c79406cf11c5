package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;

/**
 * Account health metrics of a marketplace at the end of a day, with the counts they are made of. Windows are
 * simulation days (inclusive; they may start before the first day, where there is nothing to count).
 */
public record HealthReport(
        Marketplace marketplace,
        int day,
        Window defectWindow,
        Defects afn,
        Defects mfn,
        Window lateShipmentWindow,
        long mfnShipments,
        long lateShipments,
        Window cancellationWindow,
        long mfnOrders,
        long sellerCancellations,
        Window trackingWindow,
        long trackedShipments,
        long validTracking,
        Window deliveryWindow,
        long deliveriesWithTracking,
        long onTimeDeliveries) {

    /** Days {@code from} to {@code to}, both included. */
    public record Window(int from, int to) {}

    /**
     * Orders and the orders with a defect, by kind of defect.
     *
     * @param defective orders with at least one defect (an order with two counts once)
     */
    public record Defects(long orders, long defective, long claims, long chargebacks, long negativeFeedback) {

        public double rate() {
            return orders == 0 ? 0 : defective / (double) orders;
        }
    }

    public double lateShipmentRate() {
        return mfnShipments == 0 ? 0 : lateShipments / (double) mfnShipments;
    }

    public double cancellationRate() {
        return mfnOrders == 0 ? 0 : sellerCancellations / (double) mfnOrders;
    }

    public double validTrackingRate() {
        return trackedShipments == 0 ? 1 : validTracking / (double) trackedShipments;
    }

    public double onTimeDeliveryRate() {
        return deliveriesWithTracking == 0 ? 1 : onTimeDeliveries / (double) deliveriesWithTracking;
    }

    /** The defect rate of all orders, seller- and Amazon-fulfilled. */
    public double orderDefectRate() {
        long orders = afn.orders() + mfn.orders();
        return orders == 0 ? 0 : (afn.defective() + mfn.defective()) / (double) orders;
    }
}
