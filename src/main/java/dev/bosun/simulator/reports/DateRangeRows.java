package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the Date Range transactions report (Payments › Reports Repository, English download): one row per
 * transaction of a settlement, its amounts gathered into the report's columns (product sales, tax, promotional
 * rebates, withheld tax, selling fees, FBA fees, other) and its total. Times are the marketplace's local time with
 * the zone ({@code Jan 1, 2025 12:07:47 AM PST}, elsewhere a GMT offset).
 */
final class DateRangeRows {

    static final List<String> COLUMNS = List.of(
            "date/time",
            "settlement id",
            "type",
            "order id",
            "sku",
            "description",
            "quantity",
            "marketplace",
            "fulfillment",
            "order city",
            "order state",
            "order postal",
            "tax collection model",
            "product sales",
            "product sales tax",
            "shipping credits",
            "shipping credits tax",
            "gift wrap credits",
            "giftwrap credits tax",
            "promotional rebates",
            "promotional rebates tax",
            "marketplace withheld tax",
            "selling fees",
            "fba fees",
            "other transaction fees",
            "other",
            "total");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.ENGLISH);

    private DateRangeRows() {}

    /** A settlement amount with the transaction it belongs to and its settlement cells. */
    record Amount(String transaction, Instant at, String[] cells, long minor) {}

    static void write(TextFile file, Marketplace marketplace, String settlementId, List<Amount> amounts, int digits) {
        Map<String, List<Amount>> byTransaction = new LinkedHashMap<>();
        for (Amount amount : amounts) {
            byTransaction
                    .computeIfAbsent(amount.transaction(), k -> new ArrayList<>())
                    .add(amount);
        }
        for (List<Amount> parts : byTransaction.values()) {
            String[] first = parts.get(0).cells();
            long sales = 0;
            long tax = 0;
            long promotions = 0;
            long withheld = 0;
            long selling = 0;
            long fba = 0;
            long other = 0;
            for (Amount part : parts) {
                String type = part.cells()[12];
                String description = part.cells()[13];
                long value = part.minor();
                switch (type + "/" + description) {
                    case "ItemPrice/Principal" -> sales += value;
                    case "ItemPrice/Tax" -> tax += value;
                    case "Promotion/Principal" -> promotions += value;
                    case "ItemWithheldTax/MarketplaceFacilitatorTax-Principal" -> withheld += value;
                    case "ItemFees/Commission", "ItemFees/RefundCommission" -> selling += value;
                    case "ItemFees/FBAPerUnitFulfillmentFee" -> fba += value;
                    default -> other += value;
                }
            }
            long total = sales + tax + promotions + withheld + selling + fba + other;
            String kind = first[6];
            String type = switch (kind) {
                case "other-transaction" -> "FBA Inventory Fee";
                default -> kind;
            };
            String description = switch (kind) {
                case "Order", "Refund" -> first[21];
                case "Adjustment" -> first[12] + " - " + first[13];
                default -> first[13];
            };
            file.row(
                    time(parts.get(0).at(), marketplace),
                    settlementId,
                    type,
                    first[7],
                    first[21],
                    description,
                    first[22],
                    first[11],
                    "AFN".equals(first[15]) ? "Amazon" : "MFN".equals(first[15]) ? "Seller" : null,
                    null,
                    null,
                    null,
                    tax != 0 ? "MarketplaceFacilitator" : null,
                    amount(sales, digits),
                    amount(tax, digits),
                    amount(0, digits),
                    amount(0, digits),
                    amount(0, digits),
                    amount(0, digits),
                    amount(promotions, digits),
                    amount(0, digits),
                    amount(withheld, digits),
                    amount(selling, digits),
                    amount(fba, digits),
                    amount(0, digits),
                    amount(other, digits),
                    amount(total, digits));
        }
    }

    private static String time(Instant at, Marketplace marketplace) {
        ZonedDateTime local = at.atZone(marketplace.zone());
        String zone = switch (marketplace) {
            case US, CA, MX -> marketplace.zone().getRules().isDaylightSavings(at) ? "PDT" : "PST";
            default -> {
                int seconds = local.getOffset().getTotalSeconds();
                yield String.format(Locale.ROOT, "GMT%+03d:%02d", seconds / 3600, Math.abs(seconds % 3600) / 60);
            }
        };
        return TIME.format(local) + " " + zone;
    }

    private static String amount(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
