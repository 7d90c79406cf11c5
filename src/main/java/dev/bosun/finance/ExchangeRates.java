package dev.bosun.finance;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Daily exchange rates of an organisation (imported from a file, entered by hand, or the ECB's reference rates) and
 * its reporting currency: every figure can be shown in its marketplace currency and in the reporting one. How a rate
 * is found on a day is described on {@link ExchangeRateTable}.
 */
@Service
public class ExchangeRates {

    /** The reporting currency Bosun uses until the organisation chooses one. */
    public static final Currency DEFAULT_REPORTING_CURRENCY = Currency.getInstance("USD");

    /** The organisation's reporting currency; USD until someone sets it. */
    public Currency reportingCurrency(long organisationId) {
        throw new UnsupportedOperationException("step 3");
    }

    /**
     * The amount in another currency on a day, not rounded.
     *
     * @throws MissingExchangeRateException when no direct, inverse or cross rate exists on or before the day
     */
    public Money convert(long organisationId, Money amount, Currency to, LocalDate day) {
        throw new UnsupportedOperationException("step 3");
    }

    /** The amount in the organisation's reporting currency on a day, not rounded. */
    public Money toReportingCurrency(long organisationId, Money amount, LocalDate day) {
        throw new UnsupportedOperationException("step 3");
    }

    /** The rate {@link #convert} would use, or empty. */
    public Optional<ExchangeRate> rate(long organisationId, Currency from, Currency to, LocalDate day) {
        throw new UnsupportedOperationException("step 3");
    }

    /** All the organisation's rates in memory, for converting many amounts. */
    public ExchangeRateTable table(long organisationId) {
        throw new UnsupportedOperationException("step 3");
    }

    /** Stores a day's rate (units of {@code quote} for one {@code base}), replacing that day's rate of the pair. */
    public void record(
            CurrentUser actor,
            long organisationId,
            LocalDate date,
            Currency base,
            Currency quote,
            BigDecimal rate,
            RateSource source) {
        throw new UnsupportedOperationException("step 3");
    }

    /** Sets the organisation's reporting currency. */
    public void setReportingCurrency(CurrentUser actor, long organisationId, Currency currency) {
        throw new UnsupportedOperationException("step 3");
    }
}
