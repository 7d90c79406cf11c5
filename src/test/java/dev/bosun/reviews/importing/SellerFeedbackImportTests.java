package dev.bosun.reviews.importing;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.lenient;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.reviews.BuyerFeedback;
import dev.bosun.reviews.SellerFeedback;
import dev.bosun.reviews.Sentiment;
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
class SellerFeedbackImportTests {

    private static final String TEMPLATE = "import-templates/seller-feedback.csv";
    private static final String HEADER = "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email\n";

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SellerFeedback feedback;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsAmazonsReportWithUsDates() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir,
                "feedback.txt",
                HEADER
                        + "10/20/23\t5\tGreat seller, fast shipping!\t\t113-1234567-1234567\tabc123@marketplace.amazon.com\n"
                        + "1/3/24\t2\tItem arrived late & the box was \"crushed\"\tSorry! We refunded the shipping."
                        + "\t113-7654321-7654321\txyz789@marketplace.amazon.com\n");

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("reviews.seller-feedback");
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2023, 10, 20));
        assertThat(result.periodTo()).isEqualTo(LocalDate.of(2024, 1, 3));
        BuyerFeedback late = feedback.feedbackOn(account, "113-7654321-7654321").get(0);
        assertThat(late.date()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(late.rating()).isEqualTo(2);
        assertThat(late.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(late.comments()).isEqualTo("Item arrived late & the box was \"crushed\"");
        assertThat(late.response()).isEqualTo("Sorry! We refunded the shipping.");
        assertThat(late.raterEmail()).isEqualTo("xyz789@marketplace.amazon.com");
        assertThat(late.marketplace()).isEqualTo(Marketplace.US);
        assertThat(feedback.receivedBetween(account, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31)))
                .extracting(BuyerFeedback::orderId, BuyerFeedback::sentiment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("113-1234567-1234567", Sentiment.POSITIVE));
    }

    @Test
    void readsDatesInTheOrderOfTheMarketplaceGivenOnImport() {
        long account = account(Marketplace.DE, Marketplace.UK);
        long japan = account(Marketplace.JP);
        Path german =
                ImportFixture.write(dir, "feedback-de.txt", HEADER + "05.11.23\t4\tSchnelle Lieferung\t\t302-1\t\n");
        Path japanese = ImportFixture.write(dir, "feedback-jp.txt", HEADER + "23/11/5\t3\t普通です\t\t503-1\t\n");
        Path british = ImportFixture.write(dir, "feedback-uk.txt", HEADER + "5/11/23\t1\tNever arrived\t\t202-1\t\n");

        assertThat(importOne(imports, account, german, ImportFixture.in(Marketplace.DE))
                        .status())
                .isEqualTo("IMPORTED");
        assertThat(importOne(imports, japan, japanese, strict()).status()).isEqualTo("IMPORTED");
        assertThat(importOne(imports, account, british, ImportFixture.in(Marketplace.UK))
                        .status())
                .isEqualTo("IMPORTED");

        assertThat(feedback.feedbackOn(account, "302-1").get(0).date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(feedback.feedbackOn(account, "302-1").get(0).marketplace()).isEqualTo(Marketplace.DE);
        assertThat(feedback.feedbackOn(japan, "503-1").get(0).date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(feedback.feedbackOn(japan, "503-1").get(0).comments()).isEqualTo("普通です");
        assertThat(feedback.feedbackOn(japan, "503-1").get(0).sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(feedback.feedbackOn(account, "202-1").get(0).date()).isEqualTo(LocalDate.of(2023, 11, 5));
    }

    @Test
    void withoutAKnownMarketplaceTheReportIsRefusedWithTheWayOut() {
        long account = account(Marketplace.DE, Marketplace.FR);
        Path file = ImportFixture.write(dir, "feedback.txt", HEADER + "05/11/23\t5\tTop\t\t302-1\t\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.type()).isEqualTo("reviews.seller-feedback");
        assertThat(refused.problems().get(0).message())
                .isEqualTo("expected the marketplace the feedback report is for, since its dates are written in"
                        + " that marketplace's order: import it with --marketplace (e.g. --marketplace DE), found an"
                        + " account selling in DE, FR");
        assertThat(stored(account)).isZero();
    }

    @Test
    void importingAgainChangesNothingAndAChangedRatingOfTheSameDayIsUpdated() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.resource(dir, TEMPLATE);

        ImportResult first = importOne(imports, account, file, strict());
        ImportResult again = importOne(imports, account, file, strict());

        assertThat(first.inserted()).isEqualTo(1);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();

        Path revised = ImportFixture.write(
                dir,
                "feedback-revised.txt",
                HEADER
                        + "11/20/26\t3\tArrived early, but the box was dented.\tThanks for telling us.\t113-4567890-1234567"
                        + "\tk7fq3xzm2wd8v5p@marketplace.amazon.com\n"
                        + "11/28/26\t1\tChanged my mind: stopped working.\t\t113-4567890-1234567"
                        + "\tk7fq3xzm2wd8v5p@marketplace.amazon.com\n");

        ImportResult update = importOne(imports, account, revised, strict());

        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.inserted()).isEqualTo(1); // a revision on a later day is kept as its own row
        assertThat(feedback.feedbackOn(account, "113-4567890-1234567"))
                .extracting(BuyerFeedback::date, BuyerFeedback::rating)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 20), 3),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 28), 1));
    }

    @Test
    void badRatingsAndDatesRefuseTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir,
                "feedback-bad.txt",
                HEADER
                        + "10/20/23\t5\tFine\t\t113-1\t\n"
                        + "10/21/23\tabc\tNo rating\t\t113-2\t\n"
                        + "10/22/23\t0\tZero\t\t113-3\t\n"
                        + "20/10/23\t4\tDay first\t\t113-4\t\n"
                        + "10/23/23\t4\tNo order\t\t\t\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems())
                .extracting(p -> p.describe("feedback-bad.txt"))
                .containsExactly(
                        "feedback-bad.txt:3:2: (Rating) expected a rating from 1 to 5, found \"abc\"",
                        "feedback-bad.txt:4:2: (Rating) expected a rating from 1 to 5, found \"0\"",
                        "feedback-bad.txt:5:1: (Date) expected a date as the US feedback report writes it, e.g."
                                + " 10/20/23 for 20 October 2023, found \"20/10/23\"",
                        "feedback-bad.txt:6:5: (Order ID) expected a value, found an empty cell");
        assertThat(stored(account)).isZero();

        ImportResult partial = importOne(imports, account, file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(1);
    }

    @Test
    void readsTheTemplatesChineseHeaders() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir, "反馈.csv", "\uFEFF日期,评分,评论,您的回复,订单号,评价人邮箱\n2026-11-20,4,\"Good, thanks\",谢谢！,113-9,\n");

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        BuyerFeedback entry = feedback.feedbackOn(account, "113-9").get(0);
        assertThat(entry.comments()).isEqualTo("Good, thanks");
        assertThat(entry.response()).isEqualTo("谢谢！");
        assertThat(entry.rating()).isEqualTo(4);
    }

    @Test
    void theAirbyteSampleIsRecognisedAndItsHeaderEchoRowsRefused() {
        Path sample = ImportFixture.sample("airbyte/GET_SELLER_FEEDBACK_DATA.csv");
        long account = account(Marketplace.US);

        ImportResult result = importOne(imports, account, sample, strict());

        assertThat(result.type()).isEqualTo("reviews.seller-feedback");
        // the synthetic sample echoes the header names as values, with Date = 10/20/23
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.problems())
                .extracting(p -> p.describe("GET_SELLER_FEEDBACK_DATA.csv"))
                .containsExactly(
                        "GET_SELLER_FEEDBACK_DATA.csv:2:2: (Rating) expected a rating from 1 to 5, found \"Rating\"",
                        "GET_SELLER_FEEDBACK_DATA.csv:3:2: (Rating) expected a rating from 1 to 5, found \"Rating\"");
        assertThat(stored(account)).isZero();
    }

    @Test
    void onlyThisLayoutFitsTheReportsHeadersInEitherLanguage() {
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of(HEADER.strip().split("\t"))))
                .containsExactly("reviews.seller-feedback");
        assertThat(ImportFixture.layoutsSatisfiedBy(imports, List.of("日期", "评分", "评论", "您的回复", "订单号", "评价人邮箱")))
                .containsExactly("reviews.seller-feedback");
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplaces), null)
                .id();
    }

    private long stored(long account) {
        return jdbc.queryForObject("select count(*) from seller_feedback where account_id = ?", Long.class, account);
    }
}
