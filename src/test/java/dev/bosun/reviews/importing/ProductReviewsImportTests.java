package dev.bosun.reviews.importing;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.lenient;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.reviews.ProductReview;
import dev.bosun.reviews.Reviews;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BosunTest
class ProductReviewsImportTests {

    private static final String TEMPLATE = "import-templates/product-reviews.csv";
    private static final String HEADER =
            "review-id,asin,marketplace,review-date,star-rating,title,review-text,reviewer,verified-purchase,variant\n";

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Reviews reviews;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsTheShippedTemplate() {
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, ImportFixture.resource(dir, TEMPLATE), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("reviews.product-reviews");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.marketplaces()).containsExactly("US");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
        ProductReview review =
                reviews.review(account, Marketplace.US, "R2XK7Q9M3V8LPA").orElseThrow();
        assertThat(review.asin()).isEqualTo("B0C7T31F7Q");
        assertThat(review.reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(review.stars()).isEqualTo(4);
        assertThat(review.title()).isEqualTo("Quiet and easy to set up");
        assertThat(review.text())
                .isEqualTo("Runs quietly in the bedroom. The filter light came on after two months, earlier than I"
                        + " expected.");
        assertThat(review.reviewer()).isEqualTo("Jordan P.");
        assertThat(review.verifiedPurchase()).isTrue();
        assertThat(review.variant()).isEqualTo("XMO-950-BLK");
    }

    @Test
    void readsChineseHeadersAndTheirValues() {
        long account = account(Marketplace.JP);
        String text = "\uFEFF评论编号,ASIN,站点,评论日期,星级,标题,评论内容,评论人,已验证购买,变体\n"
                + "R1JPX0000000A1,b0d1km2000,JP,2026/11/21,5星,とても良い,音が静かで使いやすいです。<script>alert(1)</script>,山田,是,"
                + "KM-200\n"
                + "R1JPX0000000A2,B0D1KM2000,,2026-11-22,2 out of 5 stars,,,,否,\n";
        Path file = ImportFixture.write(dir, "评论.csv", text);

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(reviews.reviewsOf(account, "B0D1KM2000"))
                .extracting(ProductReview::reviewId, ProductReview::stars, ProductReview::verifiedPurchase)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R1JPX0000000A2", 2, false),
                        org.assertj.core.groups.Tuple.tuple("R1JPX0000000A1", 5, true));
        ProductReview first =
                reviews.review(account, Marketplace.JP, "R1JPX0000000A1").orElseThrow();
        assertThat(first.asin()).isEqualTo("B0D1KM2000");
        assertThat(first.reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(first.title()).isEqualTo("とても良い");
        assertThat(first.text()).isEqualTo("音が静かで使いやすいです。<script>alert(1)</script>");
        assertThat(first.reviewer()).isEqualTo("山田");
        assertThat(first.variant()).isEqualTo("KM-200");
        assertThat(reviews.review(account, Marketplace.JP, "R1JPX0000000A2")
                        .orElseThrow()
                        .title())
                .isNull();
    }

    @Test
    void importingAgainChangesNothingAndAnEditedReviewIsUpdated() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.resource(dir, TEMPLATE);
        importOne(imports, account, file, strict());

        ImportResult again = importOne(imports, account, file, strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        Path edited = ImportFixture.write(
                dir,
                "reviews-edited.csv",
                HEADER
                        + "R2XK7Q9M3V8LPA,B0C7T31F7Q,US,2026-11-20,2,Filter light broken,The light never goes off.,"
                        + "Jordan P.,yes,XMO-950-BLK\n"
                        + "R2XK7Q9M3V8LPA,B0C7T31F7Q,CA,2026-11-23,5,Great,Love it,Sam,no,\n");

        ImportResult update = importOne(imports, account, edited, strict());

        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.inserted()).isEqualTo(1); // the same id on another marketplace is another review
        assertThat(stored(account)).isEqualTo(2);
        ProductReview review =
                reviews.review(account, Marketplace.US, "R2XK7Q9M3V8LPA").orElseThrow();
        assertThat(review.stars()).isEqualTo(2);
        assertThat(review.title()).isEqualTo("Filter light broken");
    }

    @Test
    void ratingsOtherThanOneToFiveRefuseTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir,
                "reviews-bad.csv",
                HEADER
                        + "R1,B0C7T31F7Q,US,2026-11-20,5,Good,,,,\n"
                        + "R2,B0C7T31F7Q,US,2026-11-20,6,Too good,,,,\n"
                        + "R3,B0C7T31F7Q,US,2026-11-20,4.5,Half,,,,\n"
                        + "R4,B0C7T31,US,2026-11-20,3,Short ASIN,,,,\n"
                        + "R5,B0C7T31F7Q,US,someday,3,No date,,,maybe,\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.rejected()).isEqualTo(4);
        assertThat(refused.problems())
                .extracting(p -> p.describe("reviews-bad.csv"))
                .containsExactly(
                        "reviews-bad.csv:3:5: (star-rating) expected a star rating from 1 to 5, found \"6\"",
                        "reviews-bad.csv:4:5: (star-rating) expected a star rating from 1 to 5, found \"4.5\"",
                        "reviews-bad.csv:5:2: (asin) expected an ASIN of 10 letters and digits such as B0C7T31F7Q,"
                                + " found \"B0C7T31\"",
                        "reviews-bad.csv:6:4: (review-date) expected a date such as 2026-11-25, 11/25/26, 25.11.2026"
                                + " or 2026/11/25, found \"someday\"",
                        "reviews-bad.csv:6:9: (verified-purchase) expected yes or no (Yes/No, true/false, Y/N),"
                                + " found \"maybe\"");
        assertThat(stored(account)).isZero();

        ImportResult partial = importOne(imports, account, file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(1);
    }

    @Test
    void onlyThisLayoutFitsTheTemplatesHeadersInEitherLanguage() {
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of(HEADER.strip().split(","))))
                .containsExactly("reviews.product-reviews");
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of("评论编号", "ASIN", "站点", "评论日期", "星级", "标题", "评论内容", "评论人", "已验证购买", "变体")))
                .containsExactly("reviews.product-reviews");
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplaces), null)
                .id();
    }

    private long stored(long account) {
        return jdbc.queryForObject("select count(*) from product_reviews where account_id = ?", Long.class, account);
    }
}
