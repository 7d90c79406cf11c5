package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The rate that turns one currency into another on a day, and how Bosun found it.
 *
 * @param rate units of {@code to} for one unit of {@code from}
 * @param date the date of the stored rate used; for a cross rate the older of its two legs
 */
public record ExchangeRate(Currency from, Currency to, LocalDate date, BigDecimal rate, Route route) {

    /** How a rate was found among the stored ones. */
    public enum Route {
        /** The currencies are the same. */
        SAME,
        /** A stored rate from → to. */
        DIRECT,
        /** A stored rate to → from, inverted. */
        INVERSE,
        /** from → EUR → to. */
        VIA_EUR,
        /** from → USD → to. */
        VIA_USD
    }

    /** The amount in {@code to}, not rounded. */
    public Money apply(Money amount) {
        if (!amount.currency().equals(from)) {
            throw new IllegalArgumentException("a " + from.getCurrencyCode() + " rate cannot convert " + amount);
        }
        return Money.of(amount.amount().multiply(rate), to);
    }
}
