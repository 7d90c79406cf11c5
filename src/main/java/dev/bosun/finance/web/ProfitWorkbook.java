package dev.bosun.finance.web;

import dev.bosun.finance.ProfitFigures;
import dev.bosun.finance.ProfitStatement;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** The profit table by ASIN (or SKU, parent) and the monthly P&L as xlsx workbooks, headers in the reader's language. */
final class ProfitWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    ProfitWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    private static final List<String> TABLE_HEADERS = List.of(
            "profit.col.marketplace",
            "profit.col.asin",
            "profit.col.parent",
            "profit.col.sku",
            "profit.col.currency",
            "profit.col.units",
            "profit.col.orders",
            "profit.col.sales",
            "profit.col.promotions",
            "profit.col.refunds",
            "profit.col.referral",
            "profit.col.fba",
            "profit.col.storage",
            "profit.col.otherFees",
            "profit.col.reimbursements",
            "profit.col.ads",
            "profit.col.cogs",
            "profit.col.freight",
            "profit.col.duties",
            "profit.col.pickPack",
            "profit.col.profit",
            "profit.col.margin",
            "profit.col.roi",
            "profit.col.breakEvenAcos",
            "profit.col.estimated",
            "profit.col.costUnknown");

    void table(String title, List<ProfitLine> lines, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("profit.sheet"));
        sheet.value(0, 0, title);
        for (int c = 0; c < TABLE_HEADERS.size(); c++) {
            sheet.value(1, c, text(TABLE_HEADERS.get(c)));
        }
        sheet.range(1, 0, 1, TABLE_HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(0, 2);
        int r = 2;
        for (ProfitLine l : lines) {
            ProfitFigures f = l.figures();
            sheet.value(r, 0, l.marketplace() == null ? "" : l.marketplace().code());
            sheet.value(r, 1, l.asin());
            sheet.value(r, 2, l.parentAsin());
            sheet.value(r, 3, l.sku());
            if (f == null) {
                sheet.value(r, 4, text("profit.missingRate.short"));
                r++;
                continue;
            }
            sheet.value(r, 4, f.currency().getCurrencyCode());
            sheet.value(r, 5, f.units());
            sheet.value(r, 6, f.orders());
            BigDecimal[] amounts = {
                f.sales(), f.promotions(), f.refunds(), f.referralFees(), f.fbaFees(), f.storageFees(), f.otherFees(),
                f.reimbursements(), f.adSpend(), f.cogs(), f.freight(), f.duties(), f.pickPack(), f.grossProfit()
            };
            for (int i = 0; i < amounts.length; i++) {
                sheet.value(r, 7 + i, amounts[i]);
            }
            percent(sheet, r, 21, l.marginPercent());
            percent(sheet, r, 22, l.roiPercent());
            percent(sheet, r, 23, l.breakEvenAcosPercent());
            sheet.value(r, 24, f.estimated() ? text("profit.yes") : "");
            sheet.value(r, 25, f.costUnknown() ? text("profit.costUnknown") : "");
            r++;
        }
        workbook.finish();
    }

    private static void percent(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    /** The P&L: one row per line of the statement, one column per month. */
    void statement(String title, ProfitStatement s, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("pnl.sheet"));
        sheet.value(0, 0, title);
        sheet.value(1, 0, s.currency().getCurrencyCode());
        for (int m = 0; m < s.months().size(); m++) {
            sheet.value(1, 1 + m, s.months().get(m).toString());
        }
        sheet.range(1, 0, 1, s.months().size()).style().bold().set();
        sheet.width(0, 28);
        int r = 2;
        for (PnlRow row : PnlRow.rows(s)) {
            sheet.value(r, 0, row.category() == null ? text(row.key()) : row.category());
            for (int m = 0; m < s.months().size(); m++) {
                BigDecimal v = row.values().get(m);
                if (v != null) {
                    sheet.value(r, 1 + m, v);
                } else {
                    sheet.value(r, 1 + m, text("profit.missingRate.short"));
                }
            }
            if (row.total()) {
                sheet.range(r, 0, r, s.months().size()).style().bold().set();
            }
            r++;
        }
        workbook.finish();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
