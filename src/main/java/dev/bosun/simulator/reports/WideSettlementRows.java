package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.util.List;

/**
 * Writes a settlement in the older wide flat-file layout ({@code GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE}), as
 * real Amazon.ca files of 2025 have it plus the promotion columns: the summary row, then per order item posting a
 * row with its quantity and a row per amount, each amount in the column pair of its kind (price, item-related fee,
 * promotion); refunds likewise without the quantity row; other transactions (storage fees, reimbursements) named
 * in {@code transaction-type} with their amount in {@code other-amount}. Dates are ISO date-times with offset.
 */
final class WideSettlementRows {

    static final List<String> COLUMNS = List.of(
            "settlement-id",
            "settlement-start-date",
            "settlement-end-date",
            "deposit-date",
            "total-amount",
            "currency",
            "transaction-type",
            "order-id",
            "merchant-order-id",
            "adjustment-id",
            "shipment-id",
            "marketplace-name",
            "shipment-fee-type",
            "shipment-fee-amount",
            "order-fee-type",
            "order-fee-amount",
            "fulfillment-id",
            "posted-date",
            "order-item-code",
            "merchant-order-item-id",
            "merchant-adjustment-item-id",
            "sku",
            "quantity-purchased",
            "price-type",
            "price-amount",
            "item-related-fee-type",
            "item-related-fee-amount",
            "misc-fee-amount",
            "other-fee-amount",
            "other-fee-reason-description",
            "promotion-id",
            "promotion-type",
            "promotion-amount",
            "direct-payment-type",
            "direct-payment-amount",
            "other-amount");

    private WideSettlementRows() {}

    /** Whether the marketplace's settlements are written in the wide layout (Japan's, in the simulation). */
    static boolean wide(Marketplace marketplace) {
        return marketplace == Marketplace.JP;
    }

    static void write(
            StoreFolder folder,
            Marketplace marketplace,
            String id,
            Instant start,
            Instant end,
            Instant deposit,
            long total,
            List<SettlementFiles.Line> lines) {
        FileLocale locale = folder.locale(marketplace);
        try (TextFile file =
                folder.flatFile(marketplace, "finance/settlement-" + id + ".txt", "finance.settlement-wide", COLUMNS)) {
            String[] summary = new String[COLUMNS.size()];
            summary[0] = id;
            summary[1] = FileLocale.iso(start);
            summary[2] = FileLocale.iso(end);
            summary[3] = FileLocale.iso(deposit);
            summary[4] = locale.amount(total);
            summary[5] = locale.currency();
            file.row(summary);
            String posting = null;
            for (SettlementFiles.Line line : lines) {
                String[] v2 = line.cells();
                String transaction = v2[6];
                boolean order = "Order".equals(transaction);
                if (order && !line.key().equals(posting)) {
                    String[] quantity = common(id, line, order);
                    quantity[22] = v2[22];
                    file.row(quantity);
                }
                posting = line.key();
                String[] row = common(id, line, order);
                String amount = v2[14];
                switch (v2[12]) {
                    case "ItemPrice" -> {
                        row[23] = v2[13];
                        row[24] = amount;
                    }
                    case "ItemFees" -> {
                        row[25] = v2[13];
                        row[26] = amount;
                    }
                    case "Promotion" -> {
                        row[30] = v2[23];
                        row[31] = v2[13];
                        row[32] = amount;
                    }
                    case "ItemWithheldTax" -> {
                        row[28] = amount;
                        row[29] = v2[13];
                    }
                    default -> {
                        // Other transactions are named by what they are; a reimbursement keeps its quantity.
                        row[6] = v2[13];
                        row[22] = v2[22];
                        row[35] = amount;
                    }
                }
                file.row(row);
            }
        }
    }

    /** The cells every row of a posting repeats. */
    private static String[] common(String id, SettlementFiles.Line line, boolean order) {
        String[] v2 = line.cells();
        String[] row = new String[COLUMNS.size()];
        row[0] = id;
        row[6] = v2[6];
        row[7] = v2[7];
        row[8] = v2[7];
        row[9] = v2[9];
        row[10] = order ? v2[10] : null;
        row[11] = v2[11];
        row[16] = v2[15];
        row[17] = FileLocale.iso(line.at());
        row[18] = v2[18];
        row[21] = v2[21];
        return row;
    }
}
