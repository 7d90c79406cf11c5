package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.YearMonth;

/**
 * A cost of running the business booked for a month and not tied to a unit: software, salaries, photography, rent.
 *
 * @param category a lower-case key such as {@code software}, {@code salaries}, {@code photography}, {@code rent},
 *     {@code services}, {@code samples} or {@code other}, or the user's own word lower-cased
 * @param amount a positive cost in the currency it was entered in
 * @param note the user's note, or null
 */
public record Expense(long id, YearMonth month, String category, Money amount, String note) {}
