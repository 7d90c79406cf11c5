package dev.bosun.health.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.sellerPerformance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import dev.bosun.workflow.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Seller performance reports imported over three weeks become health items: beyond, close to or heading for the line. */
@BosunTest
class HealthReviewTests {

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
    void ratesBeyondCloseToAndHeadingForTheirLinesAreFoundInEachMarketplace() {
        long account = directory
                .create(
                        directory.defaultOrganisation(),
                        TestDatabase.unique("Health"),
                        List.of(Marketplace.US, Marketplace.CA),
                        null)
                .id();
        // late shipments climb 0.5 % → 1.4 % → 2.3 % a week apart: the 4 % line in about two weeks
        String[][] weeks = {
            {"0.002", "0.005", "0.005", "0.99"},
            {"0.002", "0.014", "0.005", "0.97"},
            {"0.002", "0.023", "0.005", "0.955"}
        };
        for (int i = 0; i < weeks.length; i++) {
            LocalDate end = D.minusDays(15 - 7L * i);
            String[] w = weeks[i];
            load(
                    imports,
                    account,
                    file(dir, "us-" + i + ".json", sellerPerformance(Marketplace.US, end, w[0], w[1], w[2], w[3])),
                    ImportFixture.strict());
        }
        load(
                imports,
                account,
                file(
                        dir,
                        "ca.json",
                        sellerPerformance(Marketplace.CA, D.minusDays(1), "0.002", "0.01", "0.03", "0.99")),
                ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = review.items(account, D, ItemFilter.open());
        assertThat(items)
                .extracting(i -> i.ruleId(), i -> i.subject().marketplace(), ActionItem::severity)
                .containsExactly(
                        tuple("health.pre-fulfilment-cancel", Marketplace.CA, Severity.CRITICAL),
                        tuple("health.late-shipment", Marketplace.US, Severity.WARNING),
                        tuple("health.valid-tracking", Marketplace.US, Severity.WARNING));
        ActionItem late = items.get(1);
        assertThat(review.text(late, Locale.ENGLISH).title())
                .isEqualTo("Late shipment rate in US is 2.3 % and rising: the 4 % line in about 14 days");
        assertThat(late.evidence().figures())
                .extracting(Evidence.Figure::key)
                .contains("rate", "projected", "days-to-line", "amazon-target");
        assertThat(late.evidence().series().points())
                .extracting(Evidence.Point::date)
                .containsExactly(D.minusDays(15), D.minusDays(8), D.minusDays(1));
        ActionItem tracking = items.get(2);
        assertThat(review.text(tracking, Locale.ENGLISH).title())
                .isEqualTo("Valid tracking rate in US is 95.5 %, close to the 95 % line");
        assertThat(tracking.evidence().threshold().relation()).isEqualTo(">");

        assertThat(review.items(account, D.minusDays(10), ItemFilter.all()))
                .as("nothing was reviewed on that date")
                .isEmpty();
        review.run(account, D.minusDays(10));
        assertThat(review.items(account, D.minusDays(10), ItemFilter.open()))
                .as("a review of an earlier date reads only the reports of that time")
                .isEmpty();
    }
}
