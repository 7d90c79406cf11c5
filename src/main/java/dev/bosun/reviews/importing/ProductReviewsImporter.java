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
import dev.bosun.reviews.ProductReview;
import dev.bosun.reviews.Reviews;
import dev.bosun.reviews.domain.StarRating;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Bosun's product-reviews template ({@code import-templates/product-reviews.csv}, documented in
 * {@code docs/import-templates.md}): Amazon offers sellers no export of their reviews, so teams copy them into
 * this sheet. Headers in English or Chinese; star ratings must be whole numbers from 1 to 5.
 */
@Component
class ProductReviewsImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "reviews.product-reviews",
            "Product reviews (Bosun template)",
            List.of(),
            List.of(
                    required("review-id", "review id", "评论编号", "评论ID"),
                    required("asin", "ASIN"),
                    optional("marketplace", "站点"),
                    required("review-date", "review date", "评论日期"),
                    required("star-rating", "star rating", "stars", "星级"),
                    optional("title", "标题"),
                    optional("review-text", "review text", "评论内容"),
                    optional("reviewer", "评论人"),
                    optional("verified-purchase", "verified purchase", "已验证购买"),
                    optional("variant", "variant/SKU", "变体", "变体/SKU")));

    private final Reviews reviews;

    ProductReviewsImporter(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Reviews.Recorder recorder = reviews.recorder(context.accountId(), context.batchId());
        for (ReportRow row : content.rows()) {
            ProductReview review = read(row, context);
            if (review != null && row.valid()) {
                recorder.add(review);
                context.coverage().saw(review.marketplace());
                context.coverage().saw(review.reviewedOn());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static ProductReview read(ReportRow row, ImportContext context) {
        String id = row.requireText("review-id", 80);
        String asin = row.requireText("asin");
        if (asin != null) {
            asin = asin.toUpperCase(Locale.ROOT);
            if (!asin.matches("[A-Z0-9]{10}")) {
                row.reject(
                        "asin", "an ASIN of 10 letters and digits such as B0C7T31F7Q", "\"" + row.text("asin") + "\"");
            }
        }
        Marketplace marketplace = context.marketplaceOf(row, "marketplace");
        LocalDate date = row.requireDate("review-date");
        String rating = row.requireText("star-rating");
        OptionalInt stars = StarRating.read(rating);
        if (rating != null && stars.isEmpty()) {
            row.reject("star-rating", "a star rating from 1 to 5", "\"" + rating + "\"");
        }
        String title = row.text("title", 1000);
        String reviewer = row.text("reviewer", 200);
        Boolean verified = row.bool("verified-purchase");
        String variant = row.text("variant", 400);
        if (!row.valid()) {
            return null;
        }
        return new ProductReview(
                marketplace,
                id,
                asin,
                date,
                stars.getAsInt(),
                title,
                row.text("review-text"),
                reviewer,
                verified,
                variant);
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("product_reviews");
    }
}
