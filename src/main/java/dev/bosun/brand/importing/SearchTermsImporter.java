package dev.bosun.brand.importing;

import dev.bosun.amazon.DocumentElement;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.brand.SearchTermClick;
import dev.bosun.brand.SearchTerms;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Brand Analytics search terms report, a JSON document per Amazon's schema
 * {@code sellingPartnerSearchTermsReport}: {@code reportSpecification} (period and marketplace) and
 * {@code dataByDepartmentAndSearchTerm[]}, one entry per department, search term and clicked ASIN (click share
 * ranks 1-3). Shares are fractions. The array of entries can be hundreds of megabytes: it is streamed from the
 * file one entry at a time, and a bad entry is rejected alone (the file is still refused unless the import is
 * lenient).
 */
@Component
class SearchTermsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.document(
                    "brand.search-terms",
                    "Brand Analytics search terms report",
                    List.of("GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT"),
                    List.of("reportSpecification", "dataByDepartmentAndSearchTerm"))
            .streaming("dataByDepartmentAndSearchTerm");

    private static final Set<String> PERIODS = Set.of("DAY", "WEEK", "MONTH", "QUARTER");
    private static final String ROWS = "dataByDepartmentAndSearchTerm";

    private final SearchTerms searchTerms;

    SearchTermsImporter(SearchTerms searchTerms) {
        this.searchTerms = searchTerms;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Reading reading = new Reading(content);
        JsonNode root = content.document();
        JsonNode spec = root.path("reportSpecification");
        if (!spec.isObject()) {
            reading.reject("reportSpecification", "an object with the report's period and marketplace", spec);
            return ImportCounts.NONE;
        }
        LocalDate start = reading.date("reportSpecification.dataStartTime", spec.path("dataStartTime"));
        LocalDate end = reading.date("reportSpecification.dataEndTime", spec.path("dataEndTime"));
        if (start != null && end != null && end.isBefore(start)) {
            content.reject(
                    "reportSpecification.dataEndTime", "a day on or after dataStartTime " + start, end.toString());
            reading.failed = true;
        }
        String period = reading.period(spec.path("reportOptions").path("reportPeriod"));
        Marketplace marketplace = reading.marketplace(context, spec.path("marketplaceIds"));
        if (reading.failed) {
            return ImportCounts.NONE;
        }
        SearchTerms.Recorder recorder = searchTerms.recorder(context.accountId(), context.batchId());
        long stored = 0;
        for (DocumentElement entry : content.elements(ROWS)) {
            SearchTermClick click = reading.click(entry.path(), entry.node(), marketplace, start, end, period);
            if (click != null) {
                recorder.add(click);
                stored++;
            }
        }
        if (stored > 0) {
            context.coverage().saw(marketplace);
            context.coverage().saw(start);
            context.coverage().saw(end);
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /** Reads the document's values, recording a problem at the JSON path of each bad one. */
    private static final class Reading {
        private final ReportContent content;
        private boolean failed;

        Reading(ReportContent content) {
            this.content = content;
        }

        /** The click of one entry, or null when the entry is rejected (its problems recorded at its path). */
        SearchTermClick click(
                String path, JsonNode entry, Marketplace marketplace, LocalDate start, LocalDate end, String period) {
            boolean before = failed;
            failed = false;
            if (!entry.isObject()) {
                reject(path, "an object", entry);
                failed = before;
                return null;
            }
            String department = text(path + ".departmentName", entry.path("departmentName"), 200);
            String term = text(path + ".searchTerm", entry.path("searchTerm"), 400);
            Integer frequencyRank = rank(path + ".searchFrequencyRank", entry.path("searchFrequencyRank"));
            String asin = text(path + ".clickedAsin", entry.path("clickedAsin"), 20);
            Integer clickRank = rank(path + ".clickShareRank", entry.path("clickShareRank"));
            BigDecimal clickShare = share(path + ".clickShare", entry.path("clickShare"));
            BigDecimal conversionShare = share(path + ".conversionShare", entry.path("conversionShare"));
            boolean bad = failed;
            failed = before || bad;
            if (bad) {
                return null;
            }
            return new SearchTermClick(
                    marketplace,
                    start,
                    end,
                    period,
                    department,
                    term,
                    frequencyRank,
                    clickRank,
                    asin,
                    clickShare,
                    conversionShare);
        }

        LocalDate date(String path, JsonNode node) {
            if (node.isString() && node.asString().strip().length() >= 10) {
                try {
                    return LocalDate.parse(node.asString().strip().substring(0, 10));
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            reject(path, "a date such as 2021-06-06", node);
            return null;
        }

        String period(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            String value = node.isString() ? node.asString().strip().toUpperCase(Locale.ROOT) : null;
            if (value == null || !PERIODS.contains(value)) {
                reject("reportSpecification.reportOptions.reportPeriod", "DAY, WEEK, MONTH or QUARTER", node);
                return null;
            }
            return value;
        }

        Marketplace marketplace(ImportContext context, JsonNode ids) {
            String path = "reportSpecification.marketplaceIds";
            if (ids.isMissingNode() || ids.isNull() || (ids.isArray() && ids.isEmpty())) {
                Optional<Marketplace> given = context.defaultMarketplace();
                if (given.isEmpty()) {
                    reject(path, "the marketplace of the report (give it with --marketplace)", ids);
                }
                return given.orElse(null);
            }
            if (!ids.isArray() || ids.size() != 1 || !ids.get(0).isString()) {
                reject(path, "one marketplace id", ids);
                return null;
            }
            Optional<Marketplace> found = Marketplace.find(ids.get(0).asString());
            if (found.isEmpty()) {
                reject(path + "[0]", "an Amazon marketplace id such as ATVPDKIKX0DER", ids.get(0));
                return null;
            }
            return found.get();
        }

        private String text(String path, JsonNode node, int max) {
            if (!node.isString() || node.asString().isBlank()) {
                reject(path, "a text", node);
                return null;
            }
            String value = node.asString().strip();
            if (value.length() > max) {
                content.reject(path, "at most " + max + " characters", value.length() + " characters");
                failed = true;
                return null;
            }
            return value;
        }

        private Integer rank(String path, JsonNode node) {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
                reject(path, "a rank (a whole number from 1)", node);
                return null;
            }
            return node.intValue();
        }

        private BigDecimal share(String path, JsonNode node) {
            if (!node.isNumber()) {
                reject(path, "a fraction from 0 to 1", node);
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                reject(path, "a fraction from 0 to 1", node);
                return null;
            }
            return value;
        }

        void reject(String path, String expected, JsonNode found) {
            failed = true;
            String text = found.isMissingNode()
                    ? "nothing"
                    : found.isString() ? "\"" + found.asString() + "\"" : found.toString();
            content.reject(path, expected, text.length() <= 60 ? text : text.substring(0, 57) + "...");
        }
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("brand_search_terms");
    }
}
