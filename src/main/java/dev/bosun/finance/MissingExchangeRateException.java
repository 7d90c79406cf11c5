package dev.bosun.finance;

import java.time.LocalDate;
import java.util.Currency;

/** No stored rate, direct, inverse or across EUR or USD, converts one currency into another on or before a day. */
public class MissingExchangeRateException extends RuntimeException {

    private final Currency from;
    private final Currency to;
    private final LocalDate day;

    public MissingExchangeRateException(Currency from, Currency to, LocalDate day) {
        super("no exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " on or before " + day
                + " — enter or import one on the Exchange rates page");
        this.from = from;
        this.to = to;
        this.day = day;
    }

    public Currency from() {
        return from;
    }

    public Currency to() {
        return to;
    }

    public LocalDate day() {
        return day;
    }
}
