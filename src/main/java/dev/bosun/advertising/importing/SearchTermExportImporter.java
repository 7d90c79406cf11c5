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
 * The search term export of the 2026 Ads console: one "Date range" for the whole file, "Total cost" and
 * "Sales" without the attribution window in their names (taken as 7 days), ids written as Excel text
 * ({@code ="1712…"}), and possibly several advertiser accounts and currencies in one file (each row goes to
 * the account's marketplace in its currency). Known from a third-party parser only (REFERENCE.md §1i [T]).
 */
@Component
class SearchTermExportImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "advertising.search-term-export",
            "Search term report (2026 Ads console export)",
            List.of("Sponsored Products Search term report (2026 export)"),
            AdColumns.export2026());

    private final PerformanceRows rows;

    SearchTermExportImporter(AdPerformance performance) {
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
        return java.util.List.of("ad_search_term_metrics");
    }
}
