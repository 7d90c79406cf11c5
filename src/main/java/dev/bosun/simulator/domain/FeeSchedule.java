package dev.bosun.simulator.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The fees Amazon charges a simulated store. The simulator does not keep fee tables of its own: the finance module's
 * fee calculator supplies them through this interface. Amounts in minor units of the offer's marketplace.
 */
public interface FeeSchedule {

    /** The fee category the offer is charged as on a day (a code of the rate card, e.g. HOME_KITCHEN). */
    String category(Offer offer, LocalDate day);

    /** The FBA size tier of the offer's package on a day (a code of the rate card, e.g. LARGE_STANDARD). */
    String sizeTier(Offer offer, LocalDate day);

    /** Referral fee of one unit sold at {@code unitPrice} (the total sales price of the unit) on the order day. */
    long referralFee(Offer offer, long unitPrice, LocalDate day);

    /** FBA fulfilment fee of one unit sold at {@code unitPrice}. */
    long fulfillmentFee(Offer offer, long unitPrice, LocalDate day);

    /**
     * Whether the rate card of the offer's marketplace has a fulfilment fee for its size and weight on the day. Where
     * it has none (Bosun holds no published fee for the tier), the simulated seller ships the product itself.
     */
    default boolean knowsFulfillmentFee(Offer offer, LocalDate day) {
        return true;
    }

    /** The part of the referral fee Amazon keeps when it refunds a unit (the refund administration fee). */
    long refundAdministrationFee(Offer offer, long referralFee, LocalDate day);

    /** The removal (or disposal) order fee of one unit removed on a day; 0 where the rate card has none. */
    long removalFee(Offer offer, LocalDate day);

    /** Monthly storage fee of one average unit on hand during a month. */
    StorageCharge storage(Offer offer, YearMonth month);

    /**
     * The storage charge of one unit for a month.
     *
     * @param ratePerVolume the rate in minor units per {@code volumeUnit}
     * @param unitVolume the volume of one unit in {@code volumeUnit}
     * @param volumeUnit "cubic feet" or "cubic meters"
     * @param sizeTier the product size tier the rate belongs to
     */
    record StorageCharge(double ratePerVolume, double unitVolume, String volumeUnit, String sizeTier) {

        /** The charge in minor units for an average number of units on hand. */
        public double charge(double averageUnits) {
            return ratePerVolume * unitVolume * averageUnits;
        }
    }
}
