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
import dev.bosun.catalog.AccountTraffic;
import dev.bosun.catalog.AccountTraffic.Field;
import dev.bosun.catalog.Recorder;
import dev.bosun.catalog.Traffic;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Business Report "Sales and Traffic" by date (Seller Central › Reports › Business Reports › By Date, as CSV):
 * one row per day for the whole account. Headers as in third-party parsers of real downloads: the English ones
 * (a TypeScript Business Report parser's fixture and a Kotlin importer), the Korean ones of the Seller Central
 * Korean interface (the same Kotlin importer, which maps each Korean header to its English one), and the German
 * and Japanese ones of {@link BusinessReportColumns#LOCALIZED}. The average sales per order item is read when
 * present but not required: the Japanese header list found has no such column. The marketplace is the one
 * given, or the account's only one.
 */
@Component
class SalesAndTrafficByDateImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "catalog.sales-traffic-by-date",
            "Business Report: Sales and Traffic by date",
            List.of("Sales and Traffic (By Date)"),
            List.of(
                    required(DATE, alsoCalled(DATE, "날짜")),
                    required(SALES, alsoCalled(SALES, "주문한 상품 판매량")),
                    optional(SALES_B2B, alsoCalled(SALES_B2B, "주문한 상품 판매량 - B2B")),
                    required(UNITS_ORDERED, alsoCalled(UNITS_ORDERED, "상품 주문량")),
                    optional(UNITS_ORDERED_B2B, alsoCalled(UNITS_ORDERED_B2B, "상품 주문량 - B2B")),
                    required(ORDER_ITEMS, alsoCalled(ORDER_ITEMS, "총 주문 아이템")),
                    optional(ORDER_ITEMS_B2B, alsoCalled(ORDER_ITEMS_B2B, "총 주문 아이템 - B2B")),
                    optional(AVERAGE_SALES_PER_ORDER_ITEM, alsoCalled(AVERAGE_SALES_PER_ORDER_ITEM, "주문 아이템당 평균 판매")),
                    optional(
                            AVERAGE_SALES_PER_ORDER_ITEM_B2B,
                            alsoCalled(AVERAGE_SALES_PER_ORDER_ITEM_B2B, "주문 아이템당 평균 판매 - B2B")),
                    optional(AVERAGE_UNITS_PER_ORDER_ITEM, alsoCalled(AVERAGE_UNITS_PER_ORDER_ITEM, "주문 아이템당 평균 수량")),
                    optional(
                            AVERAGE_UNITS_PER_ORDER_ITEM_B2B,
                            alsoCalled(AVERAGE_UNITS_PER_ORDER_ITEM_B2B, "주문 아이템당 평균 수량 - B2B")),
                    optional(AVERAGE_SELLING_PRICE, alsoCalled(AVERAGE_SELLING_PRICE, "평균 판매 가격")),
                    optional(AVERAGE_SELLING_PRICE_B2B, alsoCalled(AVERAGE_SELLING_PRICE_B2B, "평균 판매 가격 - B2B")),
                    optional(SESSIONS, alsoCalled(SESSIONS, "세션 - 총계")),
                    optional(SESSIONS_B2B, alsoCalled(SESSIONS_B2B, "세션 - 총계 - B2B")),
                    optional(BROWSER_SESSIONS, alsoCalled(BROWSER_SESSIONS, "세션 - 브라우저")),
                    optional(MOBILE_APP_SESSIONS, alsoCalled(MOBILE_APP_SESSIONS, "세션 - 모바일 앱")),
                    optional(PAGE_VIEWS, alsoCalled(PAGE_VIEWS, "페이지 조회수 - 총계")),
                    optional(PAGE_VIEWS_B2B, alsoCalled(PAGE_VIEWS_B2B, "페이지 조회수 - 총계 - B2B")),
                    optional(BROWSER_PAGE_VIEWS, alsoCalled(BROWSER_PAGE_VIEWS, "페이지 조회수 - 브라우저")),
                    optional(MOBILE_APP_PAGE_VIEWS, alsoCalled(MOBILE_APP_PAGE_VIEWS, "페이지 조회수 - 모바일 앱")),
                    optional(BUY_BOX, alsoCalled(BUY_BOX, "주요 오퍼(바이 박스) 백분율")),
                    optional(BUY_BOX_B2B, alsoCalled(BUY_BOX_B2B)),
                    optional(ORDER_ITEM_SESSION, alsoCalled(ORDER_ITEM_SESSION, "주문 아이템 세션 비율")),
                    optional(ORDER_ITEM_SESSION_B2B, alsoCalled(ORDER_ITEM_SESSION_B2B, "주문 아이템 세션 비율 - B2B")),
                    optional(UNIT_SESSION, alsoCalled(UNIT_SESSION, "상품 세션 비율")),
                    optional(UNIT_SESSION_B2B, alsoCalled(UNIT_SESSION_B2B, "상품 세션 비율 - B2B")),
                    optional(AVERAGE_OFFER_COUNT, alsoCalled(AVERAGE_OFFER_COUNT, "평균 오퍼 수")),
                    optional(AVERAGE_PARENT_ITEMS, alsoCalled(AVERAGE_PARENT_ITEMS, "평균 상위 품목")),
                    optional(UNITS_REFUNDED, alsoCalled(UNITS_REFUNDED, "환불 상품")),
                    optional(REFUND_RATE, alsoCalled(REFUND_RATE, "환불률")),
                    optional(FEEDBACK_RECEIVED, alsoCalled(FEEDBACK_RECEIVED, "피드백 수신")),
                    optional(NEGATIVE_FEEDBACK_RECEIVED, alsoCalled(NEGATIVE_FEEDBACK_RECEIVED, "부정적인 피드백 수신")),
                    optional(NEGATIVE_FEEDBACK_RATE, alsoCalled(NEGATIVE_FEEDBACK_RATE, "수신된 부정적인 피드백 비율")),
                    optional(CLAIMS_GRANTED, alsoCalled(CLAIMS_GRANTED, "보증된 A-to-Z 보증 클레임")),
                    optional(CLAIMS_AMOUNT, alsoCalled(CLAIMS_AMOUNT, "청구 금액")),
                    optional(SHIPPED_PRODUCT_SALES, alsoCalled(SHIPPED_PRODUCT_SALES, "발송된 상품 판매량")),
                    optional(UNITS_SHIPPED, alsoCalled(UNITS_SHIPPED, "상품 발송량")),
                    optional(ORDERS_SHIPPED, alsoCalled(ORDERS_SHIPPED, "발송된 주문"))));

    private static final Map<Field, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(Field.ORDERED_PRODUCT_SALES, SALES);
        COLUMNS.put(Field.ORDERED_PRODUCT_SALES_B2B, SALES_B2B);
        COLUMNS.put(Field.UNITS_ORDERED, UNITS_ORDERED);
        COLUMNS.put(Field.UNITS_ORDERED_B2B, UNITS_ORDERED_B2B);
        COLUMNS.put(Field.TOTAL_ORDER_ITEMS, ORDER_ITEMS);
        COLUMNS.put(Field.TOTAL_ORDER_ITEMS_B2B, ORDER_ITEMS_B2B);
        COLUMNS.put(Field.AVERAGE_SALES_PER_ORDER_ITEM, AVERAGE_SALES_PER_ORDER_ITEM);
        COLUMNS.put(Field.AVERAGE_SALES_PER_ORDER_ITEM_B2B, AVERAGE_SALES_PER_ORDER_ITEM_B2B);
        COLUMNS.put(Field.AVERAGE_UNITS_PER_ORDER_ITEM, AVERAGE_UNITS_PER_ORDER_ITEM);
        COLUMNS.put(Field.AVERAGE_UNITS_PER_ORDER_ITEM_B2B, AVERAGE_UNITS_PER_ORDER_ITEM_B2B);
        COLUMNS.put(Field.AVERAGE_SELLING_PRICE, AVERAGE_SELLING_PRICE);
        COLUMNS.put(Field.AVERAGE_SELLING_PRICE_B2B, AVERAGE_SELLING_PRICE_B2B);
        COLUMNS.put(Field.UNITS_REFUNDED, UNITS_REFUNDED);
        COLUMNS.put(Field.REFUND_RATE, REFUND_RATE);
        COLUMNS.put(Field.CLAIMS_GRANTED, CLAIMS_GRANTED);
        COLUMNS.put(Field.CLAIMS_AMOUNT, CLAIMS_AMOUNT);
        COLUMNS.put(Field.SHIPPED_PRODUCT_SALES, SHIPPED_PRODUCT_SALES);
        COLUMNS.put(Field.UNITS_SHIPPED, UNITS_SHIPPED);
        COLUMNS.put(Field.ORDERS_SHIPPED, ORDERS_SHIPPED);
        COLUMNS.put(Field.SESSIONS, SESSIONS);
        COLUMNS.put(Field.SESSIONS_B2B, SESSIONS_B2B);
        COLUMNS.put(Field.BROWSER_SESSIONS, BROWSER_SESSIONS);
        COLUMNS.put(Field.MOBILE_APP_SESSIONS, MOBILE_APP_SESSIONS);
        COLUMNS.put(Field.PAGE_VIEWS, PAGE_VIEWS);
        COLUMNS.put(Field.PAGE_VIEWS_B2B, PAGE_VIEWS_B2B);
        COLUMNS.put(Field.BROWSER_PAGE_VIEWS, BROWSER_PAGE_VIEWS);
        COLUMNS.put(Field.MOBILE_APP_PAGE_VIEWS, MOBILE_APP_PAGE_VIEWS);
        COLUMNS.put(Field.BUY_BOX_SHARE, BUY_BOX);
        COLUMNS.put(Field.BUY_BOX_SHARE_B2B, BUY_BOX_B2B);
        COLUMNS.put(Field.ORDER_ITEM_SESSION_RATE, ORDER_ITEM_SESSION);
        COLUMNS.put(Field.ORDER_ITEM_SESSION_RATE_B2B, ORDER_ITEM_SESSION_B2B);
        COLUMNS.put(Field.UNIT_SESSION_RATE, UNIT_SESSION);
        COLUMNS.put(Field.UNIT_SESSION_RATE_B2B, UNIT_SESSION_B2B);
        COLUMNS.put(Field.AVERAGE_OFFER_COUNT, AVERAGE_OFFER_COUNT);
        COLUMNS.put(Field.AVERAGE_PARENT_ITEMS, AVERAGE_PARENT_ITEMS);
        COLUMNS.put(Field.FEEDBACK_RECEIVED, FEEDBACK_RECEIVED);
        COLUMNS.put(Field.NEGATIVE_FEEDBACK_RECEIVED, NEGATIVE_FEEDBACK_RECEIVED);
        COLUMNS.put(Field.NEGATIVE_FEEDBACK_RATE, NEGATIVE_FEEDBACK_RATE);
    }

    private final Traffic traffic;

    SalesAndTrafficByDateImporter(Traffic traffic) {
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
        Recorder<AccountTraffic> recorder = null;
        for (ReportRow row : content.rows()) {
            if (recorder == null) {
                recorder = traffic.accountRecorder(
                        context.accountId(), context.batchId(), TrafficCells.reported(row, COLUMNS, Field.class));
            }
            AccountTraffic day = read(marketplace, row);
            if (day != null && row.valid()) {
                recorder.add(day);
                context.coverage().saw(marketplace);
                context.coverage().saw(day.periodFrom());
            }
        }
        if (recorder == null) {
            return ImportCounts.NONE;
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static AccountTraffic read(Marketplace marketplace, ReportRow row) {
        LocalDate date = row.requireDate(DATE);
        if (date == null) {
            return null;
        }
        AccountTraffic day = new AccountTraffic(
                marketplace,
                date,
                date,
                marketplace.currency().getCurrencyCode(),
                money(row, SALES),
                money(row, SALES_B2B),
                count(row, UNITS_ORDERED),
                count(row, UNITS_ORDERED_B2B),
                count(row, ORDER_ITEMS),
                count(row, ORDER_ITEMS_B2B),
                money(row, AVERAGE_SALES_PER_ORDER_ITEM),
                money(row, AVERAGE_SALES_PER_ORDER_ITEM_B2B),
                ratio(row, AVERAGE_UNITS_PER_ORDER_ITEM),
                ratio(row, AVERAGE_UNITS_PER_ORDER_ITEM_B2B),
                money(row, AVERAGE_SELLING_PRICE),
                money(row, AVERAGE_SELLING_PRICE_B2B),
                count(row, UNITS_REFUNDED),
                share(row, REFUND_RATE),
                count(row, CLAIMS_GRANTED),
                money(row, CLAIMS_AMOUNT),
                money(row, SHIPPED_PRODUCT_SALES),
                count(row, UNITS_SHIPPED),
                count(row, ORDERS_SHIPPED),
                count(row, SESSIONS),
                count(row, SESSIONS_B2B),
                count(row, BROWSER_SESSIONS),
                count(row, MOBILE_APP_SESSIONS),
                count(row, PAGE_VIEWS),
                count(row, PAGE_VIEWS_B2B),
                count(row, BROWSER_PAGE_VIEWS),
                count(row, MOBILE_APP_PAGE_VIEWS),
                share(row, BUY_BOX),
                share(row, BUY_BOX_B2B),
                share(row, ORDER_ITEM_SESSION),
                share(row, ORDER_ITEM_SESSION_B2B),
                share(row, UNIT_SESSION),
                share(row, UNIT_SESSION_B2B),
                count(row, AVERAGE_OFFER_COUNT),
                count(row, AVERAGE_PARENT_ITEMS),
                count(row, FEEDBACK_RECEIVED),
                count(row, NEGATIVE_FEEDBACK_RECEIVED),
                share(row, NEGATIVE_FEEDBACK_RATE));
        return row.valid() ? day : null;
    }

    /** Units per order item: a plain decimal ({@code 1.15}, {@code 1,15}). */
    private static BigDecimal ratio(ReportRow row, String column) {
        BigDecimal value = row.decimal(column);
        if (value != null && value.signum() < 0) {
            row.reject(column, "a number of 0 or more", value.toPlainString());
            return null;
        }
        return value;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("account_traffic");
    }
}
