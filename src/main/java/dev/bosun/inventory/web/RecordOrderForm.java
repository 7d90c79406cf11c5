package dev.bosun.inventory.web;

import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.RecordedOrder;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The form that records a purchase order placed outside Bosun, as typed: the order's fields and up to {@link
 * #ROWS} line rows (blank rows are skipped). {@link #order} turns it into a {@link RecordedOrder} or names the field
 * at fault.
 */
record RecordOrderForm(
        String supplierId,
        String forwarderId,
        String marketplace,
        String orderedOn,
        String promisedOn,
        String readyOn,
        String shippedOn,
        String currency,
        String note,
        List<String> sku,
        List<String> units,
        List<String> unitCost) {

    static final int ROWS = 8;

    RecordOrderForm {
        sku = padded(sku);
        units = padded(units);
        unitCost = padded(unitCost);
    }

    static RecordOrderForm empty(String marketplace) {
        return new RecordOrderForm(null, null, marketplace, null, null, null, null, null, null, null, null, null);
    }

    RecordedOrder order() {
        List<RecordedOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < sku.size(); i++) {
            boolean blank = blank(sku.get(i)) && blank(units.get(i)) && blank(unitCost.get(i));
            if (blank) {
                continue;
            }
            lines.add(new RecordedOrder.Line(
                    sku.get(i),
                    PartnerForms.whole("units", units.get(i), 0),
                    PartnerForms.optional("unitCost", unitCost.get(i))));
        }
        return new RecordedOrder(
                id("supplier", supplierId),
                id("forwarder", forwarderId),
                Marketplace.find(marketplace == null ? "" : marketplace.strip()).orElse(null),
                day("orderedOn", orderedOn),
                day("promisedOn", promisedOn),
                day("readyOn", readyOn),
                day("shippedOn", shippedOn),
                currency,
                note,
                lines);
    }

    static LocalDate day(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InventoryInputException(field, "inventory.error.day", "a day such as 2026-11-25: " + text);
        }
    }

    private static Long id(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InventoryInputException(field, "inventory.error." + field, "an id of the account");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> padded(List<String> values) {
        List<String> rows = new ArrayList<>(values == null ? List.of() : values);
        while (rows.size() < ROWS) {
            rows.add("");
        }
        return rows;
    }
}
