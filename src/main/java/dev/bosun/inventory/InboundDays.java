package dev.bosun.inventory;

/**
 * Days until units on their way into FBA become sellable, by inbound state, as the replenishment sheet counted them:
 * learnt from the marketplace's own shipments where they exist (their dates of pick-up, arrival at the fulfilment
 * centre and availability), else Bosun's fixed values.
 *
 * @param receivingDays units being received at the fulfilment centre: the mean days from arrival to available
 * @param receivingObservations shipments with both dates behind {@code receivingDays}; 0 when fixed
 * @param shippedDays units in shipments on their way: the mean days from pick-up to available
 * @param shippedObservations shipments behind {@code shippedDays}; 0 when fixed
 * @param workingDays units in shipments still being prepared: the shipped days plus {@link #PREPARATION_DAYS}
 * @param thirdPartyDays units in a 3PL warehouse (always fixed: their transfers to FBA are not recorded)
 */
public record InboundDays(
        int receivingDays,
        int receivingObservations,
        int shippedDays,
        int shippedObservations,
        int workingDays,
        int thirdPartyDays) {

    /** Bosun's fixed days when no shipment says otherwise. */
    public static final int FIXED_RECEIVING = 3;

    public static final int FIXED_SHIPPED = 10;
    public static final int FIXED_WORKING = 21;
    public static final int FIXED_THIRD_PARTY = 10;

    /** Days a shipment in preparation (working) takes until picked up, on top of the shipped days. */
    public static final int PREPARATION_DAYS = FIXED_WORKING - FIXED_SHIPPED;

    /** The fixed values, used when the marketplace has no shipment with the dates. */
    public static final InboundDays FIXED =
            new InboundDays(FIXED_RECEIVING, 0, FIXED_SHIPPED, 0, FIXED_WORKING, FIXED_THIRD_PARTY);

    public boolean receivingLearnt() {
        return receivingObservations > 0;
    }

    public boolean shippedLearnt() {
        return shippedObservations > 0;
    }
}
