package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_ORGANISATION_SETTINGS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The currency each organisation reports its figures in. */
@Repository
public class ReportingCurrencies {

    private final DSLContext db;

    ReportingCurrencies(DSLContext db) {
        this.db = db;
    }

    public Optional<Currency> of(long organisationId) {
        return db.select(FINANCE_ORGANISATION_SETTINGS.REPORTING_CURRENCY)
                .from(FINANCE_ORGANISATION_SETTINGS)
                .where(FINANCE_ORGANISATION_SETTINGS.ORGANISATION_ID.eq(organisationId))
                .fetchOptional(r -> Currency.getInstance(r.value1()));
    }

    public void set(long organisationId, Currency currency, String by, Instant at) {
        db.insertInto(FINANCE_ORGANISATION_SETTINGS)
                .set(FINANCE_ORGANISATION_SETTINGS.ORGANISATION_ID, organisationId)
                .set(FINANCE_ORGANISATION_SETTINGS.REPORTING_CURRENCY, currency.getCurrencyCode())
                .set(FINANCE_ORGANISATION_SETTINGS.CHANGED_BY, by)
                .set(FINANCE_ORGANISATION_SETTINGS.CHANGED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(FINANCE_ORGANISATION_SETTINGS.ORGANISATION_ID)
                .doUpdate()
                .set(FINANCE_ORGANISATION_SETTINGS.REPORTING_CURRENCY, currency.getCurrencyCode())
                .set(FINANCE_ORGANISATION_SETTINGS.CHANGED_BY, by)
                .set(FINANCE_ORGANISATION_SETTINGS.CHANGED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
