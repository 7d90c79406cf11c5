package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.Settlement;
import dev.bosun.finance.SettlementLine;
import dev.bosun.finance.Settlements;
import dev.bosun.finance.domain.MarketplaceOfCurrency;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What both settlement flat-file layouts share: the summary row that opens each settlement (id, period, deposit
 * date, total, currency) and the columns every line carries. Lines are numbered by their position within the
 * settlement, so the same settlement read again matches line for line. The layouts differ only in how a row
 * holds its amounts, which each importer supplies as a {@link LineAmounts}.
 */
final class SettlementFileReading {

    /** Columns of the summary row and of every line, in both layouts. */
    static final List<ColumnSpec> SHARED_COLUMNS = List.of(
            required("settlement-id"),
            required("settlement-start-date"),
            required("settlement-end-date"),
            required("deposit-date"),
            required("total-amount"),
            required("currency"),
            required("transaction-type"),
            required("order-id"),
            optional("merchant-order-id"),
            optional("adjustment-id"),
            optional("shipment-id"),
            required("marketplace-name"),
            optional("fulfillment-id"),
            optional("posted-date"),
            optional("posted-date-time"),
            optional("order-item-code"),
            optional("merchant-order-item-id"),
            optional("merchant-adjustment-item-id"),
            required("sku"),
            optional("quantity-purchased"),
            optional("promotion-id"));

    private SettlementFileReading() {}

    /** One amount of a row, in the V2 vocabulary. */
    record Amount(String type, String description, BigDecimal value) {}

    /** How a layout reads the amounts of one line row; an empty list means the row carries none. */
    interface LineAmounts {
        List<Amount> read(ReportRow row, String transactionType);
    }

    static ImportCounts load(
            ImportContext context,
            ReportContent content,
            Settlements settlements,
            String layoutId,
            LineAmounts amounts) {
        Settlements.Recorder recorder = settlements.recorder(context.accountId(), context.batchId());
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Long> brokenSummaries = new LinkedHashMap<>();
        for (ReportRow row : content.rows()) {
            if (blank(row)) {
                continue;
            }
            String settlementId = row.requireText("settlement-id");
            if (settlementId == null) {
                continue;
            }
            if (row.text("total-amount") != null) {
                summary(context, row, settlementId, layoutId, drafts, brokenSummaries, recorder);
                continue;
            }
            Draft draft = drafts.get(settlementId);
            if (draft == null) {
                Long brokenAt = brokenSummaries.get(settlementId);
                if (brokenAt != null) {
                    row.reject(
                            "settlement-id",
                            "a line of a settlement whose summary row is valid (see line " + brokenAt + ")",
                            settlementId);
                } else {
                    row.reject(
                            "total-amount",
                            "the settlement's summary row (with total-amount and currency) before its lines",
                            "a line of settlement " + settlementId + " without one");
                }
                continue;
            }
            int lineNo = ++draft.rows;
            for (SettlementLine line : lines(context, row, draft, lineNo, amounts)) {
                recorder.add(line);
                draft.saw(line);
                context.coverage().saw(line.marketplace());
                context.coverage().saw(line.postedDate());
            }
        }
        for (Draft draft : drafts.values()) {
            Settlement settlement = draft.settlement(context, layoutId);
            settlement.marketplaces().forEach(context.coverage()::saw);
            recorder.record(settlement);
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static void summary(
            ImportContext context,
            ReportRow row,
            String settlementId,
            String layoutId,
            Map<String, Draft> drafts,
            Map<String, Long> brokenSummaries,
            Settlements.Recorder recorder) {
        if (drafts.containsKey(settlementId) || brokenSummaries.containsKey(settlementId)) {
            row.reject(
                    "settlement-id",
                    "one summary row per settlement",
                    "a second summary row for settlement " + settlementId);
            return;
        }
        Instant starts = row.instant("settlement-start-date");
        Instant ends = row.instant("settlement-end-date");
        Instant deposit = row.instant("deposit-date");
        BigDecimal total = row.requireMoney("total-amount");
        String currency = Currencies.require(row, "currency");
        if (!row.valid()) {
            brokenSummaries.put(settlementId, row.line());
            return;
        }
        if (starts != null) {
            context.coverage().saw(LocalDate.ofInstant(starts, context.zone()));
        }
        if (ends != null) {
            context.coverage().saw(LocalDate.ofInstant(ends, context.zone()));
        }
        recorder.begin(settlementId, layoutId);
        drafts.put(settlementId, new Draft(settlementId, starts, ends, deposit, total, currency));
    }

    private static List<SettlementLine> lines(
            ImportContext context, ReportRow row, Draft draft, int lineNo, LineAmounts amounts) {
        String transactionType = row.text("transaction-type");
        String marketplaceName = row.text("marketplace-name");
        Marketplace marketplace = context.marketplaceNamed(marketplaceName).orElse(null);
        Instant postedAt = row.instant("posted-date-time");
        LocalDate postedDate;
        String posted = row.text("posted-date");
        if (posted != null && posted.contains(":")) {
            // the wide layout writes a full date-time here
            Instant at = row.instant("posted-date");
            postedDate = at == null ? null : row.date("posted-date");
            postedAt = postedAt != null ? postedAt : at;
        } else {
            postedDate = row.date("posted-date");
        }
        if (postedDate == null && postedAt != null) {
            postedDate = LocalDate.ofInstant(postedAt, java.time.ZoneOffset.UTC);
        }
        Long quantity = row.integer("quantity-purchased");
        if (quantity != null && Math.abs(quantity) > 1_000_000) {
            row.reject("quantity-purchased", "a quantity up to 1,000,000", quantity.toString());
        }
        List<Amount> found = amounts.read(row, transactionType);
        if (!row.valid()) {
            return List.of();
        }
        List<Amount> parts = found.isEmpty() ? List.of(new Amount(null, null, null)) : found;
        List<SettlementLine> lines = new ArrayList<>(parts.size());
        int part = 0;
        for (Amount amount : parts) {
            lines.add(new SettlementLine(
                    draft.settlementId,
                    lineNo,
                    ++part,
                    transactionType,
                    row.text("order-id"),
                    row.text("merchant-order-id"),
                    row.text("adjustment-id"),
                    row.text("shipment-id"),
                    marketplaceName,
                    marketplace,
                    amount.type(),
                    amount.description(),
                    amount.value(),
                    draft.currency,
                    row.text("fulfillment-id"),
                    postedDate,
                    postedAt,
                    row.text("order-item-code"),
                    row.text("merchant-order-item-id"),
                    row.text("merchant-adjustment-item-id"),
                    row.text("sku"),
                    quantity == null ? null : quantity.intValue(),
                    row.text("promotion-id")));
        }
        return lines;
    }

    /** A row of white space only (some files end with one). */
    private static boolean blank(ReportRow row) {
        return row.text("settlement-id") == null
                && row.text("total-amount") == null
                && row.text("transaction-type") == null
                && row.text("order-id") == null
                && row.text("posted-date") == null
                && row.text("posted-date-time") == null;
    }

    /** A settlement being read: its summary, and what its lines showed so far. */
    private static final class Draft {
        private final String settlementId;
        private final Instant starts;
        private final Instant ends;
        private final Instant deposit;
        private final BigDecimal total;
        private final String currency;
        private final Set<Marketplace> marketplaces = EnumSet.noneOf(Marketplace.class);
        private final Set<String> marketplaceNames = new LinkedHashSet<>();
        private int rows;

        Draft(String settlementId, Instant starts, Instant ends, Instant deposit, BigDecimal total, String currency) {
            this.settlementId = settlementId;
            this.starts = starts;
            this.ends = ends;
            this.deposit = deposit;
            this.total = total;
            this.currency = currency;
        }

        void saw(SettlementLine line) {
            if (line.marketplace() != null) {
                marketplaces.add(line.marketplace());
            }
            if (line.marketplaceName() != null) {
                marketplaceNames.add(line.marketplaceName());
            }
        }

        Settlement settlement(ImportContext context, String layoutId) {
            List<Marketplace> named = List.copyOf(marketplaces);
            if (named.isEmpty()) {
                named = MarketplaceOfCurrency.choose(context.marketplace(), context.accountMarketplaces(), currency)
                        .map(List::of)
                        .orElse(List.of());
            }
            return new Settlement(
                    settlementId,
                    starts,
                    ends,
                    deposit,
                    total,
                    currency,
                    named,
                    List.copyOf(marketplaceNames),
                    rows,
                    layoutId);
        }
    }
}
