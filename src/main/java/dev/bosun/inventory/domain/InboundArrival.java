package dev.bosun.inventory.domain;

import dev.bosun.inventory.InboundDays;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.shared.Marketplace;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When stock on its way into FBA becomes sellable, learnt from the account's own shipments to a marketplace: units
 * being received take the mean days from arrival at the fulfilment centre to available; units shipped, the mean days
 * from pick-up to available; units in a shipment still being prepared, those plus the preparation days. A state
 * without any shipment that has both dates keeps {@link InboundDays#FIXED}'s value. Cancelled orders and dates out of
 * order are left out; fractions of a day round up (stock is never counted sellable before it is).
 */
public final class InboundArrival {

    private InboundArrival() {}

    public static InboundDays learn(Marketplace marketplace, List<PurchaseOrder> orders) {
        double receivingSum = 0;
        int receiving = 0;
        double shippedSum = 0;
        int shipped = 0;
        for (PurchaseOrder o : orders) {
            if (o.marketplace() != marketplace
                    || o.status() == PurchaseOrderStatus.CANCELLED
                    || o.receivedOn() == null) {
                continue;
            }
            if (o.arrivedOn() != null && !o.receivedOn().isBefore(o.arrivedOn())) {
                receivingSum += ChronoUnit.DAYS.between(o.arrivedOn(), o.receivedOn());
                receiving++;
            }
            if (o.shippedOn() != null && !o.receivedOn().isBefore(o.shippedOn())) {
                shippedSum += ChronoUnit.DAYS.between(o.shippedOn(), o.receivedOn());
                shipped++;
            }
        }
        int receivingDays = receiving == 0 ? InboundDays.FIXED_RECEIVING : days(receivingSum / receiving);
        int shippedDays = shipped == 0 ? InboundDays.FIXED_SHIPPED : days(shippedSum / shipped);
        int workingDays = shipped == 0 ? InboundDays.FIXED_WORKING : shippedDays + InboundDays.PREPARATION_DAYS;
        return new InboundDays(
                receivingDays, receiving, shippedDays, shipped, workingDays, InboundDays.FIXED_THIRD_PARTY);
    }

    private static int days(double mean) {
        return (int) Math.ceil(mean - 1e-9);
    }
}
