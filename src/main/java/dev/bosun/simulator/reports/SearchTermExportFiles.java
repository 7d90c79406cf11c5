package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.AdDay;
import dev.bosun.simulator.domain.AdFigures;
import dev.bosun.simulator.domain.AdType;
import dev.bosun.simulator.domain.Campaign;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Sponsored Products search terms of Japan as the 2026 Ads console export instead of the console's daily
 * search term report: one file per seven days of the simulation (the last one shorter), each row a search term of an
 * ad group over the file's "Date range", ids as Excel text, figures of 7-day attribution. Japan only, so that both
 * generations of the search term report are written and neither counts a click twice.
 */
final class SearchTermExportFiles implements StoreEvents {

    static final List<String> COLUMNS = List.of(
            "Budget currency",
            "Date range",
            "Advertiser account ID",
            "Advertiser account name",
            "Portfolio ID",
            "Portfolio name",
            "Campaign ID",
            "Campaign name",
            "Ad group ID",
            "Ad group name",
            "Search term",
            "Impressions",
            "Clicks",
            "CTR",
            "Total cost",
            "Purchases",
            "Sales",
            "Units sold",
            "Cost per purchase",
            "Purchase rate",
            "ROAS",
            "Purchases (promoted)",
            "Sales (promoted)",
            "Units sold (promoted)",
            "Cost per purchase (promoted)",
            "Purchase rate (promoted)",
            "ROAS (promoted)",
            "Purchases (halo)",
            "Sales (halo)",
            "Units sold (halo)",
            "Purchases (new to brand)",
            "Sales (new to brand)",
            "Units sold (new to brand)",
            "Cost per purchase (new to brand)",
            "Purchase rate (new to brand)",
            "ROAS (new to brand)",
            "Detail page views",
            "Cost per detail page view",
            "Detail page view rate");

    /** Days per export file. */
    static final int DAYS = 7;

    private static final DateTimeFormatter RANGE_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final StoreFolder folder;
    private final Map<Marketplace, Map<String, Sum>> periods = new EnumMap<>(Marketplace.class);
    private Store store;

    SearchTermExportFiles(StoreFolder folder) {
        this.folder = folder;
    }

    /** Whether the marketplace's search terms come as the 2026 export (and not as the console report). */
    static boolean exports(Marketplace marketplace) {
        return marketplace == Marketplace.JP;
    }

    /** The export file holding a day's search terms, relative to the marketplace folder. */
    static String fileName(LocalDate start, int days, int day) {
        int first = day / DAYS * DAYS;
        int last = Math.min(days - 1, first + DAYS - 1);
        return "ads/Search term report " + start.plusDays(first) + " to " + start.plusDays(last) + ".csv";
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            if (exports(marketplace)) {
                periods.put(marketplace, new LinkedHashMap<>());
            }
        }
    }

    @Override
    public void advertised(AdDay day) {
        Map<String, Sum> sums = periods.get(day.marketplace());
        if (sums == null) {
            return;
        }
        for (AdDay.CampaignDay campaignDay : day.campaigns()) {
            Campaign campaign = campaignDay.campaign();
            if (campaign.type() != AdType.SP) {
                continue;
            }
            for (AdDay.TargetDay target : campaignDay.targets()) {
                for (AdDay.TermDay term : target.terms()) {
                    String key = campaign.name() + "\t" + target.group().name() + "\t"
                            + term.term().text();
                    sums.computeIfAbsent(
                                    key,
                                    k -> new Sum(
                                            campaign,
                                            target.group(),
                                            term.term().text()))
                            .add(term.figures());
                }
            }
        }
        int days = store.plan().days();
        if (day.day() % DAYS == DAYS - 1 || day.day() == days - 1) {
            write(day.marketplace(), day.day(), sums);
            sums.clear();
        }
    }

    private void write(Marketplace marketplace, int lastDay, Map<String, Sum> sums) {
        FileLocale locale = folder.locale(marketplace);
        int days = store.plan().days();
        LocalDate from = store.plan().date(lastDay / DAYS * DAYS);
        LocalDate to = store.plan().date(lastDay);
        String range = RANGE_DATE.format(from) + " - " + RANGE_DATE.format(to);
        String account = "amzn1.ads-account.g." + store.brand().toLowerCase(Locale.ROOT) + marketplace.code();
        String name = fileName(store.plan().start(), days, lastDay);
        try (TextFile file = folder.csvFile(marketplace, name, "advertising.search-term-export", true, COLUMNS)) {
            for (Sum s : sums.values()) {
                String sales = money(locale, s.sales);
                file.row(
                        locale.currency(),
                        range,
                        excelText(account),
                        store.brand() + " " + marketplace.code(),
                        null,
                        s.campaign.portfolio(),
                        excelText(s.campaign.id()),
                        s.campaign.name(),
                        excelText(s.group.id()),
                        s.group.name(),
                        s.term,
                        Long.toString(s.impressions),
                        Long.toString(s.clicks),
                        ratio(s.clicks, s.impressions),
                        money(locale, s.spend),
                        Long.toString(s.orders),
                        sales,
                        Long.toString(s.units),
                        s.orders == 0 ? null : money(locale, s.spend / s.orders),
                        ratio(s.orders, s.clicks),
                        s.spend == 0 ? null : ratio(s.sales, s.spend),
                        Long.toString(s.orders),
                        sales,
                        Long.toString(s.units),
                        s.orders == 0 ? null : money(locale, s.spend / s.orders),
                        ratio(s.orders, s.clicks),
                        s.spend == 0 ? null : ratio(s.sales, s.spend),
                        "0",
                        money(locale, 0),
                        "0",
                        "0",
                        money(locale, 0),
                        "0",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
            }
        }
    }

    /** An id as the export writes it, so that Excel keeps every digit: {@code ="1712…"}. */
    private static String excelText(String id) {
        return "=\"" + id + "\"";
    }

    /** A plain amount, decimal point in every marketplace (the export is not localised). */
    private static String money(FileLocale locale, long minor) {
        return locale.amount(minor).replace(',', '.');
    }

    private static String ratio(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** A search term's figures added up over the file's days. */
    private static final class Sum {
        final Campaign campaign;
        final Campaign.AdGroup group;
        final String term;
        long impressions;
        long clicks;
        long spend;
        long orders;
        long units;
        long sales;

        Sum(Campaign campaign, Campaign.AdGroup group, String term) {
            this.campaign = campaign;
            this.group = group;
            this.term = term;
        }

        void add(AdFigures f) {
            impressions += f.impressions();
            clicks += f.clicks();
            spend += f.spend();
            orders += f.orders();
            units += f.units();
            sales += f.sales();
        }
    }
}
