package dev.bosun.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ReviewRun;
import java.util.List;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The morning review is a JobRunr recurring job per account at 06:00 in its first marketplace's zone. */
@BosunTest
class MorningReviewTests {

    @Autowired
    MorningReview morning;

    @Autowired
    DailyReview review;

    @Autowired
    AccountDirectory directory;

    @Autowired
    StorageProvider jobs;

    @Test
    void everyAccountGetsItsMorningJobInItsMarketplacesZoneAndTheJobRunsTodaysReview() {
        SellerAccount tokyo = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Morning JP"), List.of(Marketplace.JP), null);
        SellerAccount berlin = directory.create(
                directory.defaultOrganisation(),
                TestDatabase.unique("Morning EU"),
                List.of(Marketplace.DE, Marketplace.UK),
                null);

        morning.register();

        assertThat(job("daily-review-" + tokyo.id()).getZoneId()).isEqualTo("Asia/Tokyo");
        assertThat(job("daily-review-" + tokyo.id()).getScheduleExpression()).isEqualTo("0 6 * * *");
        assertThat(job("daily-review-" + berlin.id()).getZoneId())
                .as("the zone of the account's first marketplace")
                .isEqualTo(berlin.primaryMarketplace().zone().getId())
                .isIn("Europe/Berlin", "Europe/London");
        assertThat(job("daily-review-schedule").getScheduleExpression())
                .as("the hourly job that picks up new accounts")
                .isEqualTo("PT1H");

        morning.runToday(tokyo.id());

        assertThat(review.latestRun(tokyo.id())).map(ReviewRun::date).contains(review.today(tokyo.id()));
    }

    private RecurringJob job(String id) {
        return jobs.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recurring job " + id));
    }
}
