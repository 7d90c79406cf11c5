package dev.bosun.workflow.oplog;

import dev.bosun.workflow.LoggedOperation;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The operations log as an xlsx workbook: a header row in the reader's language, one row per entry, real date-time
 * cells in the reader's zone, before/after values as {@code name: value} lines, an auto-filter over the table.
 */
public final class OperationsWorkbook {

    private static final List<String> HEADERS = List.of(
            "oplog.col.when",
            "oplog.col.who",
            "oplog.col.type",
            "oplog.col.byHand",
            "oplog.col.channel",
            "oplog.col.subjectType",
            "oplog.col.subject",
            "oplog.col.what",
            "oplog.col.before",
            "oplog.col.after",
            "oplog.col.note",
            "oplog.col.task",
            "oplog.col.approval",
            "oplog.col.recorded");

    private static final double[] WIDTHS = {17, 18, 22, 8, 14, 10, 18, 48, 28, 28, 30, 8, 9, 17};

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    public OperationsWorkbook(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    public void write(
            String accountName, List<LoggedOperation> rows, Function<String, String> typeLabel, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("oplog.sheet"));
        for (int c = 0; c < HEADERS.size(); c++) {
            String header = text(HEADERS.get(c));
            if (c == 0 || c == HEADERS.size() - 1) {
                header = header + " (" + zone.getId() + ")";
            }
            sheet.value(0, c, header);
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (LoggedOperation op : rows) {
            sheet.value(r, 0, op.occurredAt().atZone(zone).toLocalDateTime());
            sheet.style(r, 0).format("yyyy-mm-dd hh:mm").set();
            sheet.value(r, 1, op.userName());
            sheet.value(r, 2, typeLabel.apply(op.type()));
            sheet.value(r, 3, text(op.byHand() ? "oplog.yes" : "oplog.no"));
            sheet.value(r, 4, op.channel());
            sheet.value(r, 5, op.subjectType());
            sheet.value(r, 6, op.subjectId());
            sheet.value(r, 7, op.summary());
            sheet.value(r, 8, lines(op.before()));
            sheet.value(r, 9, lines(op.after()));
            sheet.value(r, 10, op.note());
            if (op.taskId() != null) {
                sheet.value(r, 11, op.taskId());
            }
            if (op.approvalId() != null) {
                sheet.value(r, 12, op.approvalId());
            }
            sheet.value(r, 13, op.recordedAt().atZone(zone).toLocalDateTime());
            sheet.style(r, 13).format("yyyy-mm-dd hh:mm").set();
            r++;
        }
        sheet.setAutoFilter(0, 0, HEADERS.size() - 1);
        workbook.properties().setTitle(text("oplog.title") + " · " + accountName);
        workbook.finish();
    }

    private static String lines(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
