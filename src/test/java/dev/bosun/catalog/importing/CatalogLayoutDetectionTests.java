package dev.bosun.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each header row of the catalog's reports fits exactly one of all known layouts (every required column
 * present), so recognising a file never depends on which layout happens to explain more headers.
 */
@BosunTest
class CatalogLayoutDetectionTests {

    static final Path SAMPLES = Path.of("..", "shared", "amazon", "samples", "airbyte");

    @Autowired
    ReportImports imports;

    static Stream<Arguments> headerRows() {
        return Stream.of(
                Arguments.of("all listings", MerchantListingsImportTests.ALL, "catalog.merchant-listings"),
                Arguments.of("inactive listings", MerchantListingsImportTests.INACTIVE, "catalog.merchant-listings"),
                Arguments.of(
                        "back-compatible listings",
                        MerchantListingsImportTests.backCompat(),
                        "catalog.merchant-listings"),
                Arguments.of("cancelled listings", MerchantListingsImportTests.CANCELLED, "catalog.merchant-listings"),
                Arguments.of("by child item, US", TrafficByChildItemImportTests.US, "catalog.traffic-by-child-item"),
                Arguments.of("by child item, EU", TrafficByChildItemImportTests.EU, "catalog.traffic-by-child-item"),
                Arguments.of(
                        "by child item, older", TrafficByChildItemImportTests.OLD, "catalog.traffic-by-child-item"),
                Arguments.of(
                        "by child item, without SKU",
                        TrafficByChildItemImportTests.OLD.stream()
                                .filter(h -> !h.equals("SKU"))
                                .toList(),
                        "catalog.traffic-by-child-item"),
                Arguments.of(
                        "by date, all columns", SalesAndTrafficByDateImportTests.FULL, "catalog.sales-traffic-by-date"),
                Arguments.of("by date, short", SalesAndTrafficByDateImportTests.SHORT, "catalog.sales-traffic-by-date"),
                Arguments.of(
                        "by date, Korean", SalesAndTrafficByDateImportTests.KOREAN, "catalog.sales-traffic-by-date"),
                Arguments.of(
                        "by date, German",
                        SalesAndTrafficByDateImportTests.GERMAN_FORMAT,
                        "catalog.sales-traffic-by-date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerRows")
    void aHeaderRowFitsExactlyOneLayout(String report, List<String> headers, String layout) {
        assertThat(fittingLayouts(headers)).as(report).containsExactly(layout);
    }

    @Test
    void theByChildItemAndByDateReportsCannotBeTakenForEachOther() {
        List<String> both = new ArrayList<>(TrafficByChildItemImportTests.US);
        assertThat(fittingLayouts(both)).doesNotContain("catalog.sales-traffic-by-date");
        both = new ArrayList<>(SalesAndTrafficByDateImportTests.FULL);
        assertThat(fittingLayouts(both)).doesNotContain("catalog.traffic-by-child-item");
    }

    @Test
    void theAirbyteListingsSampleFitsOnlyTheListingsLayout() throws IOException {
        Path sample = SAMPLES.resolve("GET_MERCHANT_CANCELLED_LISTINGS_DATA.csv");
        assumeThat(Files.exists(sample)).as("sample files in ../shared").isTrue();
        String header = Files.readAllLines(sample, StandardCharsets.UTF_8).get(0);

        assertThat(fittingLayouts(Arrays.asList(header.split("\t")))).containsExactly("catalog.merchant-listings");
    }

    @Test
    void theAirbyteSalesAndTrafficSampleFitsOnlyTheSalesAndTrafficDocument() throws IOException {
        Path sample = SAMPLES.resolve("GET_SALES_AND_TRAFFIC_REPORT.json");
        assumeThat(Files.exists(sample)).as("sample files in ../shared").isTrue();
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(sample));

        List<String> fitting = imports.layouts().stream()
                .filter(l -> l.shape() == ReportLayout.Shape.JSON_DOCUMENT)
                .filter(l -> l.documentKeys().stream().allMatch(root::has))
                .map(ReportLayout::id)
                .toList();

        assertThat(fitting).containsExactly("catalog.sales-and-traffic-report");
    }

    private List<String> fittingLayouts(List<String> headers) {
        Set<String> present = headers.stream().map(HeaderNames::normalise).collect(Collectors.toSet());
        return imports.layouts().stream()
                .filter(l -> l.shape() == ReportLayout.Shape.TABLE)
                .filter(l -> l.requiredColumns().stream()
                        .allMatch(c ->
                                c.headers().stream().map(HeaderNames::normalise).anyMatch(present::contains)))
                .map(ReportLayout::id)
                .toList();
    }
}
