package dev.bosun.reviews.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.SubjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Product reviews imported from Bosun's template become negative-burst items when bad reviews bunch up. */
@BosunTest
class NegativeReviewBurstTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final String HEADER = "review-id,asin,marketplace,review-date,star-rating,title,review-text,reviewer,"
            + "verified-purchase,variant\n";

    @Autowired
    DailyReview review;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @TempDir
    Path dir;

    long account() {
        return directory
                .create(
                        directory.defaultOrganisation(),
                        TestDatabase.unique("Reviews"),
                        List.of(Marketplace.US, Marketplace.CA),
                        null)
                .id();
    }

    static String review(String id, String asin, Marketplace marketplace, LocalDate day, int stars, String title) {
        return id + "," + asin + "," + marketplace.code() + "," + day + "," + stars + ",\"" + title
                + "\",\"text\",Buyer,yes,\n";
    }

    List<ActionItem> items(long account) {
        return review.items(account, D, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals("reviews.negative-burst"))
                .toList();
    }

    @Test
    void badReviewsBunchingUpOnAnAsinAreAnItemNamingThem() {
        long account = account();
        StringBuilder text = new StringBuilder(HEADER);
        // the kettle: good reviews for months, then three bad ones this week (one on the review date itself)
        for (int i = 0; i < 12; i++) {
            text.append(review("RK" + i, "B0KETTLE01", Marketplace.US, D.minusDays(10 + 7 * i), 5, "Great"));
        }
        text.append(review("RK-B1", "B0KETTLE01", Marketplace.US, D.minusDays(3), 1, "Leaks <b>water</b>"));
        text.append(review("RK-B2", "B0KETTLE01", Marketplace.US, D.minusDays(1), 2, "Handle got loose"));
        text.append(review("RK-B3", "B0KETTLE01", Marketplace.US, D, 1, "Stopped working"));
        text.append(review("RK-G", "B0KETTLE01", Marketplace.US, D.minusDays(2), 4, "Fine"));
        // the mug always gets a bad review now and then: two this week are its usual share
        for (int i = 0; i < 26; i++) {
            text.append(
                    review("RM" + i, "B0MUG00001", Marketplace.US, D.minusDays(8 + 3 * i), i % 2 == 0 ? 1 : 5, "Meh"));
        }
        text.append(review("RM-B1", "B0MUG00001", Marketplace.US, D.minusDays(2), 2, "Chipped"));
        text.append(review("RM-B2", "B0MUG00001", Marketplace.US, D.minusDays(4), 1, "Chipped too"));
        // the lamp: one bad review is not a burst; the bad reviews of 9 days ago are outside the window
        text.append(review("RL-1", "B0LAMP0001", Marketplace.US, D.minusDays(1), 1, "Dim"));
        text.append(review("RL-2", "B0LAMP0001", Marketplace.US, D.minusDays(9), 1, "Dim"));
        text.append(review("RL-3", "B0LAMP0001", Marketplace.US, D.minusDays(9), 2, "Dim"));
        // the kettle in Canada is a separate subject, with only one bad review
        text.append(review("RC-1", "B0KETTLE01", Marketplace.CA, D.minusDays(1), 1, "Leaks"));
        load(imports, account, file(dir, "product-reviews.csv", text.toString()), ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account);
        assertThat(items).hasSize(1);
        ActionItem kettle = items.get(0);
        assertThat(kettle.area()).isEqualTo(ReviewArea.REVIEWS);
        assertThat(kettle.severity()).isEqualTo(Severity.WARNING);
        assertThat(kettle.subject().type()).isEqualTo(SubjectType.ASIN);
        assertThat(kettle.subject().id()).isEqualTo("B0KETTLE01");
        assertThat(kettle.subject().marketplace()).isEqualTo(Marketplace.US);
        assertThat(kettle.evidence().headline().value()).isEqualByComparingTo("3");
        assertThat(kettle.evidence().checks())
                .extracting(Evidence.Check::detail)
                .containsExactly(
                        D + " · 1★ · Stopped working",
                        D.minusDays(1) + " · 2★ · Handle got loose",
                        D.minusDays(3) + " · 1★ · Leaks <b>water</b>");
        assertThat(review.text(kettle, Locale.ENGLISH).title())
                .isEqualTo("B0KETTLE01 in US: 3 one- and two-star reviews in 7 days (0 in the 90 days before)");
        assertThat(review.text(kettle, Locale.SIMPLIFIED_CHINESE).title())
                .isEqualTo("B0KETTLE01（US 站）：7 天内 3 条一星和二星评论（之前 90 天共 0 条）");
    }

    @Test
    void fiveBadReviewsInAWeekAreCritical() {
        long account = account();
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            text.append(review("RB" + i, "B0BLENDER1", Marketplace.US, D.minusDays(i), 1, "Broken"));
        }
        load(imports, account, file(dir, "product-reviews.csv", text.toString()), ImportFixture.strict());

        review.run(account, D);

        assertThat(items(account))
                .singleElement()
                .extracting(ActionItem::severity)
                .isEqualTo(Severity.CRITICAL);
        review.run(account, D.plusDays(8));
        assertThat(review.items(account, D.plusDays(8), ItemFilter.open()).stream()
                        .filter(i -> i.ruleId().equals("reviews.negative-burst")))
                .as("a week later the burst is history")
                .isEmpty();
    }
}
