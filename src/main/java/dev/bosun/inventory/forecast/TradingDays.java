package dev.bosun.inventory.forecast;

import java.util.List;

/**
 * Finds the days a shop was closed from its sales: a day on which no item sold anything, on a weekday that
 * usually sells (more than half of its occurrences have sales). A weekday that never sells (a shop closed every
 * Saturday) is not "closed" but a weekly pattern the weekday profile learns as zero; a bank holiday or the
 * Christmas break is closed, and its zeros are censored rather than taken as no demand.
 */
public final class TradingDays {

    private TradingDays() {}

    /** Per day of the daily histories (same start and length), whether the shop was closed. */
    public static boolean[] closedDays(List<DemandHistory> histories) {
        if (histories.isEmpty()) {
            return new boolean[0];
        }
        DemandHistory first = histories.get(0);
        int days = first.length();
        double[] totals = new double[days];
        for (DemandHistory history : histories) {
            if (history.length() != days || !history.start().equals(first.start())) {
                throw new IllegalArgumentException("histories must share start and length to find closed days");
            }
            for (int t = 0; t < days; t++) {
                totals[t] += history.unitsAt(t);
            }
        }
        int firstDay = first.start().getDayOfWeek().getValue() - 1;
        int[] occurrences = new int[7];
        int[] selling = new int[7];
        for (int t = 0; t < days; t++) {
            int day = (firstDay + t) % 7;
            occurrences[day]++;
            if (totals[t] > 0) {
                selling[day]++;
            }
        }
        boolean[] closed = new boolean[days];
        for (int t = 0; t < days; t++) {
            int day = (firstDay + t) % 7;
            closed[t] = totals[t] == 0 && selling[day] * 2 > occurrences[day];
        }
        return closed;
    }
}
