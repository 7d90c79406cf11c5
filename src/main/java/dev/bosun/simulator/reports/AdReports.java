package dev.bosun.simulator.reports;

import static dev.bosun.simulator.reports.AdReportColumns.CAMPAIGNS;
import static dev.bosun.simulator.reports.AdReportColumns.PRODUCTS;
import static dev.bosun.simulator.reports.AdReportColumns.SEARCH_TERMS;
import static dev.bosun.simulator.reports.AdReportColumns.TARGETING;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.AdDay;
import dev.bosun.simulator.domain.AdFigures;
import dev.bosun.simulator.domain.AdType;
import dev.bosun.simulator.domain.Campaign;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Ads console's daily reports as CSV downloads, one file per report and marketplace: Sponsored Products
 * search term (not in Japan, whose search terms come as the 2026 export, {@link SearchTermExportFiles}), targeting,
 * campaign and advertised product reports (7-day attribution, the US download's headers with their trailing spaces), Sponsored Brands and Sponsored Display campaign reports (14-day), and at the end the
 * Sponsored Products bulk sheet with the campaign structure and bids.
 */
final class AdReports implements StoreEvents {

    static final List<String> BRAND_CAMPAIGNS = List.of(
            "Date",
            "Portfolio name",
            "Campaign Type",
            "Campaign Name",
            "Status",
            "Currency",
            "Budget",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Spend",
            "Cost Per Click (CPC)",
            "14 Day Total Sales",
            "Total Advertising Cost of Sales (ACOS)",
            "Total Return on Advertising Spend (ROAS)",
            "14 Day Total Orders (#)",
            "14 Day Total Units (#)");

    static final List<String> BULK = List.of(
            "Product",
            "Entity",
            "Operation",
            "Campaign ID",
            "Ad Group ID",
            "Portfolio ID",
            "Ad ID",
            "Keyword ID",
            "Product Targeting ID",
            "Campaign Name",
            "Ad Group Name",
            "Campaign Name (Informational only)",
            "Ad Group Name (Informational only)",
            "Start Date",
            "End Date",
            "Targeting Type",
            "State",
            "Daily Budget",
            "SKU",
            "ASIN (Informational only)",
            "Ad Group Default Bid",
            "Ad Group Default Bid (Informational only)",
            "Bid",
            "Keyword Text",
            "Match Type",
            "Bidding Strategy",
            "Placement",
            "Percentage",
            "Product Targeting Expression",
            "Resolved Product Targeting Expression (Informational only)");

    private final StoreFolder folder;
    private final Map<Marketplace, Files> files = new EnumMap<>(Marketplace.class);
    private Store store;

    AdReports(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            files.put(marketplace, new Files(marketplace));
        }
    }

    @Override
    public void advertised(AdDay day) {
        Marketplace marketplace = day.marketplace();
        FileLocale locale = folder.locale(marketplace);
        Files out = files.get(marketplace);
        String date = locale.consoleDate(store.plan().date(day.day()));
        for (AdDay.CampaignDay campaignDay : day.campaigns()) {
            Campaign campaign = campaignDay.campaign();
            AdFigures c = campaignDay.figures();
            if (campaign.type() != AdType.SP) {
                TextFile file = campaign.type() == AdType.SB ? out.brands : out.display;
                file.row(
                        date,
                        campaign.portfolio(),
                        campaign.type().title(),
                        campaign.name(),
                        "ENABLED",
                        locale.currency(),
                        locale.display(campaign.dailyBudget()),
                        locale.count(c.impressions()),
                        locale.count(c.clicks()),
                        locale.percent(ratio(c.clicks(), c.impressions()), 4),
                        locale.display(c.spend()),
                        locale.display(c.clicks() == 0 ? 0 : c.spend() / c.clicks()),
                        locale.display(c.sales()),
                        c.sales() == 0 ? null : locale.percent(ratio(c.spend(), c.sales()), 2),
                        locale.decimal(ratio(c.sales(), c.spend()), 2),
                        locale.count(c.orders()),
                        locale.count(c.units()));
                continue;
            }
            out.campaigns.row(
                    date,
                    campaign.portfolio(),
                    campaign.type().title(),
                    campaign.name(),
                    "ENABLED",
                    locale.currency(),
                    locale.display(campaign.dailyBudget()),
                    campaign.targeting().equals("AUTO") ? "AUTOMATIC" : "MANUAL",
                    campaign.biddingStrategy(),
                    locale.count(c.impressions()),
                    locale.count(c.clicks()),
                    locale.percent(ratio(c.clicks(), c.impressions()), 4),
                    locale.display(c.spend()),
                    locale.display(c.clicks() == 0 ? 0 : c.spend() / c.clicks()),
                    locale.count(c.orders()),
                    c.sales() == 0 ? null : locale.percent(ratio(c.spend(), c.sales()), 2),
                    locale.display(c.sales()),
                    locale.count(c.units()));
            for (AdDay.TargetDay target : campaignDay.targets()) {
                AdFigures t = target.figures();
                String targeting = target.target().text();
                String match = matchType(target.target());
                out.targeting.row(
                        date,
                        campaign.portfolio(),
                        locale.currency(),
                        campaign.name(),
                        target.group().name(),
                        targeting,
                        match,
                        locale.count(t.impressions()),
                        locale.count(t.clicks()),
                        locale.percent(ratio(t.clicks(), t.impressions()), 4),
                        locale.display(t.clicks() == 0 ? 0 : t.spend() / t.clicks()),
                        locale.display(t.spend()),
                        t.sales() == 0 ? null : locale.percent(ratio(t.spend(), t.sales()), 2),
                        locale.decimal(ratio(t.sales(), t.spend()), 2),
                        locale.display(t.sales()),
                        locale.count(t.orders()),
                        locale.count(t.units()),
                        locale.percent(ratio(t.orders(), t.clicks()), 2));
                for (AdDay.TermDay term : out.searchTerms == null ? List.<AdDay.TermDay>of() : target.terms()) {
                    AdFigures s = term.figures();
                    out.searchTerms.row(withFigures(
                            locale,
                            s,
                            date,
                            campaign.portfolio(),
                            locale.currency(),
                            campaign.name(),
                            target.group().name(),
                            targeting,
                            match,
                            term.term().text()));
                }
            }
            for (AdDay.ProductDay product : campaignDay.products()) {
                AdFigures p = product.figures();
                out.products.row(withFigures(
                        locale,
                        p,
                        date,
                        campaign.portfolio(),
                        locale.currency(),
                        campaign.name(),
                        product.group().name(),
                        product.offer().sku(),
                        product.offer().asin()));
            }
        }
    }

    /** The console writes "-" as the match type of automatic and product targets. */
    private static String matchType(Campaign.Target target) {
        return target.keyword() ? target.matchType() : "-";
    }

    /**
     * The leading cells of a search-term or advertised-product row followed by the figures both reports share, in
     * their column order (impressions … 7-day other SKU sales).
     */
    private static String[] withFigures(FileLocale locale, AdFigures f, String... leading) {
        String[] figures = {
            locale.count(f.impressions()),
            locale.count(f.clicks()),
            locale.percent(ratio(f.clicks(), f.impressions()), 4),
            locale.display(f.clicks() == 0 ? 0 : f.spend() / f.clicks()),
            locale.display(f.spend()),
            locale.display(f.sales()),
            f.sales() == 0 ? null : locale.percent(ratio(f.spend(), f.sales()), 2),
            locale.decimal(ratio(f.sales(), f.spend()), 2),
            locale.count(f.orders()),
            locale.count(f.units()),
            locale.percent(ratio(f.orders(), f.clicks()), 2),
            locale.count(f.units()),
            locale.count(0),
            locale.display(f.sales()),
            locale.display(0)
        };
        String[] cells = Arrays.copyOf(leading, leading.length + figures.length);
        System.arraycopy(figures, 0, cells, leading.length, figures.length);
        return cells;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    @Override
    public void finished(Store store) {
        for (Marketplace marketplace : store.plan().marketplaces()) {
            files.get(marketplace).close();
            bulkSheet(store, marketplace);
        }
    }

    private void bulkSheet(Store store, Marketplace marketplace) {
        FileLocale locale = folder.locale(marketplace);
        DateTimeFormatter compact = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
        try (TextFile sheet = folder.csvFile(
                marketplace,
                "ads/Sponsored Products Campaigns bulk sheet.csv",
                "advertising.bulk-sheet",
                false,
                BULK)) {
            for (Campaign campaign : store.campaigns(marketplace)) {
                if (campaign.type() != AdType.SP) {
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                rows.add(bulk(
                        "Campaign",
                        campaign.id(),
                        null,
                        null,
                        null,
                        null,
                        campaign.name(),
                        null,
                        campaign.name(),
                        null,
                        campaign.startDate().format(compact),
                        campaign.targeting().equals("AUTO") ? "Auto" : "Manual",
                        locale.amount(campaign.dailyBudget()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        campaign.biddingStrategy(),
                        null));
                for (Campaign.AdGroup group : campaign.adGroups()) {
                    rows.add(bulk(
                            "Ad Group",
                            campaign.id(),
                            group.id(),
                            null,
                            null,
                            null,
                            null,
                            group.name(),
                            campaign.name(),
                            group.name(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            locale.amount(group.defaultBid()),
                            null,
                            null,
                            null,
                            null,
                            null));
                    int ad = 0;
                    for (Offer offer : group.offers()) {
                        rows.add(bulk(
                                "Product Ad",
                                campaign.id(),
                                group.id(),
                                group.id() + "0" + (++ad),
                                null,
                                null,
                                null,
                                null,
                                campaign.name(),
                                group.name(),
                                null,
                                null,
                                null,
                                offer.sku(),
                                offer.asin(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
                    }
                    for (Campaign.Target target : group.targets()) {
                        if (target.keyword()) {
                            rows.add(bulk(
                                    "Keyword",
                                    campaign.id(),
                                    group.id(),
                                    null,
                                    target.id(),
                                    null,
                                    null,
                                    null,
                                    campaign.name(),
                                    group.name(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    locale.amount(target.bid()),
                                    target.text(),
                                    target.matchType().toLowerCase(Locale.ROOT),
                                    null,
                                    null));
                        } else {
                            rows.add(bulk(
                                    "Product Targeting",
                                    campaign.id(),
                                    group.id(),
                                    null,
                                    null,
                                    target.id(),
                                    null,
                                    null,
                                    campaign.name(),
                                    group.name(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    locale.amount(target.bid()),
                                    null,
                                    null,
                                    null,
                                    target.text()));
                        }
                    }
                }
                for (String[] row : rows) {
                    sheet.row(row);
                }
            }
        }
    }

    private static String[] bulk(
            String entity,
            String campaignId,
            String adGroupId,
            String adId,
            String keywordId,
            String targetId,
            String campaignName,
            String adGroupName,
            String campaignInfo,
            String adGroupInfo,
            String startDate,
            String targetingType,
            String budget,
            String sku,
            String asin,
            String defaultBid,
            String bid,
            String keyword,
            String matchType,
            String biddingStrategy,
            String expression) {
        return new String[] {
            "Sponsored Products",
            entity,
            "Update",
            campaignId,
            adGroupId,
            null,
            adId,
            keywordId,
            targetId,
            campaignName,
            adGroupName,
            campaignInfo,
            adGroupInfo,
            startDate,
            null,
            targetingType,
            "enabled",
            budget,
            sku,
            asin,
            defaultBid,
            defaultBid,
            bid,
            keyword,
            matchType,
            biddingStrategy,
            null,
            null,
            expression,
            expression
        };
    }

    /** The day's report files of one marketplace. */
    private final class Files {
        final TextFile searchTerms;
        final TextFile targeting;
        final TextFile campaigns;
        final TextFile products;
        final TextFile brands;
        final TextFile display;

        Files(Marketplace marketplace) {
            String sp = "ads/" + AdType.SP.title();
            String report = "advertising.console-report";
            searchTerms = SearchTermExportFiles.exports(marketplace)
                    ? null
                    : folder.csvFile(marketplace, sp + " Search term report.csv", report, false, SEARCH_TERMS);
            targeting = folder.csvFile(marketplace, sp + " Targeting report.csv", report, false, TARGETING);
            campaigns = folder.csvFile(marketplace, sp + " Campaign report.csv", report, false, CAMPAIGNS);
            products = folder.csvFile(marketplace, sp + " Advertised product report.csv", report, false, PRODUCTS);
            brands = folder.csvFile(
                    marketplace, "ads/" + AdType.SB.title() + " Campaign report.csv", report, false, BRAND_CAMPAIGNS);
            display = folder.csvFile(
                    marketplace, "ads/" + AdType.SD.title() + " Campaign report.csv", report, false, BRAND_CAMPAIGNS);
        }

        void close() {
            if (searchTerms != null) {
                searchTerms.close();
            }
            targeting.close();
            campaigns.close();
            products.close();
            brands.close();
            display.close();
        }
    }
}
