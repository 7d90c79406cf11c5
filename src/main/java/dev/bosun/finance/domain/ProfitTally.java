package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;

/**
 * The profit figures of one marketplace, day and SKU while they are added up: unit counts, and every {@link
 * ProfitPart} in the marketplace currency and in the reporting currency. An amount that could not be converted
 * leaves the reporting figure incomplete ({@link #reportingMissing()}).
 */
public final class ProfitTally {

    private static final ProfitPart[] PARTS = ProfitPart.values();

    private final Currency currency;
    private String asin;
    private int orders;
    private int units;
    private int unitsRefunded;
    private int unitsReturnedSellable;
    private int unitsEstimated;
    private int unitsCostUnknown;
    private final BigDecimal[] local = zeros();
    private final BigDecimal[] reporting = zeros();
    private boolean reportingMissing;

    public ProfitTally(Currency currency) {
        this.currency = currency;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] amounts = new BigDecimal[PARTS.length];
        Arrays.fill(amounts, BigDecimal.ZERO);
        return amounts;
    }

    /** Adds an amount in the marketplace currency and its reporting-currency value (null when not convertible). */
    public void add(ProfitPart part, BigDecimal amount, BigDecimal inReporting) {
        local[part.ordinal()] = local[part.ordinal()].add(amount);
        if (inReporting == null) {
            reportingMissing = true;
        } else {
            reporting[part.ordinal()] = reporting[part.ordinal()].add(inReporting);
        }
    }

    public void addOrder(int units) {
        this.orders++;
        this.units += units;
    }

    public void addUnitsRefunded(int units) {
        unitsRefunded += units;
    }

    public void addUnitsReturnedSellable(int units) {
        unitsReturnedSellable += units;
    }

    public void addUnitsEstimated(int units) {
        unitsEstimated += units;
    }

    public void addUnitsCostUnknown(int units) {
        unitsCostUnknown += units;
    }

    public void asin(String asin) {
        if (asin != null && !asin.isBlank()) {
            this.asin = asin;
        }
    }

    public void markReportingMissing() {
        reportingMissing = true;
    }

    public Currency currency() {
        return currency;
    }

    public String asin() {
        return asin;
    }

    public int orders() {
        return orders;
    }

    public int units() {
        return units;
    }

    public int unitsRefunded() {
        return unitsRefunded;
    }

    public int unitsReturnedSellable() {
        return unitsReturnedSellable;
    }

    public int unitsEstimated() {
        return unitsEstimated;
    }

    public int unitsCostUnknown() {
        return unitsCostUnknown;
    }

    public BigDecimal local(ProfitPart part) {
        return local[part.ordinal()];
    }

    public BigDecimal reporting(ProfitPart part) {
        return reporting[part.ordinal()];
    }

    public boolean reportingMissing() {
        return reportingMissing;
    }

    /** The marketplace-currency sales of the day and SKU, the weight ad spend not tied to a SKU is spread by. */
    public BigDecimal sales() {
        return local[ProfitPart.SALES.ordinal()];
    }
}
