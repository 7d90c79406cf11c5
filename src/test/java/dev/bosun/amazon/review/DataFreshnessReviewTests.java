package dev.bosun.amazon.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.SubjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A report imported every day that stops arriving becomes an item naming the report and the last day of data. */
@BosunTest
class DataFreshnessReviewTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

    @Autowired
    DailyReview review;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @TempDir
    Path dir;

    @Test
    void aDailyReportThatStoppedIsAnItemUntilItArrivesAgain() {
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Fresh"), List.of(Marketplace.US), null)
                .id();
        for (int day = 10; day >= 5; day--) {
            LocalDate date = D.minusDays(day);
            load(
                    imports,
                    account,
                    file(
                            dir,
                            "inventory-" + date + ".txt",
                            ReviewFixtures.INVENTORY_HEADER
                                    + ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 50 - day, 0)),
                    on(date));
        }

        review.run(account, D.minusDays(6));
        assertThat(items(account, D.minusDays(6)))
                .as("on time the day after the last file")
                .isEmpty();

        review.run(account, D);
        List<ActionItem> items = items(account, D);
        assertThat(items).hasSize(1);
        ActionItem late = items.get(0);
        assertThat(late.area()).isEqualTo(ReviewArea.DATA);
        assertThat(late.subject().type()).isEqualTo(SubjectType.REPORT);
        assertThat(late.subject().id()).isEqualTo("inventory.manage-inventory");
        assertThat(review.text(late, Locale.ENGLISH).title())
                .startsWith("No ")
                .endsWith(" since 2026-11-15 (5 days ago; it usually comes every 1 days)");
        assertThat(review.text(late, Locale.SIMPLIFIED_CHINESE).title()).contains("2026-11-15 之后没有");

        load(
                imports,
                account,
                file(
                        dir,
                        "inventory-new.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("MUG-1", "B0MUG00001", "9.99", 30, 0)),
                on(D.minusDays(1)));
        review.run(account, D);
        assertThat(items(account, D)).isEmpty();
    }

    private List<ActionItem> items(long account, LocalDate day) {
        return review.items(account, day, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals("amazon.data-freshness"))
                .toList();
    }
}
