package dev.bosun.orders.domain;

import dev.bosun.orders.ReturnReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a SKU's returns are out of line: units returned over units sold in the same window above the limit, with
 * at least a minimum of returned units so that two returns of a slow seller do not ring the bell. The dominant
 * reason is the one with most units (ties: the reason code first in alphabetical order); it tells where the fix
 * is (product quality, listing, packaging, size chart).
 */
public final class ReturnSpike {

    private ReturnSpike() {}

    /**
     * @param rate returned over sold units in the window
     * @param previousRate the same for the window before, or null when nothing was sold then
     * @param topReason the dominant reason
     * @param topUnits its units
     * @param topShare its share of the returned units
     * @param severe whether the rate is at least twice the limit
     */
    public record Reading(
            BigDecimal rate,
            BigDecimal previousRate,
            ReturnReason topReason,
            long topUnits,
            BigDecimal topShare,
            boolean severe) {}

    /**
     * @param sold units sold in the window
     * @param byReason units returned in the window, by reason
     * @param previousSold units sold in the window before
     * @param previousReturned units returned in the window before
     * @param limit the highest acceptable return rate (a fraction)
     * @param minReturns the fewest returned units that can make a spike
     * @return the reading when the SKU's returns are out of line, else empty
     */
    public static Optional<Reading> read(
            long sold,
            Map<ReturnReason, Long> byReason,
            long previousSold,
            long previousReturned,
            BigDecimal limit,
            long minReturns) {
        long returned = byReason.values().stream().mapToLong(Long::longValue).sum();
        if (sold <= 0 || returned < minReturns || returned == 0) {
            return Optional.empty();
        }
        BigDecimal rate = ratio(returned, sold);
        if (rate.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        Map.Entry<ReturnReason, Long> top = byReason.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<ReturnReason, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().code(), Comparator.reverseOrder()))
                .orElseThrow();
        return Optional.of(new Reading(
                rate,
                previousSold > 0 ? ratio(previousReturned, previousSold) : null,
                top.getKey(),
                top.getValue(),
                ratio(top.getValue(), returned),
                rate.compareTo(limit.multiply(BigDecimal.valueOf(2))) >= 0));
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
