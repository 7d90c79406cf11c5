package dev.bosun.catalog.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;
import static dev.bosun.catalog.importing.BusinessReportColumns.*;
import static dev.bosun.catalog.importing.BusinessReportColumns.alsoCalled;
import static dev.bosun.catalog.importing.TrafficCells.count;
import static dev.bosun.catalog.importing.TrafficCells.money;
import static dev.bosun.catalog.importing.TrafficCells.share;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.AsinTraffic.AsinLevel;
import dev.bosun.catalog.AsinTraffic.Field;
import dev.bosun.catalog.Recorder;
import dev.bosun.catalog.Traffic;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Business Report "Detail Page Sales and Traffic By Child Item" (Seller Central › Reports › Business Reports,
 * downloaded as CSV): one row per child ASIN (and SKU) over the range chosen when downloading. The file holds
 * neither that range nor the marketplace: the period comes from the file name ({@code …2026-11-24.csv}) or the
 * user, the marketplace from the user or the account's only one. German and Japanese downloads are read by their
 * headers of {@link BusinessReportColumns#LOCALIZED}; amounts are read in the marketplace's number format
 * ({@code 368,14 €} in a German download, {@code ￥179,685} in a Japanese one).
 */
@Component
class TrafficByChildItemImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
                    "catalog.traffic-by-child-item",
                    "Business Report: Detail Page Sales and Traffic By Child Item",
                    List.of("Detail Page Sales and Traffic By Child Item"),
                    List.of(
                            required(PARENT_ASIN, alsoCalled(PARENT_ASIN, "Parent ASIN")),
                            required(CHILD_ASIN, alsoCalled(CHILD_ASIN, "Child ASIN")),
                            optional(TITLE, alsoCalled(TITLE)),
                            optional(SKU, alsoCalled(SKU)),
                            required(SESSIONS, alsoCalled(SESSIONS, "Sessions")),
                            optional(SESSIONS_B2B, alsoCalled(SESSIONS_B2B)),
                            optional(BROWSER_SESSIONS, alsoCalled(BROWSER_SESSIONS)),
                            optional(MOBILE_APP_SESSIONS, alsoCalled(MOBILE_APP_SESSIONS)),
                            optional(SESSION_SHARE, alsoCalled(SESSION_SHARE, "Session Percentage")),
                            optional(SESSION_SHARE_B2B, alsoCalled(SESSION_SHARE_B2B)),
                            optional(PAGE_VIEWS, alsoCalled(PAGE_VIEWS, "Page Views")),
                            optional(PAGE_VIEWS_B2B, alsoCalled(PAGE_VIEWS_B2B)),
                            optional(BROWSER_PAGE_VIEWS, alsoCalled(BROWSER_PAGE_VIEWS)),
                            optional(MOBILE_APP_PAGE_VIEWS, alsoCalled(MOBILE_APP_PAGE_VIEWS)),
                            optional(PAGE_VIEW_SHARE, alsoCalled(PAGE_VIEW_SHARE, "Page Views Percentage")),
                            optional(PAGE_VIEW_SHARE_B2B, alsoCalled(PAGE_VIEW_SHARE_B2B)),
                            optional(BUY_BOX, alsoCalled(BUY_BOX, "Buy Box Percentage")),
                            optional(BUY_BOX_B2B, alsoCalled(BUY_BOX_B2B)),
                            required(UNITS_ORDERED, alsoCalled(UNITS_ORDERED)),
                            optional(UNITS_ORDERED_B2B, alsoCalled(UNITS_ORDERED_B2B)),
                            optional(UNIT_SESSION, alsoCalled(UNIT_SESSION)),
                            optional(UNIT_SESSION_B2B, alsoCalled(UNIT_SESSION_B2B)),
                            required(SALES, alsoCalled(SALES, "Gross Product Sales")),
                            optional(SALES_B2B, alsoCalled(SALES_B2B)),
                            optional(ORDER_ITEMS, alsoCalled(ORDER_ITEMS, "Orders Placed")),
                            optional(ORDER_ITEMS_B2B, alsoCalled(ORDER_ITEMS_B2B))))
            .periodFromFileName();

    private static final Map<Field, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(Field.PARENT_ASIN, PARENT_ASIN);
        COLUMNS.put(Field.TITLE, TITLE);
        COLUMNS.put(Field.SESSIONS, SESSIONS);
        COLUMNS.put(Field.SESSIONS_B2B, SESSIONS_B2B);
        COLUMNS.put(Field.BROWSER_SESSIONS, BROWSER_SESSIONS);
        COLUMNS.put(Field.MOBILE_APP_SESSIONS, MOBILE_APP_SESSIONS);
        COLUMNS.put(Field.SESSION_SHARE, SESSION_SHARE);
        COLUMNS.put(Field.SESSION_SHARE_B2B, SESSION_SHARE_B2B);
        COLUMNS.put(Field.PAGE_VIEWS, PAGE_VIEWS);
        COLUMNS.put(Field.PAGE_VIEWS_B2B, PAGE_VIEWS_B2B);
        COLUMNS.put(Field.BROWSER_PAGE_VIEWS, BROWSER_PAGE_VIEWS);
        COLUMNS.put(Field.MOBILE_APP_PAGE_VIEWS, MOBILE_APP_PAGE_VIEWS);
        COLUMNS.put(Field.PAGE_VIEW_SHARE, PAGE_VIEW_SHARE);
        COLUMNS.put(Field.PAGE_VIEW_SHARE_B2B, PAGE_VIEW_SHARE_B2B);
        COLUMNS.put(Field.BUY_BOX_SHARE, BUY_BOX);
        COLUMNS.put(Field.BUY_BOX_SHARE_B2B, BUY_BOX_B2B);
        COLUMNS.put(Field.UNITS_ORDERED, UNITS_ORDERED);
        COLUMNS.put(Field.UNITS_ORDERED_B2B, UNITS_ORDERED_B2B);
        COLUMNS.put(Field.UNIT_SESSION_RATE, UNIT_SESSION);
        COLUMNS.put(Field.UNIT_SESSION_RATE_B2B, UNIT_SESSION_B2B);
        COLUMNS.put(Field.ORDERED_PRODUCT_SALES, SALES);
        COLUMNS.put(Field.ORDERED_PRODUCT_SALES_B2B, SALES_B2B);
        COLUMNS.put(Field.TOTAL_ORDER_ITEMS, ORDER_ITEMS);
        COLUMNS.put(Field.TOTAL_ORDER_ITEMS_B2B, ORDER_ITEMS_B2B);
    }

    private final Traffic traffic;

    TrafficByChildItemImporter(Traffic traffic) {
        this.traffic = traffic;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Marketplace marketplace =
                FileMarketplace.of(context, content, "Business Report").orElse(null);
        if (marketplace == null) {
            return ImportCounts.NONE;
        }
        LocalDate from = context.periodFrom();
        LocalDate to = context.periodTo();
        if (from == null || to == null) {
            content.reject(
                    "period",
                    "the period the Business Report was downloaded for: bosun import --period FROM..TO",
                    "none");
            return ImportCounts.NONE;
        }
        Recorder<AsinTraffic> recorder = null;
        for (ReportRow row : content.rows()) {
            if (recorder == null) {
                recorder = traffic.asinRecorder(
                        context.accountId(), context.batchId(), TrafficCells.reported(row, COLUMNS, Field.class));
            }
            AsinTraffic figures = read(marketplace, from, to, row);
            if (figures != null && row.valid()) {
                recorder.add(figures);
                context.coverage().saw(marketplace);
                context.coverage().saw(from);
                context.coverage().saw(to);
            }
        }
        if (recorder == null) {
            return ImportCounts.NONE;
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static AsinTraffic read(Marketplace marketplace, LocalDate from, LocalDate to, ReportRow row) {
        String child = row.requireText(CHILD_ASIN);
        if (child == null) {
            return null;
        }
        AsinTraffic figures = new AsinTraffic(
                marketplace,
                from,
                to,
                child,
                row.text(SKU),
                AsinLevel.CHILD,
                row.text(PARENT_ASIN),
                row.text(TITLE),
                count(row, SESSIONS),
                count(row, SESSIONS_B2B),
                count(row, BROWSER_SESSIONS),
                count(row, MOBILE_APP_SESSIONS),
                share(row, SESSION_SHARE),
                share(row, SESSION_SHARE_B2B),
                count(row, PAGE_VIEWS),
                count(row, PAGE_VIEWS_B2B),
                count(row, BROWSER_PAGE_VIEWS),
                count(row, MOBILE_APP_PAGE_VIEWS),
                share(row, PAGE_VIEW_SHARE),
                share(row, PAGE_VIEW_SHARE_B2B),
                share(row, BUY_BOX),
                share(row, BUY_BOX_B2B),
                count(row, UNITS_ORDERED),
                count(row, UNITS_ORDERED_B2B),
                share(row, UNIT_SESSION),
                share(row, UNIT_SESSION_B2B),
                marketplace.currency().getCurrencyCode(),
                money(row, SALES),
                money(row, SALES_B2B),
                count(row, ORDER_ITEMS),
                count(row, ORDER_ITEMS_B2B));
        return row.valid() ? figures : null;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("asin_traffic");
    }
}
