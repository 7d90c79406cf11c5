package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a rate card that a fee is computed from: a money amount in the card's currency or a percentage.
 * Every value has a stable key ({@code referral.HOME_KITCHEN.rate}, {@code fulfilment.SMALL_STANDARD.4oz}) under
 * which an organisation may store its own figure.
 *
 * @param amount the money amount, or the percentage as a number (15 for 15 %)
 * @param unverified whether the sources behind the card do not confirm the value
 * @param note where the value comes from or why it is doubtful; may be empty
 * @param published the value of the card file; differs from {@code amount} when the value was edited
 */
public record Rate(String key, BigDecimal amount, Kind kind, boolean unverified, String note, BigDecimal published) {

    /** What a value measures. */
    public enum Kind {
        /** An amount in the card's currency. */
        MONEY,
        /** A percentage of a price. */
        PERCENT
    }

    public Rate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
        published = published == null ? amount : published;
    }

    public static Rate of(String key, BigDecimal amount, Kind kind, boolean unverified, String note) {
        return new Rate(key, amount, kind, unverified, note, amount);
    }

    /** Whether an organisation replaced the card's value. */
    public boolean edited() {
        return amount.compareTo(published) != 0;
    }

    /** The same value with another amount; the card's own amount stays known. */
    public Rate editedTo(BigDecimal newAmount) {
        return new Rate(key, newAmount, kind, unverified, note, published);
    }

    /** The percentage as a fraction (0.15 for 15 %). */
    public BigDecimal fraction() {
        return amount.movePointLeft(2);
    }
}
