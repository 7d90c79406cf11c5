package dev.bosun.finance;

import dev.bosun.finance.ExchangeRate.Route;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An organisation's stored exchange rates in memory, for converting many amounts at once. It answers exactly as
 * {@link ExchangeRates} does and never changes after it is made.
 *
 * <p>A rate on a day is found in this order: the same currency (1); the latest stored rate on or before the day
 * from → to, or to → from inverted, whichever is dated later (a tie goes to the direct one); a cross rate through
 * EUR, each leg found the same way; then one through USD. There is no staleness limit; {@link ExchangeRate#date()}
 * tells how old the rate is.
 */
public final class ExchangeRateTable {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    /** Inverted and crossed rates keep 34 significant digits, so converting back and forth loses no cent. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final Currency reportingCurrency;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates;

    /**
     * @param stored the organisation's daily rates, {@code rate} being units of {@code quote} for one {@code base}
     */
    ExchangeRateTable(Currency reportingCurrency, Collection<StoredRate> stored) {
        this.reportingCurrency = reportingCurrency;
        Map<String, NavigableMap<LocalDate, BigDecimal>> byPair = new HashMap<>();
        for (StoredRate rate : stored) {
            byPair.computeIfAbsent(pair(rate.base(), rate.quote()), p -> new TreeMap<>())
                    .put(rate.date(), rate.rate());
        }
        this.rates = Map.copyOf(byPair);
    }

    /** The organisation's reporting currency. */
    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /**
     * The amount in another currency on a day, not rounded.
     *
     * @throws MissingExchangeRateException when no rate leads from the amount's currency to {@code to}
     */
    public Money convert(Money amount, Currency to, LocalDate day) {
        if (amount.currency().equals(to)) {
            return amount;
        }
        return rate(amount.currency(), to, day)
                .orElseThrow(() -> new MissingExchangeRateException(amount.currency(), to, day))
                .apply(amount);
    }

    /** The amount in the reporting currency on a day, not rounded. */
    public Money toReportingCurrency(Money amount, LocalDate day) {
        return convert(amount, reportingCurrency, day);
    }

    /** The rate {@link #convert} would use, or empty when there is none. */
    public Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day) {
        if (from.equals(to)) {
            return Optional.of(new ExchangeRate(from, to, day, BigDecimal.ONE, Route.SAME));
        }
        Optional<ExchangeRate> plain = directOrInverse(from, to, day);
        if (plain.isPresent()) {
            return plain;
        }
        return cross(from, to, day, EUR, Route.VIA_EUR).or(() -> cross(from, to, day, USD, Route.VIA_USD));
    }

    /** Every stored pair's rate in force on the day (the latest on or before it), as stored, by pair. */
    public List<ExchangeRate> ratesOn(LocalDate day) {
        List<ExchangeRate> found = new ArrayList<>();
        rates.keySet().stream().sorted().forEach(pair -> {
            Map.Entry<LocalDate, BigDecimal> latest = rates.get(pair).floorEntry(day);
            if (latest != null) {
                found.add(new ExchangeRate(
                        Currency.getInstance(pair.substring(0, 3)),
                        Currency.getInstance(pair.substring(3)),
                        latest.getKey(),
                        latest.getValue(),
                        Route.DIRECT));
            }
        });
        return List.copyOf(found);
    }

    private Optional<ExchangeRate> cross(Currency from, Currency to, LocalDate day, Currency via, Route route) {
        if (from.equals(via) || to.equals(via)) {
            return Optional.empty();
        }
        Optional<ExchangeRate> first = directOrInverse(from, via, day);
        Optional<ExchangeRate> second = directOrInverse(via, to, day);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        LocalDate older = first.get().date().isBefore(second.get().date())
                ? first.get().date()
                : second.get().date();
        BigDecimal rate = first.get().rate().multiply(second.get().rate(), PRECISION);
        return Optional.of(new ExchangeRate(from, to, older, rate, route));
    }

    private Optional<ExchangeRate> directOrInverse(Currency from, Currency to, LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> direct = latest(from, to, day);
        Map.Entry<LocalDate, BigDecimal> inverse = latest(to, from, day);
        if (direct != null && (inverse == null || !inverse.getKey().isAfter(direct.getKey()))) {
            return Optional.of(new ExchangeRate(from, to, direct.getKey(), direct.getValue(), Route.DIRECT));
        }
        if (inverse != null) {
            BigDecimal rate = BigDecimal.ONE.divide(inverse.getValue(), PRECISION);
            return Optional.of(new ExchangeRate(from, to, inverse.getKey(), rate, Route.INVERSE));
        }
        return Optional.empty();
    }

    private Map.Entry<LocalDate, BigDecimal> latest(Currency base, Currency quote, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> days = rates.get(pair(base, quote));
        return days == null ? null : days.floorEntry(day);
    }

    private static String pair(Currency base, Currency quote) {
        return base.getCurrencyCode() + quote.getCurrencyCode();
    }

    /** One stored daily rate: units of {@code quote} for one {@code base}. */
    record StoredRate(LocalDate date, Currency base, Currency quote, BigDecimal rate) {}
}
