package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares an amount among parts in proportion to their weights, exact to the minor unit (largest remainder method):
 * every part gets its proportional share rounded down to the cent, and the cents left over go one each to the parts
 * whose shares lost most in rounding; of parts that lost the same, the heavier one first, then the earlier one.
 * The shares always add up to the amount.
 */
public final class ProportionalSplit {

    private ProportionalSplit() {}

    /**
     * @param amount the amount to share, with at most {@code fractionDigits} decimals (2 for cents, 0 for yen)
     * @param weights one weight per part, none negative, not all zero
     * @return one share per part, in the order of the weights, with {@code fractionDigits} decimals
     */
    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights, int fractionDigits) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("there is nothing to share " + amount.toPlainString() + " among");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a weight to share by is negative: " + weight.toPlainString());
            }
            total = total.add(weight);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("the weights to share by are all zero");
        }
        BigInteger minorUnits;
        try {
            minorUnits = amount.movePointRight(fractionDigits).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "the amount " + amount.toPlainString() + " has more than " + fractionDigits + " decimals", e);
        }
        boolean negative = minorUnits.signum() < 0;
        BigDecimal units = new BigDecimal(minorUnits.abs());
        List<Part> parts = new ArrayList<>(weights.size());
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = units.multiply(weights.get(i));
            BigDecimal[] quotient = exact.divideAndRemainder(total);
            BigInteger floor = quotient[0].toBigIntegerExact();
            // The remainder over the same divisor compares the rounding losses exactly, without a division.
            parts.add(new Part(i, weights.get(i), floor, quotient[1]));
            given = given.add(floor);
        }
        int left = units.toBigIntegerExact().subtract(given).intValueExact();
        List<Part> byLoss = new ArrayList<>(parts);
        byLoss.sort(Comparator.comparing(Part::remainder)
                .reversed()
                .thenComparing(Comparator.comparing(Part::weight).reversed())
                .thenComparingInt(Part::index));
        BigInteger[] shares = new BigInteger[parts.size()];
        for (Part part : parts) {
            shares[part.index] = part.floor;
        }
        for (int i = 0; i < left; i++) {
            int index = byLoss.get(i).index;
            shares[index] = shares[index].add(BigInteger.ONE);
        }
        List<BigDecimal> result = new ArrayList<>(shares.length);
        for (BigInteger share : shares) {
            BigDecimal value = new BigDecimal(negative ? share.negate() : share, fractionDigits);
            result.add(value.setScale(fractionDigits, RoundingMode.UNNECESSARY));
        }
        return List.copyOf(result);
    }

    private record Part(int index, BigDecimal weight, BigInteger floor, BigDecimal remainder) {}
}
