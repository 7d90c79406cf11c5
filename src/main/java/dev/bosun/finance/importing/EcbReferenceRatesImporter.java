package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.RateSource;
import dev.bosun.platform.db.UpsertCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The European Central Bank's euro foreign exchange reference rates as it publishes them for download
 * ({@code eurofxref.csv} for the latest day, {@code eurofxref-hist.csv} for every day since 1999): a {@code Date}
 * column and one column per currency holding units of it for one euro, {@code N/A} where there is no rate. Each
 * cell becomes a rate EUR → currency of the account's organisation, source ECB.
 */
@Component
class EcbReferenceRatesImporter implements ReportImporter {

    /** Every currency the ECB has published reference rates for, including those since replaced by the euro. */
    static final List<String> CURRENCIES = List.of(
            "USD", "JPY", "BGN", "CYP", "CZK", "DKK", "EEK", "GBP", "HUF", "LTL", "LVL", "MTL", "PLN", "ROL", "RON",
            "SEK", "SIT", "SKK", "CHF", "ISK", "NOK", "HRK", "RUB", "TRL", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD",
            "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD", "PHP", "SGD", "THB", "ZAR");

    /** Columns that every file of the ECB has had since 1999, so the layout is recognised. */
    private static final List<String> ALWAYS = List.of("USD", "JPY", "GBP", "CHF", "CAD", "AUD");

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Currency EUR = Currency.getInstance("EUR");

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.ecb-reference-rates", "ECB euro reference rates (eurofxref)", List.of(), columns());

    private final ExchangeRates rates;
    private final AccountDirectory directory;

    EcbReferenceRatesImporter(ExchangeRates rates, AccountDirectory directory) {
        this.rates = rates;
        this.directory = directory;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        ExchangeRates.Recorder recorder =
                rates.recorder(organisation(context.accountId()), context.batchId(), RateSource.ECB);
        List<String> present = null;
        for (ReportRow row : content.rows()) {
            if (present == null) {
                present = CURRENCIES.stream().filter(row::has).toList();
            }
            LocalDate date = date(row);
            List<Object[]> cells = new ArrayList<>();
            for (String code : present) {
                String text = row.text(code);
                if (text == null || text.equalsIgnoreCase("N/A")) {
                    continue;
                }
                if (!NUMBER.matcher(text).matches() || new BigDecimal(text).signum() <= 0) {
                    row.reject(code, "units of " + code + " for one euro, such as 1.0895, or N/A", "\"" + text + "\"");
                    continue;
                }
                cells.add(new Object[] {Currency.getInstance(code), new BigDecimal(text)});
            }
            if (row.valid()) {
                for (Object[] cell : cells) {
                    recorder.add(date, EUR, (Currency) cell[0], (BigDecimal) cell[1], "ECB");
                }
                context.coverage().saw(date);
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    @Override
    public long forget(long accountId, long batchId) {
        return rates.forget(organisation(accountId), batchId);
    }

    /** {@code 2024-03-06} (history file) or {@code 06 March 2024} (latest-day file). */
    private static LocalDate date(ReportRow row) {
        String text = row.requireText("date");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, DAY_MONTH_YEAR);
            } catch (DateTimeParseException written) {
                row.reject("date", "a date such as 2024-03-06 or 06 March 2024", "\"" + text + "\"");
                return null;
            }
        }
    }

    private long organisation(long accountId) {
        return directory
                .account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no seller account " + accountId))
                .organisationId();
    }

    private static List<ColumnSpec> columns() {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(required("date"));
        for (String code : CURRENCIES) {
            columns.add(ALWAYS.contains(code) ? required(code) : optional(code));
        }
        return List.copyOf(columns);
    }
}
