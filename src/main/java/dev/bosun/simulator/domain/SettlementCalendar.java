package dev.bosun.simulator.domain;

/**
 * When money is settled: Amazon closes a settlement every fourteen days (the simulator's periods start on the
 * first simulated day) and pays it out three days later. Orders are posted when they ship, refunds when the return
 * arrives, reimbursements when approved, and a month's storage fee on the 7th of the next month. A period still
 * open at the end of the simulation is not settled.
 */
public final class SettlementCalendar {

    public static final int PERIOD_DAYS = 14;
    public static final int DEPOSIT_DELAY = 3;
    public static final int STORAGE_POSTING_DELAY = 7;

    private SettlementCalendar() {}

    public static int period(int day) {
        return Math.floorDiv(day, PERIOD_DAYS);
    }

    public static int firstDay(int period) {
        return period * PERIOD_DAYS;
    }

    public static int lastDay(int period) {
        return period * PERIOD_DAYS + PERIOD_DAYS - 1;
    }

    /** Whether money posted on {@code day} is in a settlement closed within a simulation of {@code days}. */
    public static boolean settled(int day, int days) {
        return day >= 0 && lastDay(period(day)) < days;
    }

    /** The day a month's storage fee is posted, from the month's last day. */
    public static int storagePosting(int monthEnd) {
        return monthEnd + STORAGE_POSTING_DELAY;
    }
}
