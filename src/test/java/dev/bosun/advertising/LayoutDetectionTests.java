package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.LayoutMatch;
import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every ads report header the tests know is recognised by exactly one of all the layouts Bosun has. */
@BosunTest
class LayoutDetectionTests {

    @Autowired
    ReportImports imports;

    @Test
    void eachAdsReportMatchesExactlyOneLayout() {
        assertOnlyLayout(
                SearchTermReportTests.US_HEADERS.stream().map(String::valueOf).toList(), "advertising.console-report");
        assertOnlyLayout(csvHeader(SearchTermReportTests.IN_HEADER), "advertising.console-report");
        assertOnlyLayout(csvHeader(ConsoleReportLevelsTests.IN_CAMPAIGN_HEADER), "advertising.console-report");
        assertOnlyLayout(csvHeader(ConsoleReportLevelsTests.SB_CAMPAIGN), "advertising.console-report");
        assertOnlyLayout(csvHeader(SearchTermExportTests.HEADER), "advertising.search-term-export");
        assertOnlyLayout(BulkSheetTests.HEADERS, "advertising.bulk-sheet");
        assertOnlyLayout(
                List.of(
                        "date",
                        "campaignId",
                        "campaignName",
                        "adGroupId",
                        "adGroupName",
                        "keywordId",
                        "keyword",
                        "targeting",
                        "matchType",
                        "searchTerm",
                        "impressions",
                        "clicks",
                        "cost",
                        "purchases7d",
                        "sales7d",
                        "unitsSoldClicks7d"),
                "advertising.ads-api-report");
    }

    @Test
    void theRealSamplesMatchExactlyOneLayout() throws IOException {
        Path samples = RealConsoleSampleTests.SAMPLES;
        assumeTrue(Files.isDirectory(samples), "samples " + samples + " not present");
        try (Stream<Path> list = Files.list(samples)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                assertOnlyLayout(firstRow(file), "advertising.console-report");
            }
        }
    }

    private void assertOnlyLayout(List<String> headers, String expected) {
        List<String> complete = new ArrayList<>();
        for (ReportLayout layout : imports.layouts()) {
            if (layout.shape() == ReportLayout.Shape.TABLE
                    && LayoutMatch.best(headers, List.of(layout)).orElseThrow().complete()) {
                complete.add(layout.id());
            }
        }
        assertThat(complete).as("layouts matching %s", headers).containsExactly(expected);
    }

    private static List<String> csvHeader(String text) {
        return Arrays.asList(text.substring(0, text.indexOf('\n')).split(","));
    }

    private static List<String> firstRow(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Row header = rows.findFirst().orElseThrow();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                cells.add(header.getCell(i) == null ? "" : header.getCell(i).getText());
            }
            return cells;
        }
    }
}
