package dev.bosun.orders.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.orders.BuyerMessage;
import dev.bosun.orders.BuyerMessages;
import dev.bosun.orders.domain.WallClockTime;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Bosun's buyer-messages template ({@code import-templates/buyer-messages.csv}, documented in
 * {@code docs/import-templates.md}): Amazon offers no export of buyer-seller messages, so teams copy them into
 * this sheet. Headers in English or Chinese; times with an offset, or wall-clock times of the row's marketplace.
 */
@Component
class BuyerMessagesImporter implements ReportImporter {

    private static final String TIME_EXAMPLE = "a date and time such as 2026-11-25 14:30 or 2026-11-25T14:30:00+01:00";

    static final ReportLayout LAYOUT = ReportLayout.table(
            "orders.buyer-messages",
            "Buyer messages (Bosun template)",
            List.of(),
            List.of(
                    required("message-id", "message id", "消息编号", "消息ID"),
                    required("received-at", "received at", "接收时间", "收到时间"),
                    optional("order-id", "order id", "订单号", "订单编号"),
                    optional("buyer-name", "buyer name", "买家姓名", "买家"),
                    optional("subject", "主题"),
                    required("message-text", "message text", "消息内容"),
                    optional("answered-at", "answered at", "回复时间"),
                    optional("answered-by", "answered by", "回复人"),
                    optional("marketplace", "站点")));

    private final BuyerMessages messages;

    BuyerMessagesImporter(BuyerMessages messages) {
        this.messages = messages;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        BuyerMessages.Recorder recorder = messages.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            BuyerMessage message = read(row, context);
            if (message != null && row.valid()) {
                recorder.add(message);
                context.coverage().saw(message.marketplace());
                context.coverage()
                        .saw(message.receivedAt()
                                .atZone(message.marketplace().zone())
                                .toLocalDate());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static BuyerMessage read(ReportRow row, ImportContext context) {
        String id = row.requireText("message-id", 120);
        Marketplace marketplace = context.marketplaceOf(row, "marketplace");
        Instant received = null;
        Instant answered = null;
        if (marketplace != null) {
            received = time(row, "received-at", marketplace);
            if (received == null && row.text("received-at") == null) {
                row.reject("received-at", TIME_EXAMPLE, "an empty cell");
            }
            answered = time(row, "answered-at", marketplace);
            if (received != null && answered != null && answered.isBefore(received)) {
                row.reject(
                        "answered-at",
                        "a time after the message was received (" + row.text("received-at") + ")",
                        "\"" + row.text("answered-at") + "\"");
            }
        }
        BuyerMessage message = new BuyerMessage(
                id,
                marketplace,
                received,
                row.text("order-id", 40),
                row.text("buyer-name", 200),
                row.text("subject", 1000),
                row.text("message-text"),
                answered,
                row.text("answered-by", 200));
        return row.valid() ? message : null;
    }

    private static Instant time(ReportRow row, String column, Marketplace marketplace) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        Optional<Instant> time = WallClockTime.read(text, marketplace.zone());
        if (time.isEmpty()) {
            row.reject(column, TIME_EXAMPLE, "\"" + text + "\"");
        }
        return time.orElse(null);
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("buyer_messages");
    }
}
