package dev.bosun.inventory.domain;

import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.Scorecard;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.forecast.LeadTimeStage;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecards from actual purchase orders and shipments. A supplier's production stage is learnt from the days
 * between ordered and ready of its orders; a forwarder's transit from picked up to arrived, and Amazon's check-in
 * from arrived to available. Each stage blends the observed spread with an assumed 25 % of the mean ({@link
 * LeadTimeStage#learnedFrom}); without observations the promised days stand, with an assumed 25 % spread.
 * Cancelled orders and dates out of order (a day before the previous step) are left out.
 */
public final class Scorecards {

    private Scorecards() {}

    public static Scorecard supplier(Supplier supplier, List<PurchaseOrder> orders) {
        List<Double> production = new ArrayList<>();
        int judged = 0;
        int onTime = 0;
        for (PurchaseOrder o : orders) {
            if (o.supplierId() != supplier.id() || o.status() == PurchaseOrderStatus.CANCELLED) {
                continue;
            }
            if (o.orderedOn() != null && o.readyOn() != null && !o.readyOn().isBefore(o.orderedOn())) {
                production.add((double) ChronoUnit.DAYS.between(o.orderedOn(), o.readyOn()));
            }
            if (o.promisedOn() != null && o.readyOn() != null) {
                judged++;
                if (!o.readyOn().isAfter(o.promisedOn())) {
                    onTime++;
                }
            }
        }
        return new Scorecard(
                judged, onTime, stage(production, supplier.productionDays().doubleValue()), null);
    }

    public static Scorecard forwarder(Forwarder forwarder, List<PurchaseOrder> orders) {
        List<Double> transit = new ArrayList<>();
        List<Double> checkIn = new ArrayList<>();
        int onTime = 0;
        double promised = forwarder.transitDays().doubleValue();
        for (PurchaseOrder o : orders) {
            if (o.forwarderId() == null
                    || o.forwarderId() != forwarder.id()
                    || o.status() == PurchaseOrderStatus.CANCELLED) {
                continue;
            }
            if (o.shippedOn() != null && o.arrivedOn() != null && !o.arrivedOn().isBefore(o.shippedOn())) {
                double days = ChronoUnit.DAYS.between(o.shippedOn(), o.arrivedOn());
                transit.add(days);
                if (days <= promised + 1e-9) {
                    onTime++;
                }
            }
            if (o.arrivedOn() != null
                    && o.receivedOn() != null
                    && !o.receivedOn().isBefore(o.arrivedOn())) {
                checkIn.add((double) ChronoUnit.DAYS.between(o.arrivedOn(), o.receivedOn()));
            }
        }
        return new Scorecard(
                transit.size(),
                onTime,
                stage(transit, promised),
                stage(checkIn, forwarder.checkInDays().doubleValue()));
    }

    private static LeadTimeStage stage(List<Double> observed, double promisedDays) {
        if (observed.isEmpty()) {
            return LeadTimeStage.of(promisedDays, promisedDays * LeadTimeStage.ASSUMED_VARIATION);
        }
        return LeadTimeStage.learnedFrom(
                observed.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
