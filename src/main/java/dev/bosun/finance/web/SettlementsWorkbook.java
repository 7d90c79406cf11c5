package dev.bosun.finance.web;

import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.SettlementCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** The settlements list and a settlement's checked lines as xlsx workbooks, headers in the reader's language. */
final class SettlementsWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    SettlementsWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void settlements(String accountName, List<SettlementCheck> checks, ZoneId zone, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("settlements.title"));
        List<String> headers = List.of(
                "settlements.col.id",
                "settlements.col.from",
                "settlements.col.to",
                "settlements.col.deposit",
                "settlements.col.currency",
                "settlements.col.total",
                "settlements.col.linesTotal",
                "settlements.col.status",
                "settlements.col.reason",
                "settlements.col.feeLines",
                "settlements.col.checked",
                "settlements.col.discrepant",
                "settlements.col.unchecked",
                "settlements.col.overcharged",
                "settlements.col.undercharged",
                "settlements.col.reserveReleased",
                "settlements.col.reserveHeld");
        header(sheet, headers);
        int r = 1;
        for (SettlementCheck c : checks) {
            sheet.value(r, 0, c.settlementId());
            date(sheet, r, 1, c.settlement().startsAt(), zone);
            date(sheet, r, 2, c.settlement().endsAt(), zone);
            date(sheet, r, 3, c.settlement().depositAt(), zone);
            sheet.value(r, 4, c.currency());
            money(sheet, r, 5, c.statedTotal());
            money(sheet, r, 6, c.linesTotal());
            sheet.value(r, 7, text("settlements.status." + c.status().code()));
            sheet.value(r, 8, c.reason() == null ? null : reason(c.reason()));
            sheet.value(r, 9, c.feeLines());
            sheet.value(r, 10, c.checkedLines());
            sheet.value(r, 11, c.discrepantLines());
            sheet.value(r, 12, c.uncheckedLines());
            money(sheet, r, 13, c.overcharged());
            money(sheet, r, 14, c.undercharged());
            money(sheet, r, 15, c.reserveReleased());
            money(sheet, r, 16, c.reserveHeld());
            r++;
        }
        finish(workbook, sheet, headers.size(), text("settlements.title") + " · " + accountName);
    }

    void lines(String accountName, SettlementCheck settlement, List<FeeLineCheck> lines, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(settlement.settlementId());
        List<String> headers = List.of(
                "settlement.col.line",
                "settlement.col.kind",
                "settlement.col.status",
                "settlement.col.reason",
                "settlement.col.order",
                "settlement.col.sku",
                "settlement.col.units",
                "settlement.col.posted",
                "settlement.col.ordered",
                "settlement.col.charged",
                "settlement.col.expected",
                "settlement.col.difference",
                "settlement.col.unitPrice",
                "settlement.col.category",
                "settlement.col.tier",
                "settlement.col.chargedTier",
                "settlement.col.rateCard",
                "settlement.col.package");
        header(sheet, headers);
        int r = 1;
        for (FeeLineCheck l : lines) {
            sheet.value(r, 0, l.lineNo());
            sheet.value(r, 1, text("settlement.kind." + l.kind().code()));
            sheet.value(r, 2, text("settlement.line." + l.status().code()));
            sheet.value(r, 3, l.reason() == null ? null : reason(l.reason()));
            sheet.value(r, 4, l.orderId());
            sheet.value(r, 5, l.sku());
            if (l.quantity() != null) {
                sheet.value(r, 6, l.quantity());
            }
            localDate(sheet, r, 7, l.postedDate());
            localDate(sheet, r, 8, l.orderDate() != null ? l.orderDate() : null);
            money(sheet, r, 9, l.charged());
            money(sheet, r, 10, l.expected());
            money(sheet, r, 11, l.difference());
            money(sheet, r, 12, l.unitPrice());
            sheet.value(r, 13, l.category());
            sheet.value(r, 14, l.sizeTier());
            sheet.value(r, 15, l.chargedTier() == null ? null : l.chargedTier() + " " + l.chargedWeight());
            sheet.value(r, 16, l.rateCard());
            sheet.value(r, 17, l.packageText());
            r++;
        }
        finish(
                workbook,
                sheet,
                headers.size(),
                text("settlement.title") + " " + settlement.settlementId() + " · " + accountName);
    }

    private void header(Worksheet sheet, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(0, c, text(keys.get(c)));
            sheet.width(c, 14);
        }
        sheet.range(0, 0, 0, keys.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    private static void finish(Workbook workbook, Worksheet sheet, int columns, String title) throws IOException {
        sheet.setAutoFilter(0, 0, columns - 1);
        workbook.properties().setTitle(title);
        workbook.finish();
    }

    private static void money(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format("#,##0.00").set();
        }
    }

    private static void date(Worksheet sheet, int r, int c, Instant instant, ZoneId zone) {
        if (instant != null) {
            localDate(sheet, r, c, instant.atZone(zone).toLocalDate());
        }
    }

    private static void localDate(Worksheet sheet, int r, int c, java.time.LocalDate day) {
        if (day != null) {
            sheet.value(r, c, day);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        }
    }

    private String reason(String code) {
        return messages.getMessage("settlements.reason." + code, null, code, locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
