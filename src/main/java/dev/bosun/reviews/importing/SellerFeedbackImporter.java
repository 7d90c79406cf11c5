package dev.bosun.reviews.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.reviews.BuyerFeedback;
import dev.bosun.reviews.SellerFeedback;
import dev.bosun.reviews.domain.FeedbackDates;
import dev.bosun.reviews.domain.StarRating;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Amazon's seller feedback report: one row per feedback, tab separated, Title-Case headers (Date, Rating,
 * Comments, Your Response, Order ID, Rater Email). Its dates are written in the marketplace's own order with a
 * two-digit year ({@link FeedbackDates}), so the marketplace must be known: the one given on import, else the
 * account's only one. Bosun's seller-feedback template has the same columns and also takes Chinese headers.
 */
@Component
class SellerFeedbackImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "reviews.seller-feedback",
            "Seller feedback report",
            List.of("GET_SELLER_FEEDBACK_DATA"),
            List.of(
                    required("date", "日期"),
                    required("rating", "评分"),
                    optional("comments", "评论", "评语"),
                    optional("response", "Your Response", "your-response", "您的回复"),
                    required("order-id", "Order ID", "订单号", "订单编号"),
                    optional("rater-email", "Rater Email", "评价人邮箱")));

    private final SellerFeedback feedback;

    SellerFeedbackImporter(SellerFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Optional<Marketplace> marketplace = context.defaultMarketplace();
        if (marketplace.isEmpty()) {
            content.reject(
                    "marketplace",
                    "the marketplace the feedback report is for, since its dates are written in that marketplace's"
                            + " order: import it with --marketplace (e.g. --marketplace DE)",
                    "an account selling in " + String.join(", ", codes(context)));
            return ImportCounts.NONE;
        }
        SellerFeedback.Recorder recorder = feedback.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            BuyerFeedback entry = read(row, marketplace.get());
            if (entry != null && row.valid()) {
                recorder.add(entry);
                context.coverage().saw(entry.marketplace());
                context.coverage().saw(entry.date());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static BuyerFeedback read(ReportRow row, Marketplace marketplace) {
        String dateText = row.requireText("date");
        Optional<LocalDate> date = FeedbackDates.read(dateText, marketplace);
        if (dateText != null && date.isEmpty()) {
            row.reject(
                    "date",
                    "a date as the " + marketplace.code() + " feedback report writes it, e.g. "
                            + FeedbackDates.example(marketplace) + " for 20 October 2023",
                    "\"" + dateText + "\"");
        }
        String rating = row.requireText("rating");
        OptionalInt stars = StarRating.read(rating);
        if (rating != null && stars.isEmpty()) {
            row.reject("rating", "a rating from 1 to 5", "\"" + rating + "\"");
        }
        String orderId = row.requireText("order-id", 40);
        String email = row.text("rater-email", 320);
        if (!row.valid()) {
            return null;
        }
        return new BuyerFeedback(
                orderId, date.get(), marketplace, stars.getAsInt(), row.text("comments"), row.text("response"), email);
    }

    private static List<String> codes(ImportContext context) {
        return context.accountMarketplaces().stream().map(Marketplace::code).toList();
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("seller_feedback");
    }
}
