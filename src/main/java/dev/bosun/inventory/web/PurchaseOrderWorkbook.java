package dev.bosun.inventory.web;

import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.Supplier;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** A purchase order as the supplier reads it: order details, then one row per SKU with units and cartons. */
final class PurchaseOrderWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    PurchaseOrderWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(PurchaseOrder order, Supplier supplier, Forwarder forwarder, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet("PO " + order.id());
        int r = 0;
        sheet.value(r, 0, text("inventory.po.title") + " " + order.id());
        sheet.style(r, 0).bold().set();
        r += 2;
        Object[][] header = {
            {"inventory.po.supplier", supplier.name()},
            {"inventory.partner.contact", nz(supplier.contactName())},
            {"inventory.po.status", text("inventory.status." + order.status().code())},
            {
                "inventory.po.orderedOn",
                order.orderedOn() == null ? "" : order.orderedOn().toString()
            },
            {
                "inventory.po.promisedOn",
                order.promisedOn() == null ? "" : order.promisedOn().toString()
            },
            {"inventory.po.destination", "Amazon FBA " + order.marketplace().code()},
            {"inventory.po.forwarder", forwarder == null ? "" : forwarder.name()},
            {"inventory.supplier.paymentTerms", nz(supplier.paymentTerms())}
        };
        for (Object[] h : header) {
            sheet.value(r, 0, text((String) h[0]));
            sheet.value(r, 1, (String) h[1]);
            r++;
        }
        r++;
        String[] columns = {
            "inventory.col.sku", "inventory.po.units", "inventory.supplier.casePack", "inventory.po.cartons"
        };
        for (int c = 0; c < columns.length; c++) {
            sheet.value(r, c, text(columns[c]));
            sheet.width(c, c == 0 ? 24 : 14);
        }
        sheet.range(r, 0, r, columns.length - 1).style().bold().set();
        r++;
        int total = 0;
        for (PurchaseOrder.Line line : order.lines()) {
            sheet.value(r, 0, line.sku());
            sheet.value(r, 1, line.units());
            sheet.value(r, 2, supplier.casePack());
            sheet.value(r, 3, (line.units() + supplier.casePack() - 1) / supplier.casePack());
            total += line.units();
            r++;
        }
        sheet.value(r, 0, text("inventory.po.total"));
        sheet.value(r, 1, total);
        sheet.range(r, 0, r, 1).style().bold().set();
        workbook.finish();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
