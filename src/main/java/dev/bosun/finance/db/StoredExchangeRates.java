package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_EXCHANGE_RATES;

import dev.bosun.finance.RateSource;
import dev.bosun.jooq.tables.records.FinanceExchangeRatesRecord;
import dev.bosun.platform.db.BulkUpsert;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Organisations' daily exchange rates: units of quote for one base, by date. */
@Repository
public class StoredExchangeRates {

    static final List<String> COLUMNS = List.of(
            "organisation_id",
            "rate_date",
            "base",
            "quote",
            "rate",
            "source",
            "provider",
            "batch_id",
            "entered_by",
            "entered_at");

    private final DSLContext db;

    StoredExchangeRates(DSLContext db) {
        this.db = db;
    }

    /** Every rate of the organisation. */
    public List<DailyRate> all(long organisationId) {
        return db.selectFrom(FINANCE_EXCHANGE_RATES)
                .where(FINANCE_EXCHANGE_RATES.ORGANISATION_ID.eq(organisationId))
                .fetch(StoredExchangeRates::rate);
    }

    /** The rates dated from..to inclusive, newest first, then by pair. */
    public List<DailyRate> between(long organisationId, LocalDate from, LocalDate to, int limit) {
        return db.selectFrom(FINANCE_EXCHANGE_RATES)
                .where(FINANCE_EXCHANGE_RATES.ORGANISATION_ID.eq(organisationId))
                .and(FINANCE_EXCHANGE_RATES.RATE_DATE.between(from, to))
                .orderBy(
                        FINANCE_EXCHANGE_RATES.RATE_DATE.desc(),
                        FINANCE_EXCHANGE_RATES.BASE,
                        FINANCE_EXCHANGE_RATES.QUOTE)
                .limit(limit)
                .fetch(StoredExchangeRates::rate);
    }

    public Optional<DailyRate> find(long organisationId, LocalDate date, Currency base, Currency quote) {
        return db.selectFrom(FINANCE_EXCHANGE_RATES)
                .where(FINANCE_EXCHANGE_RATES.ORGANISATION_ID.eq(organisationId))
                .and(FINANCE_EXCHANGE_RATES.RATE_DATE.eq(date))
                .and(FINANCE_EXCHANGE_RATES.BASE.eq(base.getCurrencyCode()))
                .and(FINANCE_EXCHANGE_RATES.QUOTE.eq(quote.getCurrencyCode()))
                .fetchOptional(StoredExchangeRates::rate);
    }

    public void put(long organisationId, DailyRate rate, String by, Instant at) {
        db.insertInto(FINANCE_EXCHANGE_RATES)
                .set(FINANCE_EXCHANGE_RATES.ORGANISATION_ID, organisationId)
                .set(FINANCE_EXCHANGE_RATES.RATE_DATE, rate.date())
                .set(FINANCE_EXCHANGE_RATES.BASE, rate.base().getCurrencyCode())
                .set(FINANCE_EXCHANGE_RATES.QUOTE, rate.quote().getCurrencyCode())
                .set(FINANCE_EXCHANGE_RATES.RATE, rate.rate())
                .set(FINANCE_EXCHANGE_RATES.SOURCE, rate.source().name())
                .set(FINANCE_EXCHANGE_RATES.PROVIDER, rate.provider())
                .set(FINANCE_EXCHANGE_RATES.ENTERED_BY, by)
                .set(FINANCE_EXCHANGE_RATES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(
                        FINANCE_EXCHANGE_RATES.ORGANISATION_ID,
                        FINANCE_EXCHANGE_RATES.BASE,
                        FINANCE_EXCHANGE_RATES.QUOTE,
                        FINANCE_EXCHANGE_RATES.RATE_DATE)
                .doUpdate()
                .set(FINANCE_EXCHANGE_RATES.RATE, rate.rate())
                .set(FINANCE_EXCHANGE_RATES.SOURCE, rate.source().name())
                .set(FINANCE_EXCHANGE_RATES.PROVIDER, rate.provider())
                .set(FINANCE_EXCHANGE_RATES.BATCH_ID, (Long) null)
                .set(FINANCE_EXCHANGE_RATES.ENTERED_BY, by)
                .set(FINANCE_EXCHANGE_RATES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public boolean delete(long organisationId, LocalDate date, Currency base, Currency quote) {
        return db.deleteFrom(FINANCE_EXCHANGE_RATES)
                        .where(FINANCE_EXCHANGE_RATES.ORGANISATION_ID.eq(organisationId))
                        .and(FINANCE_EXCHANGE_RATES.RATE_DATE.eq(date))
                        .and(FINANCE_EXCHANGE_RATES.BASE.eq(base.getCurrencyCode()))
                        .and(FINANCE_EXCHANGE_RATES.QUOTE.eq(quote.getCurrencyCode()))
                        .execute()
                > 0;
    }

    /** Writes imported rates in bulk within the caller's transaction. */
    public BulkUpsert writer() {
        return BulkUpsert.into(
                        db, "finance_exchange_rates", COLUMNS, List.of("organisation_id", "base", "quote", "rate_date"))
                .provenance("entered_by", "entered_at");
    }

    public long forget(long organisationId, long batchId) {
        return db.deleteFrom(FINANCE_EXCHANGE_RATES)
                .where(FINANCE_EXCHANGE_RATES.ORGANISATION_ID.eq(organisationId))
                .and(FINANCE_EXCHANGE_RATES.BATCH_ID.eq(batchId))
                .execute();
    }

    private static DailyRate rate(FinanceExchangeRatesRecord r) {
        return new DailyRate(
                r.getRateDate(),
                Currency.getInstance(r.getBase()),
                Currency.getInstance(r.getQuote()),
                r.getRate().stripTrailingZeros(),
                RateSource.valueOf(r.getSource()),
                r.getProvider(),
                r.getEnteredBy());
    }

    /** A stored rate: units of {@code quote} for one {@code base} on {@code date}. */
    public record DailyRate(
            LocalDate date,
            Currency base,
            Currency quote,
            BigDecimal rate,
            RateSource source,
            String provider,
            String enteredBy) {}
}
