package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.domain.BulkEntity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Ad changes as Amazon's Sponsored Products bulk-operations file: one sheet "Sponsored Products Campaigns" with the
 * columns of the bulk sheet Amazon downloads (the 2022+ layout that {@code BulkSheetImporter} reads, without the
 * performance columns, which an upload ignores), one row per change.
 *
 * <p>Values as the sheet writes them: Product {@code Sponsored Products}; Entity and Operation in title case; ids as
 * text (an 18-digit id loses digits as a number); bids, budgets and percentages as numbers; State {@code enabled}
 * for a created entity; match types {@code exact}, {@code negativeExact}. A child row names its parents in the
 * informational name columns; only a campaign row fills "Campaign Name" and only an ad group row "Ad Group Name"
 * (filled there, they would rename). Rows the same in every cell are written once (two harvests from one ad group
 * share nothing, but a change requested twice must not create two keywords).
 */
public final class BulkSheetWriter {

    /** The sheet Amazon reads the Sponsored Products rows from. */
    public static final String SHEET = "Sponsored Products Campaigns";

    /** The columns, in the order of the bulk sheet download. */
    public static final List<String> COLUMNS = List.of(
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
            "Portfolio Name (Informational only)",
            "Start Date",
            "End Date",
            "Targeting Type",
            "State",
            "Campaign State (Informational only)",
            "Ad Group State (Informational only)",
            "Daily Budget",
            "SKU",
            "ASIN (Informational only)",
            "Eligibility Status (Informational only)",
            "Reason for Ineligibility (Informational only)",
            "Ad Group Default Bid",
            "Ad Group Default Bid (Informational only)",
            "Bid",
            "Keyword Text",
            "Native Language Keyword",
            "Native Language Locale",
            "Match Type",
            "Bidding Strategy",
            "Placement",
            "Percentage",
            "Product Targeting Expression",
            "Resolved Product Targeting Expression (Informational only)");

    private static final Set<String> NUMBERS = Set.of("Daily Budget", "Ad Group Default Bid", "Bid", "Percentage");

    private BulkSheetWriter() {}

    /** The cells of each distinct row, by column name, in the order given. */
    public static List<Map<String, String>> rows(List<AdChange> changes) {
        return rows(changes, null);
    }

    /**
     * The same; a campaign created without a start date starts on {@code startDate} (the day the sheet is written, in
     * the marketplace's zone), when given.
     */
    public static List<Map<String, String>> rows(List<AdChange> changes, LocalDate startDate) {
        Set<Map<String, String>> rows = new LinkedHashSet<>();
        for (AdChange c : changes) {
            Map<String, String> row = row(c);
            if (startDate != null
                    && c.entity() == BulkEntity.CAMPAIGN
                    && c.operation() == AdChange.Operation.CREATE
                    && !row.containsKey("Start Date")) {
                row.put("Start Date", startDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            }
            rows.add(row);
        }
        return new ArrayList<>(rows);
    }

    /** Writes the workbook. */
    public static void write(List<AdChange> changes, OutputStream out) throws IOException {
        write(changes, null, out);
    }

    /** Writes the workbook; new campaigns start on {@code startDate} (see {@link #rows(List, LocalDate)}). */
    public static void write(List<AdChange> changes, LocalDate startDate, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
        }
        int r = 1;
        for (Map<String, String> row : rows(changes, startDate)) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                String column = COLUMNS.get(c);
                String value = row.get(column);
                if (value == null) {
                    continue;
                }
                if (NUMBERS.contains(column)) {
                    sheet.value(r, c, new BigDecimal(value));
                } else {
                    sheet.value(r, c, value);
                }
            }
            r++;
        }
        workbook.finish();
    }

    static Map<String, String> row(AdChange c) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        cells.put("Product", "Sponsored Products");
        cells.put("Entity", c.entity().label());
        cells.put("Operation", c.operation().label());
        put(cells, "Campaign ID", c.campaignId());
        put(cells, "Ad Group ID", c.adGroupId());
        switch (c.entity()) {
            case PRODUCT_AD -> put(cells, "Ad ID", c.entityId());
            case KEYWORD, NEGATIVE_KEYWORD, CAMPAIGN_NEGATIVE_KEYWORD -> put(cells, "Keyword ID", c.entityId());
            case PRODUCT_TARGETING, NEGATIVE_PRODUCT_TARGETING, CAMPAIGN_NEGATIVE_PRODUCT_TARGETING ->
                put(cells, "Product Targeting ID", c.entityId());
            default -> {}
        }
        if (c.entity() == BulkEntity.CAMPAIGN) {
            put(cells, "Campaign Name", c.campaignName());
        } else {
            put(cells, "Campaign Name (Informational only)", c.campaignName());
        }
        if (c.entity() == BulkEntity.AD_GROUP) {
            put(cells, "Ad Group Name", c.adGroupName());
        } else if (c.entity() != BulkEntity.CAMPAIGN) {
            put(cells, "Ad Group Name (Informational only)", c.adGroupName());
        }
        if (c.operation() == AdChange.Operation.CREATE) {
            cells.put("State", "enabled");
        } else if (c.operation() == AdChange.Operation.ARCHIVE) {
            cells.put("State", "archived");
        }
        switch (c.entity()) {
            case KEYWORD, NEGATIVE_KEYWORD, CAMPAIGN_NEGATIVE_KEYWORD -> {
                put(cells, "Keyword Text", c.keywordText());
                put(cells, "Match Type", c.matchType());
            }
            case PRODUCT_TARGETING, NEGATIVE_PRODUCT_TARGETING, CAMPAIGN_NEGATIVE_PRODUCT_TARGETING ->
                put(cells, "Product Targeting Expression", c.keywordText());
            case BIDDING_ADJUSTMENT -> put(cells, "Placement", c.keywordText());
            default -> {}
        }
        if (c.field() != null && c.after() != null) {
            String value = c.after();
            if (NUMBERS.contains(c.field().column())) {
                try {
                    value = new BigDecimal(value.strip()).toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "the " + c.field().column() + " of a change is a number, not \"" + c.after() + "\"");
                }
            }
            cells.put(c.field().column(), value);
        }
        c.cells().forEach((column, value) -> {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException("the bulk sheet has no column \"" + column + "\"");
            }
            put(cells, column, value);
        });
        return cells;
    }

    private static void put(Map<String, String> cells, String column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value);
        }
    }
}
