package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The shopping calendar: weekdays, months by category, and the events that move demand most (Prime Day in July,
 * Prime Big Deal Days in October (the simulator's own dates for both), Black Friday to Cyber Monday, the weeks before Christmas, the Japanese New
 * Year sale). Traffic and deals follow it, and so does the store's replenishment (it plans with the season of the
 * weeks an order will sell in).
 */
public final class Seasons {

    private static final double[] WEEKDAY = {1.04, 1.0, 0.99, 0.97, 0.92, 0.96, 1.12};

    private Seasons() {}

    /** The factor on a product's traffic on a date. */
    public static double traffic(Category category, Marketplace marketplace, LocalDate date) {
        return category.month(date.getMonthValue())
                * WEEKDAY[date.getDayOfWeek().getValue() - 1]
                * event(marketplace, date);
    }

    /** Whether a date is a big deal event on which many offers run deals. */
    public static boolean dealDay(Marketplace marketplace, LocalDate date) {
        return primeDay(date) || bigDealDays(date) || cyberWeekend(date);
    }

    /** The event factor of a date (1 on ordinary days). */
    public static double event(Marketplace marketplace, LocalDate date) {
        if (primeDay(date)) {
            return 2.4;
        }
        LocalDate prime = primeDayStart(date.getYear());
        if (!date.isBefore(prime.minusDays(4)) && date.isBefore(prime)) {
            return 0.85; // shoppers wait for the deals
        }
        if (bigDealDays(date)) {
            return 1.7;
        }
        LocalDate blackFriday = blackFriday(date.getYear());
        if (cyberWeekend(date)) {
            return date.equals(blackFriday) ? 2.3 : date.equals(blackFriday.plusDays(3)) ? 2.1 : 1.8;
        }
        if (!date.isBefore(blackFriday.minusDays(7)) && date.isBefore(blackFriday)) {
            return 1.25;
        }
        if (date.getMonth() == Month.DECEMBER) {
            int day = date.getDayOfMonth();
            if (day <= 20) {
                return 1.1 + 0.015 * day;
            }
            if (day <= 23) {
                return 0.95;
            }
            if (day <= 26) {
                return 0.6;
            }
            return 0.9;
        }
        if (marketplace == Marketplace.JP && date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 4) {
            return 1.5; // 初売り
        }
        return 1;
    }

    /** Prime Day: the second Tuesday of July and the day after. */
    public static boolean primeDay(LocalDate date) {
        LocalDate start = primeDayStart(date.getYear());
        return !date.isBefore(start) && !date.isAfter(start.plusDays(1));
    }

    /** Prime Big Deal Days: the Tuesday from the 7th of October on, and the day after. */
    public static boolean bigDealDays(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), 10, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return !date.isBefore(start) && !date.isAfter(start.plusDays(1));
    }

    /** Black Friday to Cyber Monday. */
    public static boolean cyberWeekend(LocalDate date) {
        LocalDate friday = blackFriday(date.getYear());
        return !date.isBefore(friday) && !date.isAfter(friday.plusDays(3));
    }

    static LocalDate primeDayStart(int year) {
        return LocalDate.of(year, 7, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    /** The day after the fourth Thursday of November. */
    static LocalDate blackFriday(int year) {
        return LocalDate.of(year, 11, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                .plusDays(1);
    }
}
