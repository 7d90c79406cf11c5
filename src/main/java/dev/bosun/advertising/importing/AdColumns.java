package dev.bosun.advertising.importing;

import static dev.bosun.amazon.ColumnSpec.optional;

import dev.bosun.advertising.domain.AdProductEvidence;
import dev.bosun.amazon.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of sponsored ads performance reports under one set of canonical names, whatever the source calls
 * them: the Ads console ("Spend", "7 Day Total Sales"), the Ads API v3 ({@code cost}, {@code sales7d}) and the
 * 2026 console export ("Total cost", "Sales"). One reading of rows then serves all three.
 *
 * <p>Console names are those of real downloads (US 7-day and Amazon.in 14-day reports, REFERENCE.md §1i); the
 * attribution window is part of the sales column names, so each figure has a column per window (1, 7, 14, 30
 * days). API names are those of ADS {@code guides/reporting/v3/columns.md}.
 */
final class AdColumns {

    /** Attribution windows in order of preference when a file has several (API reports may ask for all). */
    static final List<Integer> WINDOWS = List.of(7, 14, 30, 1);

    static final String ROW_DATE = "row-date";
    static final String DATE = "date";
    static final String START_DATE = "start-date";
    static final String END_DATE = "end-date";
    static final String DATE_RANGE = "date-range";
    static final String PORTFOLIO = "portfolio";
    static final String CURRENCY = "currency";
    static final String COUNTRY = "country";
    static final String CAMPAIGN_TYPE = "campaign-type";
    static final String CAMPAIGN_NAME = "campaign-name";
    static final String CAMPAIGN_ID = "campaign-id";
    static final String STATUS = "status";
    static final String BUDGET = "budget";
    static final String TARGETING_TYPE = "targeting-type";
    static final String BIDDING_STRATEGY = "bidding-strategy";
    static final String AD_GROUP_NAME = "ad-group-name";
    static final String AD_GROUP_ID = "ad-group-id";
    static final String TARGETING = "targeting";
    static final String MATCH_TYPE = "match-type";
    static final String KEYWORD_ID = "keyword-id";
    static final String SEARCH_TERM = "search-term";
    static final String ADVERTISED_SKU = "advertised-sku";
    static final String ADVERTISED_ASIN = "advertised-asin";
    static final String AD_ID = "ad-id";
    static final String PLACEMENT = "placement";
    static final String TOP_OF_SEARCH_SHARE = "top-of-search-share";
    static final String IMPRESSIONS = "impressions";
    static final String CLICKS = "clicks";
    static final String SPEND = "spend";
    static final String TOTAL_SALES = "total-sales";

    private AdColumns() {}

    static String sales(int window) {
        return "sales-" + window;
    }

    static String orders(int window) {
        return "orders-" + window;
    }

    static String units(int window) {
        return "units-" + window;
    }

    static String advertisedSales(int window) {
        return "advertised-sales-" + window;
    }

    static String advertisedUnits(int window) {
        return "advertised-units-" + window;
    }

    static String otherSales(int window) {
        return "other-sales-" + window;
    }

    static String otherUnits(int window) {
        return "other-units-" + window;
    }

    /**
     * Ads console downloads (csv or xlsx) of Sponsored Products, Brands and Display reports, with the German and
     * Japanese headers found in tools that read real downloads (docs/localized-headers.md): German for the 7-day
     * figures and the 14-day total sales, Japanese for the 7-day total sales, orders and units.
     */
    static List<ColumnSpec> console() {
        List<ColumnSpec> columns = new ArrayList<>();
        // A console report has either the day of each row ("Date") or the period it covers ("Start Date").
        columns.add(new ColumnSpec(ROW_DATE, true, List.of("Date", "Start Date", "Datum", "日付", "開始日")));
        columns.add(ColumnSpec.required(CAMPAIGN_NAME, "Campaign Name", "Kampagnen-Name", "Kampagnenname", "キャンペーン名"));
        columns.add(ColumnSpec.required(IMPRESSIONS, "Impressions", "Impressionen", "インプレッション"));
        columns.add(ColumnSpec.required(CLICKS, "Clicks", "Klicks", "クリック"));
        columns.add(ColumnSpec.required(SPEND, "Spend", "Ausgaben", "費用"));
        List<String> totalSales = new ArrayList<>();
        for (int w : WINDOWS) {
            totalSales.add(w + " Day Total Sales");
        }
        totalSales.addAll(List.of("7 Tage, Umsatz gesamt", "14 Tage, Umsatz gesamt", JAPANESE_7_DAY_SALES, "7日間の総売上高"));
        columns.add(new ColumnSpec(TOTAL_SALES, true, totalSales));
        columns.add(optional(DATE, "Date", "Datum", "日付"));
        columns.add(optional(START_DATE, "Start Date", "開始日"));
        columns.add(optional(END_DATE, "End Date", "終了日"));
        columns.add(optional(PORTFOLIO, "Portfolio name", "Portfolioname", "ポートフォリオ名"));
        columns.add(optional(CURRENCY, "Currency", "Währung"));
        columns.add(optional(COUNTRY, "Country"));
        columns.add(optional(CAMPAIGN_TYPE, "Campaign Type"));
        columns.add(optional(CAMPAIGN_ID, "Campaign ID"));
        columns.add(optional(STATUS, "Status", "Campaign Status"));
        columns.add(optional(BUDGET, "Budget", "Budget Amount", "Daily Budget"));
        columns.add(optional(TARGETING_TYPE, "Targeting Type"));
        columns.add(optional(BIDDING_STRATEGY, "Bidding strategy"));
        columns.add(optional(AD_GROUP_NAME, "Ad Group Name", "Anzeigengruppenname", "広告グループ名"));
        columns.add(optional(AD_GROUP_ID, "Ad Group ID"));
        columns.add(optional(TARGETING, "Targeting", "ターゲティング"));
        columns.add(optional(MATCH_TYPE, "Match Type", "マッチタイプ"));
        columns.add(optional(SEARCH_TERM, "Customer Search Term", "Suchbegriff des Kunden", "カスタマーの検索キーワード"));
        columns.add(optional(ADVERTISED_SKU, "Advertised SKU", "Beworbene SKU"));
        columns.add(optional(ADVERTISED_ASIN, "Advertised ASIN", "Beworbene ASIN", "広告された ASIN"));
        columns.add(optional(PLACEMENT, "Placement"));
        columns.add(optional(TOP_OF_SEARCH_SHARE, "Top-of-search Impression Share"));
        columns.add(optional(AdProductEvidence.SHARED_COST_TYPE, "Cost Type"));
        columns.add(optional(AdProductEvidence.SHARED_VIEWABLE_IMPRESSIONS, "Viewable Impressions"));
        columns.add(optional(AdProductEvidence.DISPLAY_ONLY_BID_OPTIMIZATION, "Bid Optimization", "Bid Optimisation"));
        columns.add(optional(AdProductEvidence.DISPLAY_ONLY_TACTIC, "Tactic"));
        for (int w : WINDOWS) {
            String day = w + " Day ";
            columns.add(figure(sales(w), day + "Total Sales"));
            columns.add(figure(orders(w), day + "Total Orders (#)", day + "Total Orders"));
            columns.add(figure(units(w), day + "Total Units (#)", day + "Total Units"));
            columns.add(figure(advertisedSales(w), day + "Advertised SKU Sales", day + "Advertised ASIN Sales"));
            columns.add(figure(
                    advertisedUnits(w),
                    day + "Advertised SKU Units (#)",
                    day + "Advertised ASIN Units (#)",
                    day + "Advertised SKU Units",
                    day + "Advertised ASIN Units"));
            // Amazon.in calls the sales of other products after the click "Brand Halo".
            columns.add(figure(
                    otherSales(w),
                    day + "Other SKU Sales",
                    day + "Other ASIN Sales",
                    day + "Brand Halo ASIN Sales",
                    day + "Brand Halo SKU Sales"));
            columns.add(figure(
                    otherUnits(w),
                    day + "Other SKU Units (#)",
                    day + "Other ASIN Units (#)",
                    day + "Brand Halo ASIN Units (#)",
                    day + "Brand Halo SKU Units (#)",
                    day + "Other SKU Units",
                    day + "Brand Halo ASIN Units"));
        }
        return List.copyOf(columns);
    }

    private static final String JAPANESE_7_DAY_SALES = "広告がクリックされてから7日間の総売上高";

    /**
     * German and Japanese headers of the attributed figures, by canonical name. German downloads write "7 Tage"
     * and "7Tage" in different columns and years; the currency in brackets ({@code (€)}) is ignored when headers
     * are compared. Only the 7-day figures and the German 14-day total sales are known.
     */
    private static final Map<String, List<String>> LOCALIZED_FIGURES = Map.of(
            sales(7), List.of("7 Tage, Umsatz gesamt", JAPANESE_7_DAY_SALES, "7日間の総売上高"),
            sales(14), List.of("14 Tage, Umsatz gesamt"),
            orders(7), List.of("7 Tage, Aufträge gesamt (#)", "広告がクリックされてから7日間の合計注文数", "7日間の総注文数"),
            units(7), List.of("7 Tage, Einheiten gesamt (#)", "7Tage, Einheiten gesamt (#)", "広告がクリックされてから7日間の合計販売数"),
            advertisedSales(7), List.of("7 Tage, Beworbene SKU-Umsätze", "7Tage, Beworbene SKU-Umsätze"),
            advertisedUnits(7), List.of("7 Tage, Beworbene SKU-Einheiten (#)", "7Tage, Beworbene SKU-Einheiten (#)"),
            otherSales(7), List.of("7-Tage, Andere SKU-Umsätze"),
            otherUnits(7), List.of("7-Tage, Andere SKU-Einheiten (#)"));

    /** An optional attributed figure: its English headers, then its German and Japanese ones. */
    private static ColumnSpec figure(String name, String... english) {
        List<String> headers = new ArrayList<>(List.of(english));
        headers.addAll(LOCALIZED_FIGURES.getOrDefault(name, List.of()));
        return new ColumnSpec(name, false, headers);
    }

    /** Ads API v3 report rows (a JSON array of flat objects, keys as the request's columns). */
    static List<ColumnSpec> api() {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(new ColumnSpec(ROW_DATE, true, List.of("date", "startDate")));
        columns.add(ColumnSpec.required(CAMPAIGN_NAME, "campaignName"));
        columns.add(ColumnSpec.required(IMPRESSIONS, "impressions"));
        columns.add(ColumnSpec.required(CLICKS, "clicks"));
        columns.add(new ColumnSpec(SPEND, true, List.of("cost", "spend")));
        List<String> totalSales = new ArrayList<>();
        for (int w : WINDOWS) {
            totalSales.add("sales" + w + "d");
        }
        columns.add(new ColumnSpec(TOTAL_SALES, true, totalSales));
        columns.add(optional(DATE, "date"));
        columns.add(optional(START_DATE, "startDate"));
        columns.add(optional(END_DATE, "endDate"));
        columns.add(optional(CURRENCY, "campaignBudgetCurrencyCode"));
        columns.add(optional(CAMPAIGN_ID, "campaignId"));
        columns.add(optional(STATUS, "campaignStatus"));
        columns.add(optional(BUDGET, "campaignBudgetAmount"));
        columns.add(optional(BIDDING_STRATEGY, "campaignBiddingStrategy"));
        columns.add(optional(AD_GROUP_NAME, "adGroupName"));
        columns.add(optional(AD_GROUP_ID, "adGroupId"));
        columns.add(optional(TARGETING, "targeting", "keyword"));
        columns.add(optional(MATCH_TYPE, "matchType", "keywordType"));
        columns.add(optional(KEYWORD_ID, "keywordId"));
        columns.add(optional(SEARCH_TERM, "searchTerm"));
        columns.add(optional(ADVERTISED_SKU, "advertisedSku"));
        columns.add(optional(ADVERTISED_ASIN, "advertisedAsin"));
        columns.add(optional(AD_ID, "adId"));
        columns.add(optional(PLACEMENT, "placementClassification"));
        columns.add(optional(TOP_OF_SEARCH_SHARE, "topOfSearchImpressionShare"));
        for (int w : WINDOWS) {
            String d = w + "d";
            columns.add(optional(sales(w), "sales" + d));
            columns.add(optional(orders(w), "purchases" + d));
            columns.add(optional(units(w), "unitsSoldClicks" + d));
            columns.add(optional(advertisedSales(w), "attributedSalesSameSku" + d));
            columns.add(optional(advertisedUnits(w), "unitsSoldSameSku" + d));
            columns.add(optional(otherSales(w), "salesOtherSku" + d));
            columns.add(optional(otherUnits(w), "unitsSoldOtherSku" + d));
        }
        return List.copyOf(columns);
    }

    /**
     * The 2026 console search term export (third-party account of its header, REFERENCE.md §1i [T]): one period
     * per file ("Date range"), ids as Excel text, no window in the column names. Its figures are taken as the
     * 7-day attribution Sponsored Products reports use.
     */
    static List<ColumnSpec> export2026() {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(ColumnSpec.required(DATE_RANGE, "Date range"));
        columns.add(ColumnSpec.required(CAMPAIGN_NAME, "Campaign name"));
        columns.add(ColumnSpec.required(SEARCH_TERM, "Search term"));
        columns.add(ColumnSpec.required(IMPRESSIONS, "Impressions"));
        columns.add(ColumnSpec.required(CLICKS, "Clicks"));
        columns.add(ColumnSpec.required(SPEND, "Total cost"));
        columns.add(new ColumnSpec(TOTAL_SALES, true, List.of("Sales")));
        columns.add(optional(CURRENCY, "Budget currency"));
        columns.add(optional(PORTFOLIO, "Portfolio name"));
        columns.add(optional(CAMPAIGN_ID, "Campaign ID"));
        columns.add(optional(AD_GROUP_NAME, "Ad group name"));
        columns.add(optional(AD_GROUP_ID, "Ad group ID"));
        columns.add(optional(TARGETING, "Targeting"));
        columns.add(optional(MATCH_TYPE, "Match type"));
        columns.add(optional(sales(7), "Sales"));
        columns.add(optional(orders(7), "Purchases"));
        columns.add(optional(units(7), "Units sold"));
        columns.add(optional(advertisedSales(7), "Sales (promoted)"));
        columns.add(optional(advertisedUnits(7), "Units sold (promoted)"));
        columns.add(optional(otherSales(7), "Sales (halo)"));
        columns.add(optional(otherUnits(7), "Units sold (halo)"));
        return List.copyOf(columns);
    }
}
