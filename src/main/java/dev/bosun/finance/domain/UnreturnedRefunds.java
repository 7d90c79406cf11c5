package dev.bosun.finance.domain;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refunds of FBA orders whose units never came back: Amazon refunds the buyer first and expects the unit back; when
 * it does not arrive, Amazon charges the buyer and reimburses the seller, and if it does not, the seller may claim.
 * A refund counts once it is {@code waitDays} old, the units returned to a fulfilment centre for the order and SKU
 * are fewer than the units refunded, and no reimbursement names the order.
 */
public final class UnreturnedRefunds {

    private UnreturnedRefunds() {}

    /**
     * A refund of an FBA order item as the settlements show it.
     *
     * @param refundedOn the posting day of the refund
     * @param amount the item price refunded (principal after promotions), positive
     */
    public record Refund(
            Marketplace marketplace,
            String orderId,
            String sku,
            LocalDate refundedOn,
            int units,
            BigDecimal amount,
            String currency,
            String settlementId) {}

    /**
     * A refund still owed for.
     *
     * @param unitsReturned the units that came back for the order and SKU (fewer than refunded)
     * @param claimableFrom the first day Amazon accepts a claim
     * @param claimableUntil the last day Amazon accepts a claim
     */
    public record Unreturned(
            Refund refund, int unitsReturned, long ageDays, LocalDate claimableFrom, LocalDate claimableUntil) {

        /** The refunded amount for the units that did not come back. */
        public BigDecimal owed() {
            if (refund.units() <= 0) {
                return refund.amount();
            }
            int missing = refund.units() - unitsReturned;
            return refund.amount()
                    .multiply(BigDecimal.valueOf(missing))
                    .divide(
                            BigDecimal.valueOf(refund.units()),
                            refund.amount().scale(),
                            java.math.RoundingMode.HALF_UP);
        }

        public int unitsMissing() {
            return Math.max(refund.units() - unitsReturned, 0);
        }
    }

    /**
     * The refunds owed for on {@code today}: at least {@code waitDays} old and not past {@code claimUntilDays}.
     *
     * @param returned units returned per order id and SKU ({@code orderId|sku})
     * @param reimbursedOrders the order ids some reimbursement names
     * @param claimFromDays days after the refund Amazon accepts a claim from
     * @param claimUntilDays days after the refund Amazon accepts a claim until
     */
    public static List<Unreturned> find(
            List<Refund> refunds,
            Map<String, Integer> returned,
            Set<String> reimbursedOrders,
            LocalDate today,
            int waitDays,
            int claimFromDays,
            int claimUntilDays) {
        List<Unreturned> result = new ArrayList<>();
        for (Refund r : refunds) {
            long age = ChronoUnit.DAYS.between(r.refundedOn(), today);
            if (age < waitDays || age > claimUntilDays || reimbursedOrders.contains(r.orderId())) {
                continue;
            }
            int back = returned.getOrDefault(r.orderId() + "|" + r.sku(), 0);
            if (back >= Math.max(r.units(), 1)) {
                continue;
            }
            result.add(new Unreturned(
                    r,
                    back,
                    age,
                    r.refundedOn().plusDays(claimFromDays),
                    r.refundedOn().plusDays(claimUntilDays)));
        }
        result.sort(Comparator.comparing((Unreturned u) -> u.refund().refundedOn())
                .thenComparing(u -> u.refund().orderId()));
        return result;
    }
}
