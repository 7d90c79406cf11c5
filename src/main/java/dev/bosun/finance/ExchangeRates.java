package dev.bosun.finance;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.finance.db.ReportingCurrencies;
import dev.bosun.finance.db.StoredExchangeRates;
import dev.bosun.finance.db.StoredExchangeRates.DailyRate;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Money;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily exchange rates of an organisation (imported from a file, entered by hand, or the ECB's reference rates) and
 * its reporting currency: every figure can be shown in its marketplace currency and in the reporting one. How a rate
 * is found on a day is described on {@link ExchangeRateTable}. Rates belong to an organisation, so one
 * organisation's rates never change another's figures.
 */
@Service
public class ExchangeRates {

    /** The reporting currency Bosun uses until the organisation chooses one. */
    public static final Currency DEFAULT_REPORTING_CURRENCY = Currency.getInstance("USD");

    /** The least role that may enter or delete rates. */
    public static final Role RATE_EDITOR = Role.SPECIALIST;

    /** The least role that may change the reporting currency, a setting of the whole organisation. */
    public static final Role SETTINGS_EDITOR = Role.STORE_MANAGER;

    /** Stored rates keep up to this many decimals. */
    static final int RATE_DECIMALS = 10;

    private final StoredExchangeRates rates;
    private final ReportingCurrencies reporting;
    private final OperationsLog log;
    private final Clock clock;

    ExchangeRates(StoredExchangeRates rates, ReportingCurrencies reporting, OperationsLog log, Clock clock) {
        this.rates = rates;
        this.reporting = reporting;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the user may enter and delete rates: specialists and above. */
    public static boolean mayEditRates(CurrentUser user) {
        return user != null && user.role().atLeast(RATE_EDITOR);
    }

    /** Whether the user may change the reporting currency: store managers and administrators. */
    public static boolean mayChangeReportingCurrency(CurrentUser user) {
        return user != null && user.role().atLeast(SETTINGS_EDITOR);
    }

    /** The organisation's reporting currency; USD until someone sets it. */
    public Currency reportingCurrency(long organisationId) {
        return reporting.of(organisationId).orElse(DEFAULT_REPORTING_CURRENCY);
    }

    /**
     * The amount in another currency on a day, not rounded.
     *
     * @throws MissingExchangeRateException when no direct, inverse or cross rate exists on or before the day
     */
    public Money convert(long organisationId, Money amount, Currency to, LocalDate day) {
        if (amount.currency().equals(to)) {
            return amount;
        }
        return table(organisationId).convert(amount, to, day);
    }

    /** The amount in the organisation's reporting currency on a day, not rounded. */
    public Money toReportingCurrency(long organisationId, Money amount, LocalDate day) {
        return table(organisationId).toReportingCurrency(amount, day);
    }

    /** The rate {@link #convert} would use, or empty. */
    public Optional<ExchangeRate> rate(long organisationId, Currency from, Currency to, LocalDate day) {
        return table(organisationId).rate(from, to, day);
    }

    /** All the organisation's rates in memory, for converting many amounts. */
    @Transactional(readOnly = true)
    public ExchangeRateTable table(long organisationId) {
        return new ExchangeRateTable(
                reportingCurrency(organisationId),
                rates.all(organisationId).stream()
                        .map(r -> new ExchangeRateTable.StoredRate(r.date(), r.base(), r.quote(), r.rate()))
                        .toList());
    }

    /** The rates stored for the days from..to inclusive, newest first (at most {@code limit}). */
    public List<StoredRate> stored(long organisationId, LocalDate from, LocalDate to, int limit) {
        return rates.between(organisationId, from, to, limit).stream()
                .map(ExchangeRates::stored)
                .toList();
    }

    /**
     * Stores a day's rate (units of {@code quote} for one {@code base}), replacing that day's rate of the pair.
     *
     * @throws CostInputException when the currencies are the same or the rate is not positive
     */
    @Transactional
    public void record(
            CurrentUser actor,
            long organisationId,
            LocalDate date,
            Currency base,
            Currency quote,
            BigDecimal rate,
            RateSource source) {
        if (actor != null && !mayEditRates(actor)) {
            throw new AccessDeniedException("only a specialist or above may enter exchange rates");
        }
        DailyRate checked = check(date, base, quote, rate, source, null);
        Optional<DailyRate> before = rates.find(organisationId, date, base, quote);
        rates.put(organisationId, checked, by(actor), clock.instant());
        if (actor != null) {
            String pair = base.getCurrencyCode() + "/" + quote.getCurrencyCode();
            log.record(
                    actor,
                    Operation.of(
                                    "finance.exchange-rate",
                                    "Exchange rate " + pair + " on " + date + ": "
                                            + checked.rate().toPlainString())
                            .subject("currency-pair", pair)
                            .change(
                                    before.map(b -> Map.of(
                                                    "date",
                                                    date.toString(),
                                                    "rate",
                                                    b.rate().toPlainString()))
                                            .orElse(Map.of()),
                                    Map.of(
                                            "date",
                                            date.toString(),
                                            "rate",
                                            checked.rate().toPlainString())));
        }
    }

    /** Removes a day's rate of a pair; false when there was none. */
    @Transactional
    public boolean delete(CurrentUser actor, long organisationId, LocalDate date, Currency base, Currency quote) {
        if (actor != null && !mayEditRates(actor)) {
            throw new AccessDeniedException("only a specialist or above may delete exchange rates");
        }
        Optional<DailyRate> before = rates.find(organisationId, date, base, quote);
        if (before.isEmpty() || !rates.delete(organisationId, date, base, quote)) {
            return false;
        }
        if (actor != null) {
            String pair = base.getCurrencyCode() + "/" + quote.getCurrencyCode();
            log.record(
                    actor,
                    Operation.of("finance.exchange-rate", "Exchange rate " + pair + " on " + date + " deleted")
                            .subject("currency-pair", pair)
                            .change(
                                    Map.of(
                                            "date",
                                            date.toString(),
                                            "rate",
                                            before.get().rate().toPlainString()),
                                    Map.of()));
        }
        return true;
    }

    /** Sets the organisation's reporting currency. */
    @Transactional
    public void setReportingCurrency(CurrentUser actor, long organisationId, Currency currency) {
        if (actor != null && !mayChangeReportingCurrency(actor)) {
            throw new AccessDeniedException(
                    "only a store manager or an administrator may change the reporting currency");
        }
        if (currency == null) {
            throw new CostInputException("currency", "rates.error.currency", "a currency is required");
        }
        Currency before = reportingCurrency(organisationId);
        reporting.set(organisationId, currency, by(actor), clock.instant());
        if (actor != null && !before.equals(currency)) {
            log.record(
                    actor,
                    Operation.of("finance.reporting-currency", "Reporting currency: " + currency.getCurrencyCode())
                            .change(
                                    Map.of("currency", before.getCurrencyCode()),
                                    Map.of("currency", currency.getCurrencyCode())));
        }
    }

    /** Writes imported rates within the import's transaction, stamped with the batch. */
    public Recorder recorder(long organisationId, long batchId, RateSource source) {
        return new Recorder(organisationId, batchId, source);
    }

    /** Removes the rates an import batch wrote and nothing later replaced; the rows removed. */
    @Transactional
    public long forget(long organisationId, long batchId) {
        return rates.forget(organisationId, batchId);
    }

    /** Imported rates of one batch. */
    public final class Recorder {

        private final long organisationId;
        private final long batchId;
        private final RateSource source;
        private final Instant at = clock.instant();
        private final BulkUpsert upsert = rates.writer();

        private Recorder(long organisationId, long batchId, RateSource source) {
            this.organisationId = organisationId;
            this.batchId = batchId;
            this.source = source;
        }

        /**
         * Adds a day's rate.
         *
         * @param provider who published it (PBOC, ECB, a bank), or null
         * @throws CostInputException when the currencies are the same or the rate is not positive
         */
        public void add(LocalDate date, Currency base, Currency quote, BigDecimal rate, String provider) {
            DailyRate r = check(date, base, quote, rate, source, provider);
            upsert.add(
                    organisationId,
                    r.date(),
                    r.base().getCurrencyCode(),
                    r.quote().getCurrencyCode(),
                    r.rate(),
                    r.source().name(),
                    r.provider(),
                    batchId,
                    OperationsLog.BOSUN,
                    at);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }

    /**
     * A stored rate as the Exchange rates page shows it.
     *
     * @param provider who published it, as the user said (PBOC, ECB, a bank), or null
     * @param enteredBy the user who entered it, or Bosun for imported ones
     */
    public record StoredRate(
            LocalDate date,
            Currency base,
            Currency quote,
            BigDecimal rate,
            RateSource source,
            String provider,
            String enteredBy) {}

    private static StoredRate stored(DailyRate r) {
        return new StoredRate(r.date(), r.base(), r.quote(), r.rate(), r.source(), r.provider(), r.enteredBy());
    }

    private static DailyRate check(
            LocalDate date, Currency base, Currency quote, BigDecimal rate, RateSource source, String provider) {
        if (date == null) {
            throw new CostInputException("date", "rates.error.date", "a date is required");
        }
        if (base == null || quote == null) {
            throw new CostInputException("currency", "rates.error.currency", "both currencies are required");
        }
        if (base.equals(quote)) {
            throw new CostInputException(
                    "quote",
                    "rates.error.samePair",
                    "a rate converts between two different currencies, not " + base.getCurrencyCode() + " to itself");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new CostInputException("rate", "rates.error.rate", "a rate is a positive number");
        }
        BigDecimal scaled = rate.stripTrailingZeros();
        if (scaled.scale() > RATE_DECIMALS) {
            scaled = scaled.setScale(RATE_DECIMALS, java.math.RoundingMode.HALF_UP);
            if (scaled.signum() == 0) {
                throw new CostInputException("rate", "rates.error.rate", "the rate is too small: " + rate);
            }
        }
        if (scaled.precision() - scaled.scale() > 14) {
            throw new CostInputException("rate", "rates.error.rate", "the rate is too large: " + rate);
        }
        String p = provider == null || provider.isBlank() ? null : provider.strip();
        if (p != null && p.length() > 60) {
            throw new CostInputException("provider", "rates.error.provider", "a source has at most 60 characters");
        }
        return new DailyRate(date, base, quote, scaled, source == null ? RateSource.ENTERED : source, p, null);
    }

    private static String by(CurrentUser actor) {
        return actor == null ? OperationsLog.BOSUN : actor.username();
    }
}
