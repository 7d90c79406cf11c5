package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.PaymentTransaction;
import dev.bosun.finance.PaymentTransactions;
import dev.bosun.finance.domain.StatedCurrency;
import dev.bosun.finance.domain.TransactionKey;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Date Range report of Seller Central (Payments › Reports Repository › Transaction): a CSV whose header row
 * follows a few description lines, one of which states the currency ({@code All amounts in USD, unless
 * specified}). Its columns vary by marketplace and year ({@code account type}, {@code Regulatory Fee}, {@code Tax
 * On Regulatory Fee} and the order address columns come and go); the UK file says {@code postage credits}. A
 * transaction has no id, so it is keyed by a digest of its identifying fields and its occurrence among identical
 * rows of the file: overlapping downloads then meet on the same rows.
 */
@Component
class DateRangeTransactionsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.transactions-date-range",
            "Date Range transactions",
            List.of("Date Range Report (Transaction)", "Payments Reports Repository: Transaction"),
            List.of(
                    required("date/time"),
                    required("settlement id"),
                    required("type"),
                    required("order id"),
                    required("sku"),
                    required("description"),
                    optional("quantity"),
                    optional("marketplace"),
                    optional("account type"),
                    optional("fulfillment"),
                    optional("order city"),
                    optional("order state"),
                    optional("order postal"),
                    optional("tax collection model"),
                    optional("product sales"),
                    optional("product sales tax"),
                    optional("shipping credits", "postage credits"),
                    optional("shipping credits tax", "postage credits tax"),
                    optional("gift wrap credits"),
                    optional("giftwrap credits tax", "gift wrap credits tax"),
                    optional("regulatory fee"),
                    optional("tax on regulatory fee"),
                    optional("promotional rebates"),
                    optional("promotional rebates tax"),
                    optional("marketplace withheld tax"),
                    optional("selling fees"),
                    optional("fba fees"),
                    optional("other transaction fees"),
                    optional("other"),
                    required("total")));

    private final PaymentTransactions transactions;

    DateRangeTransactionsImporter(PaymentTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Optional<String> stated = StatedCurrency.in(content.preamble());
        PaymentTransactions.Recorder recorder = transactions.recorder(context.accountId(), context.batchId());
        Map<String, Integer> occurrences = new HashMap<>();
        for (ReportRow row : content.rows()) {
            PaymentTransaction transaction = read(context, row, stated, occurrences);
            if (transaction != null && row.valid()) {
                recorder.add(transaction);
                if (transaction.marketplace() != null) {
                    context.coverage().saw(transaction.marketplace());
                }
                context.coverage()
                        .saw(LocalDate.ofInstant(
                                transaction.postedAt(),
                                transaction.marketplace() == null
                                        ? context.zone()
                                        : transaction.marketplace().zone()));
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static PaymentTransaction read(
            ImportContext context, ReportRow row, Optional<String> stated, Map<String, Integer> occurrences) {
        Instant postedAt = row.requireInstant("date/time");
        String settlementId = key(row, "settlement id", 40);
        String type = row.requireText("type");
        if (type != null && type.length() > 100) {
            row.reject("type", "a transaction type of at most 100 characters", type.length() + " characters");
        }
        String orderId = key(row, "order id", 60);
        String sku = key(row, "sku", 200);
        String description = key(row, "description", 2000);
        BigDecimal total = row.requireMoney("total");
        String marketplaceName = limited(row, "marketplace", 100);
        Marketplace marketplace = context.marketplaceNamed(marketplaceName)
                .or(context::defaultMarketplace)
                .orElse(null);
        String currency = stated.orElse(
                marketplace == null ? null : marketplace.currency().getCurrencyCode());
        if (currency == null) {
            row.reject(
                    "marketplace",
                    "a marketplace (or a preamble line such as \"All amounts in USD, unless specified\") that tells "
                            + "the currency; import the file with --marketplace",
                    marketplaceName == null ? "nothing" : "\"" + marketplaceName + "\"");
        }
        Long quantity = row.integer("quantity");
        if (quantity != null && Math.abs(quantity) > 1_000_000) {
            row.reject("quantity", "a quantity up to 1,000,000", quantity.toString());
        }
        PaymentTransaction.Amounts amounts = new PaymentTransaction.Amounts(
                row.money("product sales"),
                row.money("product sales tax"),
                row.money("shipping credits"),
                row.money("shipping credits tax"),
                row.money("gift wrap credits"),
                row.money("giftwrap credits tax"),
                row.money("regulatory fee"),
                row.money("tax on regulatory fee"),
                row.money("promotional rebates"),
                row.money("promotional rebates tax"),
                row.money("marketplace withheld tax"),
                row.money("selling fees"),
                row.money("fba fees"),
                row.money("other transaction fees"),
                row.money("other"));
        String accountType = limited(row, "account type", 100);
        String fulfillment = limited(row, "fulfillment", 40);
        String city = limited(row, "order city", 200);
        String state = limited(row, "order state", 100);
        String postal = limited(row, "order postal", 40);
        String taxModel = limited(row, "tax collection model", 100);
        if (!row.valid()) {
            return null;
        }
        String key = TransactionKey.of(settlementId, postedAt, type, orderId, sku, description, total);
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        return new PaymentTransaction(
                key,
                occurrence,
                postedAt,
                settlementId,
                type,
                orderId,
                sku,
                description,
                quantity == null ? null : quantity.intValue(),
                marketplace,
                marketplaceName,
                accountType,
                fulfillment,
                city,
                state,
                postal,
                taxModel,
                currency,
                amounts,
                total);
    }

    /** An identifying text column: empty when the report leaves it empty (transfers have no order or sku). */
    private static String key(ReportRow row, String column, int max) {
        String text = limited(row, column, max);
        return text == null ? "" : text;
    }

    private static String limited(ReportRow row, String column, int max) {
        String text = row.text(column);
        if (text != null && text.length() > max) {
            row.reject(column, "at most " + max + " characters", text.length() + " characters");
            return null;
        }
        return text;
    }

    @Override
    public List<String> batchTables() {
        return List.of("finance_transactions");
    }
}
