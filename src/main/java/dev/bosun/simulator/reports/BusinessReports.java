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
 * Traffic" by date as one CSV per marketplace, and with them the SP-API Sales and Traffic report of each complete
 * month ({@link SalesAndTrafficFiles}) from the same figures. English headers; German files use the en dash and
 * German numbers, as EU downloads do.
 */
final class BusinessReports implements StoreEvents {

    private final StoreFolder folder;
    private final Map<Marketplace, List<OfferDay>> today = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, DayTotals> totals = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> byDate = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, int[]> ordersShipped = new EnumMap<>(Marketplace.class);
    private final SalesAndTrafficFiles salesAndTraffic;
    private Store store;

    BusinessReports(StoreFolder folder) {
        this.folder = folder;
        this.salesAndTraffic = new SalesAndTrafficFiles(folder);
    }

    @Override
    public void started(Store store) {
        this.store = store;
        salesAndTraffic.started(store);
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
            if (item.firstLine()) {
                t.claims[item.day()]++;
            }
            t.claimAmounts[item.day()] += item.itemPrice();
        }
        if (item.shipped() && item.firstLine()) {
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
                int sessionsB2B = sessionsB2B(d);
                int viewsB2B = pageViewsB2B(d);
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
        DateFigures f = new DateFigures();
        for (OfferDay d : days) {
            f.sales += d.sales();
            f.salesB2B += d.salesB2B();
            f.units += d.unitsOrdered();
            f.unitsB2B += d.unitsOrderedB2B();
            f.items += d.orderItems();
            f.itemsB2B += d.orderItemsB2B();
            f.sessions += d.sessions();
            f.mobileSessions += d.mobileSessions();
            f.pageViews += d.pageViews();
            f.mobilePageViews += d.mobilePageViews();
            f.buyBoxViews += d.buyBoxShare() * d.pageViews();
            f.shippedUnits += d.offer().unitsShipped(day, 1);
            f.shippedSales += d.offer().salesShipped(day, 1);
            f.offers++;
        }
        f.sessionsB2B = Math.round(f.sessions * 0.03);
        f.pageViewsB2B = Math.round(f.pageViews * 0.03);
        f.unitsRefunded = t.unitsRefunded[day];
        f.feedback = t.feedback[day];
        f.negativeFeedback = t.negativeFeedback[day];
        f.claims = t.claims[day];
        f.claimAmounts = t.claimAmounts[day];
        f.ordersShipped = ordersShipped.get(marketplace)[day];
        byDate.get(marketplace)
                .row(
                        locale.date(date),
                        locale.display(f.sales),
                        locale.display(f.salesB2B),
                        locale.count(f.units),
                        locale.count(f.unitsB2B),
                        locale.count(f.items),
                        locale.count(f.itemsB2B),
                        locale.display(f.salesPerItem()),
                        locale.display(f.salesPerItemB2B()),
                        locale.decimal(f.unitsPerItem(), 2),
                        locale.decimal(f.unitsPerItemB2B(), 2),
                        locale.display(f.sellingPrice()),
                        locale.display(f.sellingPriceB2B()),
                        locale.count(f.sessions),
                        locale.count(f.sessionsB2B),
                        locale.count(f.sessions - f.mobileSessions),
                        locale.count(f.mobileSessions),
                        locale.count(f.pageViews),
                        locale.count(f.pageViewsB2B),
                        locale.count(f.pageViews - f.mobilePageViews),
                        locale.count(f.mobilePageViews),
                        locale.percent(f.buyBoxShare(), 2),
                        locale.percent(share(f.items, f.sessions), 2),
                        locale.percent(share(f.units, f.sessions), 2),
                        locale.count(1),
                        locale.count(f.offers),
                        locale.count(f.unitsRefunded),
                        locale.percent(share(f.unitsRefunded, f.units), 2),
                        locale.count(f.feedback),
                        locale.count(f.negativeFeedback),
                        locale.percent(share(f.negativeFeedback, f.feedback), 2),
                        locale.count(f.claims),
                        locale.display(f.claimAmounts),
                        locale.display(f.shippedSales),
                        locale.count(f.shippedUnits),
                        locale.count(f.ordersShipped));
        salesAndTraffic.day(marketplace, day, f, days);
    }

    /** Business buyers' share of an offer's sessions (the model does not tell them apart; a fixed 3 %). */
    static int sessionsB2B(OfferDay d) {
        return (int) Math.round(d.sessions() * 0.03);
    }

    static int pageViewsB2B(OfferDay d) {
        return (int) Math.round(d.pageViews() * 0.03);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    @Override
    public void finished(Store store) {
        byDate.values().forEach(TextFile::close);
    }

    /** The account's figures of one marketplace and day, as the by-date report and the API report state them. */
    static final class DateFigures {
        long sales;
        long salesB2B;
        long units;
        long unitsB2B;
        long items;
        long itemsB2B;
        long sessions;
        long sessionsB2B;
        long mobileSessions;
        long pageViews;
        long pageViewsB2B;
        long mobilePageViews;
        double buyBoxViews;
        long shippedUnits;
        long shippedSales;
        long ordersShipped;
        int offers;
        long unitsRefunded;
        long feedback;
        long negativeFeedback;
        long claims;
        long claimAmounts;

        long salesPerItem() {
            return items == 0 ? 0 : sales / items;
        }

        long salesPerItemB2B() {
            return itemsB2B == 0 ? 0 : salesB2B / itemsB2B;
        }

        double unitsPerItem() {
            return items == 0 ? 0 : units / (double) items;
        }

        double unitsPerItemB2B() {
            return itemsB2B == 0 ? 0 : unitsB2B / (double) itemsB2B;
        }

        long sellingPrice() {
            return units == 0 ? 0 : sales / units;
        }

        long sellingPriceB2B() {
            return unitsB2B == 0 ? 0 : salesB2B / unitsB2B;
        }

        double buyBoxShare() {
            return pageViews == 0 ? 0 : buyBoxViews / pageViews;
        }
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
