package dev.bosun.catalog.importing;

import dev.bosun.amazon.DocumentElement;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.AsinTraffic.AsinLevel;
import dev.bosun.catalog.Recorder;
import dev.bosun.catalog.Traffic;
import dev.bosun.catalog.domain.DateGranularity;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The SP-API report {@code GET_SALES_AND_TRAFFIC_REPORT} (schema {@code sellerSalesAndTrafficReport.json}): a
 * JSON document with {@code reportSpecification}, the account's figures per day, week or month ({@code
 * salesAndTrafficByDate}) and per ASIN over the whole report period ({@code salesAndTrafficByAsin}, by parent,
 * child or SKU). The marketplace is the report's only {@code marketplaceIds} entry; the period is {@code
 * dataStartTime..dataEndTime}, widened to whole weeks or months for those granularities as Amazon does.
 * Percentages are percent points ({@code 95.24}) and are stored as fractions, like the Business Report CSVs. Each
 * element of the two arrays (a day, an ASIN) is rejected alone when one of its values is bad.
 */
@Component
class SalesAndTrafficReportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.document(
            "catalog.sales-and-traffic-report",
            "Sales and Traffic report (SP-API)",
            List.of("GET_SALES_AND_TRAFFIC_REPORT"),
            List.of("reportSpecification", "salesAndTrafficByDate", "salesAndTrafficByAsin"));

    /** The API report has every figure but titles. */
    private static final Set<AsinTraffic.Field> ASIN_FIELDS = EnumSet.complementOf(EnumSet.of(AsinTraffic.Field.TITLE));

    private final Traffic traffic;

    SalesAndTrafficReportImporter(Traffic traffic) {
        this.traffic = traffic;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        JsonNode root = content.document();
        JsonFigures json = new JsonFigures(content);
        JsonNode spec = root.get("reportSpecification");
        if (spec == null || !spec.isObject()) {
            json.reject("reportSpecification", "an object", String.valueOf(spec));
            return ImportCounts.NONE;
        }
        Marketplace marketplace = marketplace(context, spec, json).orElse(null);
        DateGranularity granularity = granularity(spec, json);
        LocalDate start = json.date(spec, "reportSpecification", "dataStartTime", true);
        LocalDate end = json.date(spec, "reportSpecification", "dataEndTime", true);
        if (start != null && end != null && end.isBefore(start)) {
            json.reject("reportSpecification.dataEndTime", "a date on or after dataStartTime " + start, end.toString());
        }
        requireArray(root, "salesAndTrafficByDate", json);
        requireArray(root, "salesAndTrafficByAsin", json);
        if (marketplace == null || granularity == null || json.problems() > 0) {
            return ImportCounts.NONE;
        }
        ImportCounts days = days(context, content, marketplace, granularity, json);
        ImportCounts asins =
                asins(context, content, marketplace, granularity.periodStart(start), granularity.periodEnd(end), json);
        return days.plus(asins);
    }

    private static Optional<Marketplace> marketplace(ImportContext context, JsonNode spec, JsonFigures json) {
        JsonNode ids = spec.get("marketplaceIds");
        if (ids == null || !ids.isArray() || ids.isEmpty() || !ids.get(0).isString()) {
            json.reject(
                    "reportSpecification.marketplaceIds",
                    "one marketplace id such as ATVPDKIKX0DER",
                    String.valueOf(ids));
            return Optional.empty();
        }
        String id = ids.get(0).stringValue();
        Optional<Marketplace> marketplace = context.marketplaceNamed(id);
        if (marketplace.isEmpty()) {
            json.reject("reportSpecification.marketplaceIds[0]", "an Amazon marketplace id such as ATVPDKIKX0DER", id);
        } else if (!context.accountMarketplaces().contains(marketplace.get())) {
            json.reject(
                    "reportSpecification.marketplaceIds[0]",
                    "a marketplace of the account ("
                            + context.accountMarketplaces().stream()
                                    .map(Marketplace::code)
                                    .collect(Collectors.joining(", "))
                            + ")",
                    id + " (" + marketplace.get().code() + ")");
            return Optional.empty();
        } else if (context.marketplace() != null && context.marketplace() != marketplace.get()) {
            json.reject(
                    "reportSpecification.marketplaceIds[0]",
                    "the marketplace given, " + context.marketplace().code(),
                    id + " (" + marketplace.get().code() + ")");
            return Optional.empty();
        }
        return marketplace;
    }

    private static DateGranularity granularity(JsonNode spec, JsonFigures json) {
        JsonNode options = spec.get("reportOptions");
        String name = options == null
                ? null
                : json.text(options, "reportSpecification.reportOptions", "dateGranularity", false);
        if (name == null) {
            return DateGranularity.DAY;
        }
        return DateGranularity.named(name).orElseGet(() -> {
            json.reject("reportSpecification.reportOptions.dateGranularity", "DAY, WEEK or MONTH", name);
            return null;
        });
    }

    /** Records a problem with the whole document when it lacks the array {@code key}. */
    private static void requireArray(JsonNode root, String key, JsonFigures json) {
        JsonNode node = root.get(key);
        if (node == null || !node.isArray()) {
            json.reject(key, "an array", String.valueOf(node));
        }
    }

    private ImportCounts days(
            ImportContext context,
            ReportContent content,
            Marketplace marketplace,
            DateGranularity granularity,
            JsonFigures json) {
        Recorder<AccountTraffic> recorder = traffic.accountRecorder(
                context.accountId(), context.batchId(), EnumSet.allOf(AccountTraffic.Field.class));
        for (DocumentElement day : content.elements("salesAndTrafficByDate")) {
            long before = json.problems();
            AccountTraffic period = period(marketplace, granularity, day.node(), day.path(), json);
            if (period != null && json.problems() == before) {
                recorder.add(period);
                context.coverage().saw(marketplace);
                context.coverage().saw(period.periodFrom());
                context.coverage().saw(period.periodTo());
            }
        }
        return counts(recorder.finish());
    }

    private static AccountTraffic period(
            Marketplace marketplace, DateGranularity granularity, JsonNode row, String path, JsonFigures json) {
        LocalDate date = json.date(row, path, "date", true);
        JsonNode sales = object(row, path, "salesByDate", json);
        JsonNode visits = object(row, path, "trafficByDate", json);
        if (date == null || sales == null || visits == null) {
            return null;
        }
        String s = path + ".salesByDate";
        String t = path + ".trafficByDate";
        String currency = JsonFigures.currencyOf(sales.get("orderedProductSales"));
        return new AccountTraffic(
                marketplace,
                date,
                granularity.periodEnd(date),
                currency,
                json.amount(sales, s, "orderedProductSales", true, currency),
                json.amount(sales, s, "orderedProductSalesB2B", false, currency),
                json.count(sales, s, "unitsOrdered", true),
                json.count(sales, s, "unitsOrderedB2B", false),
                json.count(sales, s, "totalOrderItems", true),
                json.count(sales, s, "totalOrderItemsB2B", false),
                json.amount(sales, s, "averageSalesPerOrderItem", false, currency),
                json.amount(sales, s, "averageSalesPerOrderItemB2B", false, currency),
                json.decimal(sales, s, "averageUnitsPerOrderItem", false),
                json.decimal(sales, s, "averageUnitsPerOrderItemB2B", false),
                json.amount(sales, s, "averageSellingPrice", false, currency),
                json.amount(sales, s, "averageSellingPriceB2B", false, currency),
                json.count(sales, s, "unitsRefunded", false),
                json.share(sales, s, "refundRate", false),
                json.count(sales, s, "claimsGranted", false),
                json.amount(sales, s, "claimsAmount", false, currency),
                json.amount(sales, s, "shippedProductSales", false, currency),
                json.count(sales, s, "unitsShipped", false),
                json.count(sales, s, "ordersShipped", false),
                json.count(visits, t, "sessions", true),
                json.count(visits, t, "sessionsB2B", false),
                json.count(visits, t, "browserSessions", false),
                json.count(visits, t, "mobileAppSessions", false),
                json.count(visits, t, "pageViews", true),
                json.count(visits, t, "pageViewsB2B", false),
                json.count(visits, t, "browserPageViews", false),
                json.count(visits, t, "mobileAppPageViews", false),
                json.share(visits, t, "buyBoxPercentage", false),
                json.share(visits, t, "buyBoxPercentageB2B", false),
                json.share(visits, t, "orderItemSessionPercentage", false),
                json.share(visits, t, "orderItemSessionPercentageB2B", false),
                json.share(visits, t, "unitSessionPercentage", false),
                json.share(visits, t, "unitSessionPercentageB2B", false),
                json.count(visits, t, "averageOfferCount", false),
                json.count(visits, t, "averageParentItems", false),
                json.count(visits, t, "feedbackReceived", false),
                json.count(visits, t, "negativeFeedbackReceived", false),
                json.share(visits, t, "receivedNegativeFeedbackRate", false));
    }

    private ImportCounts asins(
            ImportContext context,
            ReportContent content,
            Marketplace marketplace,
            LocalDate from,
            LocalDate to,
            JsonFigures json) {
        Recorder<AsinTraffic> recorder = traffic.asinRecorder(context.accountId(), context.batchId(), ASIN_FIELDS);
        for (DocumentElement element : content.elements("salesAndTrafficByAsin")) {
            long before = json.problems();
            AsinTraffic asin = asin(marketplace, from, to, element.node(), element.path(), json);
            if (asin != null && json.problems() == before) {
                recorder.add(asin);
                context.coverage().saw(marketplace);
                context.coverage().saw(from);
                context.coverage().saw(to);
            }
        }
        return counts(recorder.finish());
    }

    private static AsinTraffic asin(
            Marketplace marketplace, LocalDate from, LocalDate to, JsonNode row, String path, JsonFigures json) {
        String parent = json.text(row, path, "parentAsin", true);
        String child = json.text(row, path, "childAsin", false);
        String sku = json.text(row, path, "sku", false);
        JsonNode sales = object(row, path, "salesByAsin", json);
        JsonNode visits = object(row, path, "trafficByAsin", json);
        if (parent == null || sales == null || visits == null) {
            return null;
        }
        String s = path + ".salesByAsin";
        String t = path + ".trafficByAsin";
        String currency = JsonFigures.currencyOf(sales.get("orderedProductSales"));
        return new AsinTraffic(
                marketplace,
                from,
                to,
                child != null ? child : parent,
                sku,
                child != null ? AsinLevel.CHILD : AsinLevel.PARENT,
                parent,
                null,
                json.count(visits, t, "sessions", true),
                json.count(visits, t, "sessionsB2B", false),
                json.count(visits, t, "browserSessions", false),
                json.count(visits, t, "mobileAppSessions", false),
                json.share(visits, t, "sessionPercentage", false),
                json.share(visits, t, "sessionPercentageB2B", false),
                json.count(visits, t, "pageViews", true),
                json.count(visits, t, "pageViewsB2B", false),
                json.count(visits, t, "browserPageViews", false),
                json.count(visits, t, "mobileAppPageViews", false),
                json.share(visits, t, "pageViewsPercentage", false),
                json.share(visits, t, "pageViewsPercentageB2B", false),
                json.share(visits, t, "buyBoxPercentage", false),
                json.share(visits, t, "buyBoxPercentageB2B", false),
                json.count(sales, s, "unitsOrdered", true),
                json.count(sales, s, "unitsOrderedB2B", false),
                json.share(visits, t, "unitSessionPercentage", false),
                json.share(visits, t, "unitSessionPercentageB2B", false),
                currency,
                json.amount(sales, s, "orderedProductSales", true, currency),
                json.amount(sales, s, "orderedProductSalesB2B", false, currency),
                json.count(sales, s, "totalOrderItems", true),
                json.count(sales, s, "totalOrderItemsB2B", false));
    }

    private static JsonNode object(JsonNode row, String path, String field, JsonFigures json) {
        JsonNode node = row == null ? null : row.get(field);
        if (node == null || !node.isObject()) {
            json.reject(path + "." + field, "an object", String.valueOf(node));
            return null;
        }
        return node;
    }

    private static ImportCounts counts(UpsertCounts counts) {
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("asin_traffic", "account_traffic");
    }
}
