package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.FeedbackEntry;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.OfferDay;
import dev.bosun.simulator.domain.OrderItem;
import dev.bosun.simulator.domain.ReturnedItem;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Seller Central Business Reports: "Detail Page Sales and Traffic By Child Item" as one CSV per day and
 * marketplace, named with its date as Bosun expects ({@code BusinessReport-2025-01-31.csv}), and "Sales and
 * Traffic" by date as one CSV per marketplace. English headers; German files use the en dash and German numbers, as
 * EU downloads do.
 */
final class BusinessReports implements StoreEvents {

    private final StoreFolder folder;
    private final Map<Marketplace, List<OfferDay>> today = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, DayTotals> totals = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> byDate = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, int[]> ordersShipped = new EnumMap<>(Marketplace.class);
    private Store store;

    BusinessReports(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            today.put(marketplace, new ArrayList<>());
            totals.put(marketplace, new DayTotals(store.plan().days()));
            ordersShipped.put(marketplace, new int[store.plan().days()]);
            byDate.put(
                    marketplace,
                    folder.csvFile(
                            marketplace,
                            "business-reports/SalesAndTrafficByDate.csv",
                            "catalog.sales-traffic-by-date",
                            false,
                            headers(marketplace, BY_DATE)));
        }
    }

    @Override
    public void ordered(OrderItem item) {
        DayTotals t = totals.get(item.offer().marketplace());
        if (item.claim()) {
            t.claims[item.day()]++;
            t.claimAmounts[item.day()] += item.itemPrice();
        }
        if (item.shipped()) {
            ordersShipped.get(item.offer().marketplace())[item.shipDay()]++;
        }
    }

    @Override
    public void returned(ReturnedItem item) {
        totals.get(item.offer().marketplace()).unitsRefunded[item.day()] += item.quantity();
    }

    @Override
    public void feedback(FeedbackEntry entry) {
        DayTotals t = totals.get(entry.offer().marketplace());
        t.feedback[entry.day()]++;
        if (entry.negative()) {
            t.negativeFeedback[entry.day()]++;
        }
    }

    @Override
    public void offerDay(OfferDay day) {
        today.get(day.offer().marketplace()).add(day);
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        List<OfferDay> days = today.get(marketplace);
        LocalDate date = store.plan().date(day);
        FileLocale locale = folder.locale(marketplace);
        long sessions = 0;
        long pageViews = 0;
        for (OfferDay d : days) {
            sessions += d.sessions();
            pageViews += d.pageViews();
        }
        try (TextFile file = folder.csvFile(
                marketplace,
                "business-reports/BusinessReport-" + date + ".csv",
                "catalog.traffic-by-child-item",
                false,
                headers(marketplace, CHILD_ITEM))) {
            for (OfferDay d : days) {
                if (d.sessions() == 0 && d.unitsOrdered() == 0) {
                    continue;
                }
                Offer offer = d.offer();
                int sessionsB2B = (int) Math.round(d.sessions() * 0.03);
                int viewsB2B = (int) Math.round(d.pageViews() * 0.03);
                file.row(
                        offer.product().parentAsin(),
                        offer.asin(),
                        offer.title(),
                        offer.sku(),
                        locale.count(d.sessions()),
                        locale.count(d.mobileSessions()),
                        locale.count(d.sessions() - d.mobileSessions()),
                        locale.count(sessionsB2B),
                        locale.percent(share(d.sessions(), sessions), 2),
                        locale.percent(share(sessionsB2B, sessions), 2),
                        locale.count(d.pageViews()),
                        locale.count(d.mobilePageViews()),
                        locale.count(d.pageViews() - d.mobilePageViews()),
                        locale.count(viewsB2B),
                        locale.percent(share(d.pageViews(), pageViews), 2),
                        locale.percent(share(viewsB2B, pageViews), 2),
                        locale.percent(d.buyBoxShare(), 2),
                        locale.percent(d.buyBoxShare(), 2),
                        locale.count(d.unitsOrdered()),
                        locale.count(d.unitsOrderedB2B()),
                        locale.percent(share(d.unitsOrdered(), d.sessions()), 2),
                        locale.percent(share(d.unitsOrderedB2B(), sessionsB2B), 2),
                        locale.display(d.sales()),
                        locale.display(d.salesB2B()),
                        locale.count(d.orderItems()),
                        locale.count(d.orderItemsB2B()));
            }
        }
        dateRow(marketplace, day, date, locale, days);
        days.clear();
    }

    private void dateRow(Marketplace marketplace, int day, LocalDate date, FileLocale locale, List<OfferDay> days) {
        DayTotals t = totals.get(marketplace);
        long sales = 0;
        long salesB2B = 0;
        long units = 0;
        long unitsB2B = 0;
        long items = 0;
        long itemsB2B = 0;
        long sessions = 0;
        long mobile = 0;
        long views = 0;
        long mobileViews = 0;
        double buyBox = 0;
        long shippedUnits = 0;
        long shippedSales = 0;
        int offers = 0;
        for (OfferDay d : days) {
            sales += d.sales();
            salesB2B += d.salesB2B();
            units += d.unitsOrdered();
            unitsB2B += d.unitsOrderedB2B();
            items += d.orderItems();
            itemsB2B += d.orderItemsB2B();
            sessions += d.sessions();
            mobile += d.mobileSessions();
            views += d.pageViews();
            mobileViews += d.mobilePageViews();
            buyBox += d.buyBoxShare() * d.pageViews();
            shippedUnits += d.offer().unitsShipped(day, 1);
            shippedSales += d.offer().salesShipped(day, 1);
            offers++;
        }
        long sessionsB2B = Math.round(sessions * 0.03);
        byDate.get(marketplace)
                .row(
                        locale.date(date),
                        locale.display(sales),
                        locale.display(salesB2B),
                        locale.count(units),
                        locale.count(unitsB2B),
                        locale.count(items),
                        locale.count(itemsB2B),
                        locale.display(items == 0 ? 0 : sales / items),
                        locale.display(itemsB2B == 0 ? 0 : salesB2B / itemsB2B),
                        locale.decimal(items == 0 ? 0 : units / (double) items, 2),
                        locale.decimal(itemsB2B == 0 ? 0 : unitsB2B / (double) itemsB2B, 2),
                        locale.display(units == 0 ? 0 : sales / units),
                        locale.display(unitsB2B == 0 ? 0 : salesB2B / unitsB2B),
                        locale.count(sessions),
                        locale.count(sessionsB2B),
                        locale.count(sessions - mobile),
                        locale.count(mobile),
                        locale.count(views),
                        locale.count(Math.round(views * 0.03)),
                        locale.count(views - mobileViews),
                        locale.count(mobileViews),
                        locale.percent(views == 0 ? 0 : buyBox / views, 2),
                        locale.percent(share(items, sessions), 2),
                        locale.percent(share(units, sessions), 2),
                        locale.count(1),
                        locale.count(offers),
                        locale.count(t.unitsRefunded[day]),
                        locale.percent(share(t.unitsRefunded[day], units), 2),
                        locale.count(t.feedback[day]),
                        locale.count(t.negativeFeedback[day]),
                        locale.percent(share(t.negativeFeedback[day], t.feedback[day]), 2),
                        locale.count(t.claims[day]),
                        locale.display(t.claimAmounts[day]),
                        locale.display(shippedSales),
                        locale.count(shippedUnits),
                        locale.count(ordersShipped.get(marketplace)[day]));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    @Override
    public void finished(Store store) {
        byDate.values().forEach(TextFile::close);
    }

    static final List<String> CHILD_ITEM = List.of(
            "(Parent) ASIN",
            "(Child) ASIN",
            "Title",
            "SKU",
            "Sessions - Total",
            "Sessions - Mobile App",
            "Sessions - Browser",
            "Sessions - Total - B2B",
            "Session Percentage - Total",
            "Session Percentage - Total - B2B",
            "Page Views - Total",
            "Page Views - Mobile App",
            "Page Views - Browser",
            "Page Views - Total - B2B",
            "Page Views Percentage - Total",
            "Page Views Percentage - Total - B2B",
            "Featured Offer (Buy Box) Percentage",
            "Featured Offer (Buy Box) Percentage - B2B",
            "Units Ordered",
            "Units Ordered - B2B",
            "Unit Session Percentage",
            "Unit Session Percentage - B2B",
            "Ordered Product Sales",
            "Ordered Product Sales - B2B",
            "Total Order Items",
            "Total Order Items - B2B");

    static final List<String> BY_DATE = List.of(
            "Date",
            "Ordered Product Sales",
            "Ordered Product Sales - B2B",
            "Units Ordered",
            "Units Ordered - B2B",
            "Total Order Items",
            "Total Order Items - B2B",
            "Average Sales per Order Item",
            "Average Sales per Order Item - B2B",
            "Average Units per Order Item",
            "Average Units per Order Item - B2B",
            "Average Selling Price",
            "Average Selling Price - B2B",
            "Sessions - Total",
            "Sessions - Total - B2B",
            "Sessions - Browser",
            "Sessions - Mobile App",
            "Page Views - Total",
            "Page Views - Total - B2B",
            "Page Views - Browser",
            "Page Views - Mobile App",
            "Featured Offer (Buy Box) Percentage",
            "Order Item Session Percentage",
            "Unit Session Percentage",
            "Average Offer Count",
            "Average Parent Items",
            "Units Refunded",
            "Refund Rate",
            "Feedback Received",
            "Negative Feedback Received",
            "Received Negative Feedback Rate",
            "A-to-z Claims Granted",
            "Claims Amount",
            "Shipped Product Sales",
            "Units Shipped",
            "Orders Shipped");

    /** EU downloads write an en dash between the parts of a header. */
    private static List<String> headers(Marketplace marketplace, List<String> english) {
        if (marketplace.region() != dev.bosun.shared.Region.EU) {
            return english;
        }
        return english.stream().map(h -> h.replace(" - ", " – ")).toList();
    }

    /** Per-day counts of the marketplace that the by-date report needs beyond the offers' days. */
    private static final class DayTotals {
        final int[] unitsRefunded;
        final int[] feedback;
        final int[] negativeFeedback;
        final int[] claims;
        final long[] claimAmounts;

        DayTotals(int days) {
            unitsRefunded = new int[days];
            feedback = new int[days];
            negativeFeedback = new int[days];
            claims = new int[days];
            claimAmounts = new long[days];
        }
    }
}
