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
 * Sponsored Products reports of the Ads API v3 ({@code POST /reporting/reports}, format GZIP_JSON): after gunzip
 * a JSON array of flat objects whose keys are the requested columns ({@code impressions}, {@code cost},
 * {@code sales7d}, …), daily ({@code date}) or summary ({@code startDate}, {@code endDate}). The columns tell
 * the report type, as they do for console reports, and the rows go to the same tables.
 */
@Component
class AdsApiReportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "advertising.ads-api-report",
            "Sponsored Products report (Ads API v3, JSON)",
            List.of("spSearchTerm", "spTargeting", "spCampaigns", "spAdvertisedProduct"),
            AdColumns.api());

    private final PerformanceRows rows;

    AdsApiReportImporter(AdPerformance performance) {
        this.rows = new PerformanceRows(performance, true);
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
