package dev.bosun.simulator.reports;

import java.util.List;

/**
 * The headers of the Ads console's report downloads the simulator writes, in Amazon's order: one list for the
 * simulated stores and for the benchmarks that write such files themselves.
 */
public final class AdReportColumns {

    /** Sponsored Products search term report (console CSV, US; the trailing spaces are Amazon's). */
    public static final List<String> SEARCH_TERMS = List.of(
            "Date",
            "Portfolio name",
            "Currency",
            "Campaign Name",
            "Ad Group Name",
            "Targeting",
            "Match Type",
            "Customer Search Term",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)",
            "Spend",
            "7 Day Total Sales ",
            "Total Advertising Cost of Sales (ACOS) ",
            "Total Return on Advertising Spend (ROAS)",
            "7 Day Total Orders (#)",
            "7 Day Total Units (#)",
            "7 Day Conversion Rate",
            "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)",
            "7 Day Advertised SKU Sales ",
            "7 Day Other SKU Sales ");

    /** Sponsored Products targeting report. */
    public static final List<String> TARGETING = List.of(
            "Date",
            "Portfolio name",
            "Currency",
            "Campaign Name",
            "Ad Group Name",
            "Targeting",
            "Match Type",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)",
            "Spend",
            "Total Advertising Cost of Sales (ACOS)",
            "Total Return on Advertising Spend (ROAS)",
            "7 Day Total Sales",
            "7 Day Total Orders (#)",
            "7 Day Total Units (#)",
            "7 Day Conversion Rate");

    /** Sponsored Products campaign report. */
    public static final List<String> CAMPAIGNS = List.of(
            "Date",
            "Portfolio name",
            "Campaign Type",
            "Campaign Name",
            "Status",
            "Currency",
            "Budget",
            "Targeting Type",
            "Bidding strategy",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Spend",
            "Cost Per Click (CPC)",
            "7 Day Total Orders (#)",
            "Total Advertising Cost of Sales (ACOS)",
            "7 Day Total Sales",
            "7 Day Total Units (#)");

    /** Sponsored Products advertised product report. */
    public static final List<String> PRODUCTS = List.of(
            "Date",
            "Portfolio name",
            "Currency",
            "Campaign Name",
            "Ad Group Name",
            "Advertised SKU",
            "Advertised ASIN",
            "Impressions",
            "Clicks",
            "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)",
            "Spend",
            "7 Day Total Sales",
            "Total Advertising Cost of Sales (ACOS)",
            "Total Return on Advertising Spend (ROAS)",
            "7 Day Total Orders (#)",
            "7 Day Total Units (#)",
            "7 Day Conversion Rate",
            "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)",
            "7 Day Advertised SKU Sales",
            "7 Day Other SKU Sales");

    private AdReportColumns() {}
}
