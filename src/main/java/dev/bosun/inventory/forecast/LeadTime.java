package dev.bosun.inventory.forecast;

import java.util.Objects;

/**
 * Days from placing a purchase order to units available for sale at FBA: supplier production + forwarder transit +
 * FBA check-in. The stages are taken as independent: means add, variances add.
 */
public record LeadTime(LeadTimeStage production, LeadTimeStage transit, LeadTimeStage checkIn) {

    public LeadTime {
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(transit, "transit");
        Objects.requireNonNull(checkIn, "checkIn");
    }

    /** A lead time of exactly {@code days}, without spread. */
    public static LeadTime fixed(double days) {
        return new LeadTime(LeadTimeStage.fixed(days), LeadTimeStage.fixed(0), LeadTimeStage.fixed(0));
    }

    /** Mean days, all stages. */
    public double meanDays() {
        return production.meanDays() + transit.meanDays() + checkIn.meanDays();
    }

    /** Standard deviation of the days, all stages. */
    public double deviationDays() {
        return Math.sqrt(
                square(production.deviationDays()) + square(transit.deviationDays()) + square(checkIn.deviationDays()));
    }

    /** Mean days rounded up to whole days: when an order placed today is planned to arrive. */
    public int plannedDays() {
        return (int) Math.ceil(meanDays() - 1e-9);
    }

    private static double square(double value) {
        return value * value;
    }
}
