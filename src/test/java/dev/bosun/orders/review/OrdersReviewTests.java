package dev.bosun.orders.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.ReviewFixtures;
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

/** Orders, FBA returns and buyer messages imported from report files become return-spike and message items. */
@BosunTest
class OrdersReviewTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

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
                .create(directory.defaultOrganisation(), TestDatabase.unique("Orders"), List.of(Marketplace.US), null)
                .id();
    }

    List<ActionItem> items(long account, String rule) {
        return review.items(account, D, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals(rule))
                .toList();
    }

    @Test
    void aSkuWithManyReturnsIsAnItemWithItsDominantReason() {
        long account = account();
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int i = 0; i < 40; i++) {
            String day = D.minusDays(1 + i % 25) + "T15:00:00+00:00";
            orders.append(ReviewFixtures.orderLine("111-" + i, day, "PAN-12", "B0PAN00012", 1, "USD", "25.00"));
            orders.append(ReviewFixtures.orderLine("112-" + i, day, "LID-12", "B0LID00012", 1, "USD", "8.00"));
        }
        load(imports, account, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        StringBuilder returns = new StringBuilder(ReviewFixtures.RETURNS_HEADER);
        String[] reasons = {
            "DEFECTIVE",
            "DEFECTIVE",
            "DEFECTIVE",
            "DEFECTIVE",
            "DEFECTIVE",
            "DEFECTIVE",
            "UNWANTED_ITEM",
            "UNWANTED_ITEM",
            "UNWANTED_ITEM"
        };
        for (int i = 0; i < reasons.length; i++) {
            returns.append(ReviewFixtures.returnLine(
                    D.minusDays(2 + i) + "T10:00:00+00:00", "111-" + i, "PAN-12", "B0PAN00012", reasons[i], "LPN" + i));
        }
        returns.append(ReviewFixtures.returnLine(
                D.minusDays(3) + "T10:00:00+00:00", "112-1", "LID-12", "B0LID00012", "DEFECTIVE", "LPN-L1"));
        returns.append(ReviewFixtures.returnLine(
                D.minusDays(4) + "T10:00:00+00:00", "112-2", "LID-12", "B0LID00012", "DEFECTIVE", "LPN-L2"));
        returns.append(ReviewFixtures.returnLine(
                D.minusDays(45) + "T10:00:00+00:00", "110-9", "PAN-12", "B0PAN00012", "DEFECTIVE", "LPN-OLD"));
        load(imports, account, file(dir, "returns.tsv", returns.toString()), ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account, "orders.return-spike");
        assertThat(items).as("LID-12 has too few returns to count").hasSize(1);
        ActionItem pan = items.get(0);
        assertThat(pan.area()).isEqualTo(ReviewArea.ORDERS);
        assertThat(pan.severity())
                .as("a new SKU, 22.5 % returned: over twice the limit")
                .isEqualTo(Severity.CRITICAL);
        assertThat(pan.subject().type()).isEqualTo(SubjectType.SKU);
        assertThat(pan.subject().id()).isEqualTo("PAN-12");
        assertThat(pan.subject().asin()).isEqualTo("B0PAN00012");
        assertThat(pan.subject().marketplace()).isEqualTo(Marketplace.US);
        assertThat(pan.atStake()).hasToString("225.00 USD");
        assertThat(pan.evidence().headline().value()).isEqualByComparingTo("0.225");
        assertThat(pan.evidence().checks())
                .extracting(Evidence.Check::detail)
                .first()
                .asString()
                .startsWith("DEFECTIVE (Item defective or does not work): 6");
        assertThat(review.text(pan, Locale.ENGLISH).title())
                .isEqualTo("PAN-12: 22.5 % returned in 30 days (9 of 40 units), top reason DEFECTIVE (66.67 %)");
        assertThat(review.text(pan, Locale.ENGLISH).action()).contains("sourcing and QC");
    }

    @Test
    void buyerMessagesWaitingPastTheAnswerTimeAreAnItemWithTheShareAnsweredInTime() {
        long account = account();
        String text = ReviewFixtures.MESSAGES_HEADER
                + ReviewFixtures.message("M-1", D.minusDays(3) + " 09:00", D.minusDays(3) + " 11:00", Marketplace.US)
                + ReviewFixtures.message("M-2", D.minusDays(2) + " 10:00", "", Marketplace.US)
                + ReviewFixtures.message("M-3", D + " 20:00", "", Marketplace.US)
                + ReviewFixtures.message("M-4", D.minusDays(1) + " 08:00", D.plusDays(3) + " 08:00", Marketplace.US);
        load(imports, account, file(dir, "messages.csv", text), ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account, "orders.buyer-messages");
        assertThat(items).hasSize(1);
        ActionItem waiting = items.get(0);
        assertThat(waiting.area()).isEqualTo(ReviewArea.MESSAGES);
        assertThat(waiting.severity())
                .as("a buyer waited over 48 hours and under 90 % were answered in time")
                .isEqualTo(Severity.CRITICAL);
        assertThat(waiting.evidence().figures())
                .extracting(
                        Evidence.Figure::key,
                        f -> f.value().stripTrailingZeros().toPlainString())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("overdue-messages", "2"),
                        org.assertj.core.groups.Tuple.tuple("oldest-wait-hours", "62"),
                        org.assertj.core.groups.Tuple.tuple("messages-due", "3"),
                        org.assertj.core.groups.Tuple.tuple("answered-in-time", "1"));
        assertThat(review.text(waiting, Locale.ENGLISH).title())
                .isEqualTo("US: 2 buyer messages waiting over 24 h (longest 62 h); 33.33 % answered within 24 h"
                        + " over 7 days, goal 90 %");
    }
}
