package dev.bosun.inventory.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** The inventory table as an xlsx workbook, headers in the reader's language. */
final class StockWorkbook {

    static final List<String> HEADERS = List.of(
            "inventory.col.marketplace",
            "inventory.col.sku",
            "inventory.col.asin",
            "inventory.col.product",
            "inventory.col.fbaDay",
            "inventory.col.available",
            "inventory.col.inboundWorking",
            "inventory.col.inboundShipped",
            "inventory.col.inboundReceiving",
            "inventory.col.reserved",
            "inventory.col.unfulfillable",
            "inventory.col.ownWarehouse",
            "inventory.col.thirdParty",
            "inventory.col.position",
            "inventory.col.unitsPerDay",
            "inventory.col.averageSales",
            "inventory.col.cover",
            "inventory.col.coverWithInbound",
            "inventory.col.stockOut",
            "inventory.col.lastSafeOrder",
            "inventory.col.order",
            "inventory.col.sixWeeks",
            "inventory.col.eightWeeks",
            "inventory.col.oneAndHalf",
            "inventory.col.leadTime",
            "inventory.col.method");

    private final MessageSource messages;
    private final Locale locale;

    StockWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(String title, List<StockRow> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("inventory.sheet"));
        sheet.value(0, 0, title);
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(1, c, text(HEADERS.get(c)));
            sheet.width(c, c == 3 ? 30 : 12);
        }
        sheet.range(1, 0, 1, HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(2, 2);
        int r = 2;
        for (StockRow row : rows) {
            Object[] values = {
                row.marketplace(),
                row.sku(),
                row.asin(),
                row.productName(),
                row.fbaDay(),
                row.available(),
                row.inboundWorking(),
                row.inboundShipped(),
                row.inboundReceiving(),
                row.reserved(),
                row.unfulfillable(),
                row.ownWarehouse(),
                row.thirdParty(),
                row.position(),
                row.unitsPerDay(),
                row.averageDailySales(),
                row.daysOfCover(),
                row.daysOfCoverWithInbound(),
                row.stockOut(),
                row.lastSafeOrder(),
                row.orderQuantity(),
                row.sixWeeks(),
                row.eightWeeks(),
                row.cycleTimesOneAndHalf(),
                row.leadTimeDays(),
                row.method()
            };
            for (int c = 0; c < values.length; c++) {
                put(sheet, r, c, values[c]);
            }
            r++;
        }
        workbook.finish();
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Integer i) {
            sheet.value(r, c, i);
        } else if (value instanceof Long l) {
            sheet.value(r, c, l);
        } else if (value instanceof BigDecimal d) {
            sheet.value(r, c, d);
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d.toString());
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
