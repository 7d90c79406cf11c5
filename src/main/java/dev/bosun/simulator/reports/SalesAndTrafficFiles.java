package dev.bosun.simulator.reports;

import static dev.bosun.simulator.reports.BusinessReports.share;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.OfferDay;
import dev.bosun.simulator.domain.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the SP-API Sales and Traffic report ({@code GET_SALES_AND_TRAFFIC_REPORT}, JSON per the
 * sellerSalesAndTrafficReport schema) of each complete month and marketplace: the account's figures per day (DAY
 * granularity, the same figures as the by-date Business Report, so importing both agrees) and each SKU's figures over
 * the month (SKU granularity). Percentages are percent points, amounts objects with their currency.
 */
final class SalesAndTrafficFiles {

    private final StoreFolder folder;
    private final Map<Marketplace, Month> months = new EnumMap<>(Marketplace.class);
    private Store store;

    SalesAndTrafficFiles(StoreFolder folder) {
        this.folder = folder;
    }

    void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            months.put(marketplace, new Month());
        }
    }

    /** Takes a day's figures; writes the month's report after its last day. */
    void day(Marketplace marketplace, int day, BusinessReports.DateFigures figures, List<OfferDay> offerDays) {
        Month month = months.get(marketplace);
        LocalDate date = store.plan().date(day);
        month.days.add(figures);
        month.dates.add(date);
        for (OfferDay d : offerDays) {
            month.offers.computeIfAbsent(d.offer(), o -> new OfferSums()).add(d);
        }
        if (date.plusDays(1).getDayOfMonth() != 1) {
            return;
        }
        LocalDate first = date.withDayOfMonth(1);
        if (!first.isBefore(store.plan().start())) {
            write(marketplace, YearMonth.from(date), first, date, month);
        }
        months.put(marketplace, new Month());
    }

    private void write(Marketplace marketplace, YearMonth yearMonth, LocalDate first, LocalDate last, Month month) {
        Money money = new Money(
                marketplace.currency().getCurrencyCode(),
                store.locality(marketplace).minorDigits());
        try (JsonText json = folder.json(
                marketplace,
                "business-reports/sales-and-traffic-" + yearMonth + ".json",
                "catalog.sales-and-traffic-report")) {
            json.object();
            json.key("reportSpecification").object();
            json.field("reportType", "GET_SALES_AND_TRAFFIC_REPORT");
            json.key("reportOptions")
                    .object()
                    .field("dateGranularity", "DAY")
                    .field("asinGranularity", "SKU")
                    .end();
            json.field("dataStartTime", first.toString());
            json.field("dataEndTime", last.toString());
            json.key("marketplaceIds").array().string(marketplace.id()).end();
            json.end();
            json.key("salesAndTrafficByDate").array();
            for (int i = 0; i < month.days.size(); i++) {
                byDate(json, money, month.dates.get(i), month.days.get(i));
            }
            json.end();
            long sessions = 0;
            long pageViews = 0;
            for (OfferSums sums : month.offers.values()) {
                sessions += sums.sessions;
                pageViews += sums.pageViews;
            }
            json.key("salesAndTrafficByAsin").array();
            for (Map.Entry<Offer, OfferSums> entry : month.offers.entrySet()) {
                OfferSums s = entry.getValue();
                if (s.sessions == 0 && s.units == 0) {
                    continue;
                }
                Offer offer = entry.getKey();
                json.object();
                json.field("parentAsin", offer.product().parentAsin());
                json.field("childAsin", offer.asin());
                json.field("sku", offer.sku());
                json.key("salesByAsin").object();
                json.field("unitsOrdered", s.units);
                json.field("unitsOrderedB2B", s.unitsB2B);
                money.field(json, "orderedProductSales", s.sales);
                money.field(json, "orderedProductSalesB2B", s.salesB2B);
                json.field("totalOrderItems", s.items);
                json.field("totalOrderItemsB2B", s.itemsB2B);
                json.end();
                json.key("trafficByAsin").object();
                json.field("browserSessions", s.sessions - s.mobileSessions);
                json.field("mobileAppSessions", s.mobileSessions);
                json.field("sessions", s.sessions);
                json.field("sessionsB2B", s.sessionsB2B);
                percent(json, "sessionPercentage", share(s.sessions, sessions));
                percent(json, "sessionPercentageB2B", share(s.sessionsB2B, sessions));
                json.field("browserPageViews", s.pageViews - s.mobilePageViews);
                json.field("mobileAppPageViews", s.mobilePageViews);
                json.field("pageViews", s.pageViews);
                json.field("pageViewsB2B", s.pageViewsB2B);
                percent(json, "pageViewsPercentage", share(s.pageViews, pageViews));
                percent(json, "pageViewsPercentageB2B", share(s.pageViewsB2B, pageViews));
                percent(json, "buyBoxPercentage", s.pageViews == 0 ? 0 : s.buyBoxViews / s.pageViews);
                percent(json, "buyBoxPercentageB2B", s.pageViews == 0 ? 0 : s.buyBoxViews / s.pageViews);
                percent(json, "unitSessionPercentage", share(s.units, s.sessions));
                percent(json, "unitSessionPercentageB2B", share(s.unitsB2B, s.sessionsB2B));
                json.end();
                json.end();
            }
            json.end();
            json.end();
        }
    }

    private static void byDate(JsonText json, Money money, LocalDate date, BusinessReports.DateFigures f) {
        json.object();
        json.field("date", date.toString());
        json.key("salesByDate").object();
        money.field(json, "orderedProductSales", f.sales);
        money.field(json, "orderedProductSalesB2B", f.salesB2B);
        json.field("unitsOrdered", f.units);
        json.field("unitsOrderedB2B", f.unitsB2B);
        json.field("totalOrderItems", f.items);
        json.field("totalOrderItemsB2B", f.itemsB2B);
        money.field(json, "averageSalesPerOrderItem", f.salesPerItem());
        money.field(json, "averageSalesPerOrderItemB2B", f.salesPerItemB2B());
        json.numberField("averageUnitsPerOrderItem", decimal(f.unitsPerItem()));
        json.numberField("averageUnitsPerOrderItemB2B", decimal(f.unitsPerItemB2B()));
        money.field(json, "averageSellingPrice", f.sellingPrice());
        money.field(json, "averageSellingPriceB2B", f.sellingPriceB2B());
        json.field("unitsRefunded", f.unitsRefunded);
        percent(json, "refundRate", share(f.unitsRefunded, f.units));
        json.field("claimsGranted", f.claims);
        money.field(json, "claimsAmount", f.claimAmounts);
        money.field(json, "shippedProductSales", f.shippedSales);
        json.field("unitsShipped", f.shippedUnits);
        json.field("ordersShipped", f.ordersShipped);
        json.end();
        json.key("trafficByDate").object();
        json.field("browserPageViews", f.pageViews - f.mobilePageViews);
        json.field("mobileAppPageViews", f.mobilePageViews);
        json.field("pageViews", f.pageViews);
        json.field("pageViewsB2B", f.pageViewsB2B);
        json.field("browserSessions", f.sessions - f.mobileSessions);
        json.field("mobileAppSessions", f.mobileSessions);
        json.field("sessions", f.sessions);
        json.field("sessionsB2B", f.sessionsB2B);
        percent(json, "buyBoxPercentage", f.buyBoxShare());
        percent(json, "buyBoxPercentageB2B", f.buyBoxShare());
        percent(json, "orderItemSessionPercentage", share(f.items, f.sessions));
        percent(json, "orderItemSessionPercentageB2B", share(f.itemsB2B, f.sessionsB2B));
        percent(json, "unitSessionPercentage", share(f.units, f.sessions));
        percent(json, "unitSessionPercentageB2B", share(f.unitsB2B, f.sessionsB2B));
        json.field("averageOfferCount", 1);
        json.field("averageParentItems", f.offers);
        json.field("feedbackReceived", f.feedback);
        json.field("negativeFeedbackReceived", f.negativeFeedback);
        percent(json, "receivedNegativeFeedbackRate", share(f.negativeFeedback, f.feedback));
        json.end();
        json.end();
    }

    /** A share as percent points with two places, rounded as the CSV reports round it (95.24 for 0.95238). */
    private static void percent(JsonText json, String name, double fraction) {
        json.numberField(
                name,
                BigDecimal.valueOf(fraction * 100)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString());
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Amounts as the schema's Amount objects. */
    private record Money(String currency, int minorDigits) {
        void field(JsonText json, String name, long minor) {
            json.key(name).object();
            json.numberField("amount", BigDecimal.valueOf(minor, minorDigits).toPlainString());
            json.field("currencyCode", currency);
            json.end();
        }
    }

    /** A month being collected: the account's days and each offer's sums. */
    private static final class Month {
        final List<BusinessReports.DateFigures> days = new ArrayList<>();
        final List<LocalDate> dates = new ArrayList<>();
        final Map<Offer, OfferSums> offers = new LinkedHashMap<>();
    }

    /** One offer's figures added up over the month. */
    private static final class OfferSums {
        long sessions;
        long sessionsB2B;
        long mobileSessions;
        long pageViews;
        long pageViewsB2B;
        long mobilePageViews;
        double buyBoxViews;
        long units;
        long unitsB2B;
        long sales;
        long salesB2B;
        long items;
        long itemsB2B;

        void add(OfferDay d) {
            sessions += d.sessions();
            sessionsB2B += BusinessReports.sessionsB2B(d);
            mobileSessions += d.mobileSessions();
            pageViews += d.pageViews();
            pageViewsB2B += BusinessReports.pageViewsB2B(d);
            mobilePageViews += d.mobilePageViews();
            buyBoxViews += d.buyBoxShare() * d.pageViews();
            units += d.unitsOrdered();
            unitsB2B += d.unitsOrderedB2B();
            sales += d.sales();
            salesB2B += d.salesB2B();
            items += d.orderItems();
            itemsB2B += d.orderItemsB2B();
        }
    }
}
