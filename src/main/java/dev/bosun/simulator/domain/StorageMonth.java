package dev.bosun.simulator.domain;

import java.time.YearMonth;

/**
 * The storage an FBA offer used in a month: the average units on hand, and what Amazon charges for it (null
 * without a fee schedule). Amounts in minor units.
 *
 * @param day the simulation day the month ended on
 * @param fee the month's storage fee, rounded to the minor unit
 */
public record StorageMonth(
        Offer offer,
        YearMonth month,
        int day,
        double averageUnits,
        String fulfillmentCenter,
        FeeSchedule.StorageCharge charge,
        long fee) {}
