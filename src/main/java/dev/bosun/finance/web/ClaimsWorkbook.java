package dev.bosun.finance.web;

import dev.bosun.finance.Claim;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/** The claims ledger as an xlsx workbook: one row per claim, headers and statuses in the reader's language. */
final class ClaimsWorkbook {

    private static final List<String> HEADERS = List.of(
            "claims.col.id",
            "claims.col.kind",
            "claims.col.status",
            "claims.col.marketplace",
            "claims.col.subject",
            "claims.col.order",
            "claims.col.fnsku",
            "claims.col.units",
            "claims.col.event",
            "claims.col.until",
            "claims.col.currency",
            "claims.col.expected",
            "claims.col.reimbursed",
            "claims.col.case",
            "claims.col.reimbursements",
            "claims.col.detected",
            "claims.col.submitted",
            "claims.col.resolved",
            "claims.col.by",
            "claims.col.note");

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    ClaimsWorkbook(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    void write(String accountName, List<Claim> claims, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("claims.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            String header = text(HEADERS.get(c));
            if (c >= 15 && c <= 17) {
                header = header + " (" + zone.getId() + ")";
            }
            sheet.value(0, c, header);
            sheet.width(c, c == 19 ? 40 : 14);
        }
        sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (Claim c : claims) {
            sheet.value(r, 0, c.id());
            sheet.value(r, 1, text("claims.kind." + c.kind().code()));
            sheet.value(r, 2, text("claims.status." + c.status().code()));
            sheet.value(r, 3, c.marketplace() == null ? null : c.marketplace().code());
            sheet.value(r, 4, c.sku());
            sheet.value(r, 5, c.orderId());
            sheet.value(r, 6, c.fnsku());
            if (c.units() != null) {
                sheet.value(r, 7, c.units());
            }
            date(sheet, r, 8, c.eventDate());
            date(sheet, r, 9, c.claimableUntil());
            sheet.value(r, 10, c.currency());
            money(sheet, r, 11, c.amountExpected());
            money(sheet, r, 12, c.amountReimbursed());
            sheet.value(r, 13, c.caseId());
            sheet.value(r, 14, c.reimbursementIds());
            time(sheet, r, 15, c.detectedAt());
            time(sheet, r, 16, c.submittedAt());
            time(sheet, r, 17, c.resolvedAt());
            sheet.value(r, 18, c.updatedBy());
            sheet.value(r, 19, c.note());
            r++;
        }
        sheet.setAutoFilter(0, 0, HEADERS.size() - 1);
        workbook.properties().setTitle(text("claims.title") + " · " + accountName);
        workbook.finish();
    }

    private static void money(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format("#,##0.00").set();
        }
    }

    private static void date(Worksheet sheet, int r, int c, LocalDate day) {
        if (day != null) {
            sheet.value(r, c, day);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        }
    }

    private void time(Worksheet sheet, int r, int c, Instant instant) {
        if (instant != null) {
            sheet.value(r, c, instant.atZone(zone).toLocalDateTime());
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
