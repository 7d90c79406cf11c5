package dev.bosun.advertising.importing;

import dev.bosun.advertising.AdPerformance;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The performance reports of the Ads console (Reports → Sponsored ads), csv or xlsx. They share their columns:
 * each adds to the campaign the columns it breaks it down by (ad group and target, search term, advertised
 * product, placement), so one layout recognises them all and the columns present tell the level. The sales
 * columns carry the attribution window ("7 Day Total Sales", "14 Day Total Sales (₹)").
 */
@Component
class SponsoredAdsReportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "advertising.console-report",
            "Sponsored ads report (Ads console)",
            List.of(
                    "Sponsored Products Search term report",
                    "Sponsored Products Targeting report",
                    "Sponsored Products Campaign report",
                    "Sponsored Products Advertised product report",
                    "Sponsored Products Placement report",
                    "Sponsored Brands Campaign report",
                    "Sponsored Brands Search term report",
                    "Sponsored Display Campaign report",
                    "Sponsored Display Advertised product report"),
            AdColumns.console());

    private final PerformanceRows rows;

    SponsoredAdsReportImporter(AdPerformance performance) {
        this.rows = new PerformanceRows(performance, false);
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        return rows.load(context, content);
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of(
                "ad_campaign_metrics",
                "ad_target_metrics",
                "ad_search_term_metrics",
                "ad_product_metrics",
                "ad_placement_metrics");
    }
}
