package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.accounts.AccountDirectory;
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
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bosun's exchange-rate template ({@code import-templates/exchange-rates.csv}): one rate per row, units of the
 * {@code to} currency for {@code per} (default 1) units of the {@code from} currency on a date, e.g. the PBOC's
 * central parity rates (100 JPY = 4.8 CNY is {@code per} 100). Rates belong to the account's organisation. Key:
 * date, from and to, so importing again replaces the rate.
 */
@Component
class ExchangeRatesImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.exchange-rates",
            "Exchange rates (Bosun template)",
            List.of(),
            List.of(
                    required("date", "rate-date", "rate date", "日期"),
                    required("from", "from-currency", "from currency", "原币", "源币种"),
                    required("to", "to-currency", "to currency", "目标币种", "折算币种"),
                    required("rate", "汇率"),
                    optional("per", "单位"),
                    optional("source", "来源")));

    private final ExchangeRates rates;
    private final AccountDirectory directory;

    ExchangeRatesImporter(ExchangeRates rates, AccountDirectory directory) {
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
                rates.recorder(organisation(context.accountId()), context.batchId(), RateSource.IMPORTED);
        Map<String, Long> seen = new HashMap<>();
        for (ReportRow row : content.rows()) {
            LocalDate date = row.requireDate("date");
            Currency from = CostCells.currency(row, "from", true);
            Currency to = CostCells.currency(row, "to", true);
            BigDecimal rate = CostCells.rate(row, "rate");
            Long per = row.integer("per");
            String source = row.text("source", 60);
            if (per != null && (per <= 0 || per > 1_000_000)) {
                row.reject("per", "the units of the from currency the rate is for, such as 1 or 100", per.toString());
            }
            if (from != null && from.equals(to)) {
                row.reject("to", "a currency other than " + from.getCurrencyCode(), "\"" + to.getCurrencyCode() + "\"");
            }
            if (date != null && from != null && to != null) {
                Long earlier = seen.putIfAbsent(date + from.getCurrencyCode() + to.getCurrencyCode(), row.line());
                if (earlier != null) {
                    row.reject(
                            "rate",
                            "one rate per date and pair (line " + earlier + " has " + from.getCurrencyCode() + "→"
                                    + to.getCurrencyCode() + " on " + date + " too)",
                            "a second one");
                }
            }
            if (row.valid()) {
                BigDecimal unit =
                        per == null || per == 1 ? rate : rate.divide(BigDecimal.valueOf(per), MathContext.DECIMAL128);
                recorder.add(date, from, to, unit, source);
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

    private long organisation(long accountId) {
        return directory
                .account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no seller account " + accountId))
                .organisationId();
    }
}
