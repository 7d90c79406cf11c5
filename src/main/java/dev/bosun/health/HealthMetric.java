package dev.bosun.health;

import dev.bosun.health.domain.Target;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One account health metric of a marketplace over a reporting window, as Amazon reported it.
 *
 * @param metric Amazon's name: {@code orderDefectRate.mfn}, {@code orderDefectRate.afn}, {@code lateShipmentRate},
 *     {@code preFulfillmentCancellationRate}, {@code validTrackingRate}, {@code onTimeDeliveryRate},
 *     {@code unitOnTimeDeliveryRate}, {@code invoiceDefectRate}, {@code accountHealthRating}, {@code accountStatus},
 *     a policy violation such as {@code listingPolicyViolations}, or {@code warningStates.<type>}
 * @param periodEnd the last day of the reporting window (UTC); the day the report was taken when it gives none
 * @param status Amazon's status as reported (GOOD/BAD/NONE, NORMAL/AT_RISK/DEACTIVATED, GREAT/WARNED …)
 * @param rate a fraction (0.009 = 0.9 %), null for counts and ratings
 * @param count the metric's events: orders with defects, late shipments, cancellations, shipments with valid
 *     tracking, on-time deliveries, invoice defects or policy violations
 * @param total what {@code count} is out of: orders, shipments or units, when reported
 * @param score the account health rating score (0-1000), when reported
 */
public record HealthMetric(
        Marketplace marketplace,
        LocalDate periodEnd,
        String metric,
        Instant reportingFrom,
        Instant reportingTo,
        String status,
        BigDecimal rate,
        BigDecimal targetValue,
        String targetCondition,
        Long count,
        Long total,
        Integer score,
        Long claims,
        Long chargebacks,
        Long negativeFeedback,
        Long missingInvoices,
        Long lateInvoices) {

    /**
     * Whether the metric meets Amazon's target as reported with it (the rate, or for violations the count, against
     * the target value and condition); empty when the report gives no target.
     */
    public Optional<Boolean> meetsTarget() {
        BigDecimal actual = rate != null ? rate : count == null ? null : BigDecimal.valueOf(count);
        return new Target(targetValue, targetCondition).metBy(actual);
    }
}
