package dev.bosun.finance.web;

import dev.bosun.finance.CostBook;
import dev.bosun.finance.CostPeriod;
import dev.bosun.finance.LandedCost;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The SKU cost table as an xlsx workbook: one row per COGS period of every SKU (oldest first), with amounts as
 * numbers and their currency beside them, and the freight, duties and pick-and-pack per unit in force on the day of
 * the export; headers in the reader's language, an auto-filter over the table.
 */
final class CostWorkbook {

    private static final List<String> HEADERS = List.of(
            "costs.col.sku",
            "costs.col.from",
            "costs.col.until",
            "costs.col.cogs",
            "costs.col.currency",
            "costs.col.freight",
            "costs.col.duties",
            "costs.col.shipmentCurrency",
            "costs.col.shipment",
            "costs.col.pickPack",
            "costs.col.pickPackCurrency");

    private static final double[] WIDTHS = {22, 12, 12, 12, 9, 12, 12, 9, 18, 12, 9};

    private final MessageSource messages;
    private final Locale locale;

    CostWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(String accountName, CostBook book, LocalDate today, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("costs.sheet"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, text(HEADERS.get(c)));
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (String sku : book.skus()) {
            LandedCost now = book.landedCost(sku, today);
            List<CostPeriod> periods = book.cogsHistory(sku);
            if (periods.isEmpty()) {
                row(sheet, r++, sku, null, now);
            }
            for (CostPeriod period : periods) {
                row(sheet, r++, sku, period, now);
            }
        }
        sheet.setAutoFilter(0, 0, HEADERS.size() - 1);
        workbook.properties().setTitle(text("costs.title") + " · " + accountName);
        workbook.finish();
    }

    private static void row(Worksheet sheet, int r, String sku, CostPeriod period, LandedCost now) {
        sheet.value(r, 0, sku);
        if (period != null) {
            sheet.value(r, 1, period.from());
            sheet.style(r, 1).format("yyyy-mm-dd").set();
            if (period.until() != null) {
                sheet.value(r, 2, period.until());
                sheet.style(r, 2).format("yyyy-mm-dd").set();
            }
            sheet.value(r, 3, period.cost().amount());
            sheet.value(r, 4, period.cost().currency().getCurrencyCode());
        }
        if (now.freight() != null) {
            sheet.value(r, 5, now.freight().amount());
            sheet.value(r, 6, now.duties().amount());
            sheet.value(r, 7, now.freight().currency().getCurrencyCode());
            sheet.value(r, 8, now.shipment());
        }
        if (now.pickAndPack() != null) {
            sheet.value(r, 9, now.pickAndPack().amount());
            sheet.value(r, 10, now.pickAndPack().currency().getCurrencyCode());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
