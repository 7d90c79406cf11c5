package dev.bosun.orders;

import java.time.LocalDate;

/**
 * Units of one SKU ordered on one day in a marketplace (the day in the marketplace's zone), cancelled items left out.
 *
 * @param sku the merchant SKU
 * @param day the purchase day in the marketplace's time zone
 * @param units units ordered that day
 */
public record DailySkuUnits(String sku, LocalDate day, long units) {}
