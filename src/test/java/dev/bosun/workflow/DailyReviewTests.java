package dev.bosun.workflow;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.sellerPerformance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.ImportFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The engine on real imported data (the order defect rate of a seller performance report): items are created with
 * their evidence, updated on later days instead of duplicated, resolved when the problem goes, reopened when it
 * comes back, and follow the account's own thresholds, switches, dismissals and snoozes.
 */
@BosunTest
@RecordApplicationEvents
class DailyReviewTests {

    static final String ODR = "health.order-defect-rate";
    static final LocalDate D = LocalDate.of(2026, 11, 12);

    @Autowired
    DailyReview review;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    SellerAccount account;
    Fixtures fixtures;

    @BeforeEach
    void account() {
        fixtures = new Fixtures(directory, team, jdbc);
        account = fixtures.account(Marketplace.US);
    }

    void health(LocalDate end, String odr) {
        load(
                imports,
                account.id(),
                file(
                        dir,
                        "performance-" + end + ".json",
                        sellerPerformance(Marketplace.US, end, odr, "0.01", "0.005", "0.99")),
                ImportFixture.strict());
    }

    List<ActionItem> odrItems(LocalDate day, ItemFilter filter) {
        return review.items(account.id(), day, filter).stream()
                .filter(i -> i.ruleId().equals(ODR))
                .toList();
    }

    @Test
    void aProblemBecomesAnItemWithItsEvidenceAndTheSameProblemTomorrowUpdatesIt() {
        health(D.minusDays(2), "0.012");

        ReviewRun run = review.run(account.id(), D);

        assertThat(run.failedRules()).isEmpty();
        List<ActionItem> items = review.items(account.id(), D, ItemFilter.open());
        assertThat(items)
                .as("a healthy late shipment, cancel and tracking rate give no item")
                .extracting(ActionItem::ruleId)
                .containsExactly(ODR);
        ActionItem odr = items.get(0);
        assertThat(odr.key()).isEqualTo(ODR + "/account:US:" + account.id() + "/mfn");
        assertThat(odr.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(odr.area()).isEqualTo(ReviewArea.HEALTH);
        assertThat(odr.role()).isEqualTo(Role.ASSISTANT);
        assertThat(odr.subject()).isEqualTo(Subject.account(account.id(), Marketplace.US));
        assertThat(odr.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(odr.firstSeen()).isEqualTo(D);
        assertThat(odr.timesSeen()).isEqualTo(1);
        assertThat(odr.evidence().headline().value()).isEqualByComparingTo("0.012");
        assertThat(odr.evidence().to()).isEqualTo(D.minusDays(2));
        assertThat(odr.evidence().from()).isEqualTo(D.minusDays(31));
        assertThat(odr.evidence().threshold().relation()).isEqualTo("<");
        assertThat(odr.evidence().threshold().value()).isEqualByComparingTo("0.01");
        assertThat(odr.evidence().threshold().source()).startsWith("ODR < 1 %");
        assertThat(odr.evidence().series().points()).hasSize(1);

        ItemText en = review.text(odr, Locale.ENGLISH);
        assertThat(en.title()).isEqualTo("ODR MFN in US is 1.2 %, at or over the 1 % line");
        assertThat(en.evidence()).contains("Rate: 1.2 %", "Window: 2026-10-12 to 2026-11-10");
        assertThat(en.evidence()).anyMatch(l -> l.startsWith("Line: < 1 % (source: ODR < 1 %"));
        assertThat(en.ruleName()).isEqualTo("Order defect rate");
        ItemText zh = review.text(odr, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.title()).isEqualTo("US 站 ODR MFN 为 1.2 %，已达到或超过 1 % 红线");
        assertThat(zh.action()).contains("账户状况");

        review.run(account.id(), D.plusDays(1));
        review.run(account.id(), D.plusDays(1));

        ActionItem again = review.item(account.id(), odr.id()).orElseThrow();
        assertThat(odrItems(D.plusDays(1), ItemFilter.all()))
                .extracting(ActionItem::id)
                .containsExactly(odr.id());
        assertThat(again.timesSeen())
                .as("a second run of the same date counts once")
                .isEqualTo(2);
        assertThat(again.firstSeen()).isEqualTo(D);
        assertThat(again.lastSeen()).isEqualTo(D.plusDays(1));
        assertThat(review.sightings(account.id(), odr.id())).containsExactly(D, D.plusDays(1));
        assertThat(events.stream(ReviewCompleted.class).filter(e -> e.accountId() == account.id()))
                .extracting(ReviewCompleted::date, ReviewCompleted::created)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(D, 1),
                        org.assertj.core.groups.Tuple.tuple(D.plusDays(1), 0),
                        org.assertj.core.groups.Tuple.tuple(D.plusDays(1), 0));
    }

    @Test
    void anItemThatNoLongerFiresIsResolvedAndOpensAgainWhenTheProblemReturns() {
        health(D.minusDays(2), "0.012");
        review.run(account.id(), D);
        long id = odrItems(D, ItemFilter.open()).get(0).id();

        health(D, "0.002");
        ReviewRun better = review.run(account.id(), D.plusDays(1));

        assertThat(better.resolved()).isEqualTo(1);
        ActionItem resolved = review.item(account.id(), id).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ItemStatus.RESOLVED);
        assertThat(resolved.resolvedOn()).isEqualTo(D.plusDays(1));
        assertThat(odrItems(D.plusDays(1), ItemFilter.open())).isEmpty();
        assertThat(odrItems(D.plusDays(1), ItemFilter.all()))
                .extracting(ActionItem::id)
                .containsExactly(id);
        assertThat(odrItems(D, ItemFilter.all()))
                .as("the earlier date still lists what it found")
                .extracting(ActionItem::id)
                .containsExactly(id);

        health(D.plusDays(2), "0.0105");
        review.run(account.id(), D.plusDays(3));

        ActionItem back = review.item(account.id(), id).orElseThrow();
        assertThat(back.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(back.resolvedOn()).isNull();
        assertThat(back.timesSeen()).isEqualTo(2);
        assertThat(back.evidence().headline().value()).isEqualByComparingTo("0.0105");
        assertThat(back.evidence().series().points())
                .extracting(Evidence.Point::date)
                .containsExactly(D.minusDays(2), D, D.plusDays(2));
    }

    @Test
    void theAccountsOwnThresholdsAndSwitchesApplyFromTheNextRun() {
        health(D.minusDays(2), "0.012");
        review.run(account.id(), D);
        CurrentUser supervisor = fixtures.user(Role.SUPERVISOR, account);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, account);

        assertThatThrownBy(() ->
                        review.configure(account.id(), ODR, true, Map.of("limit", new BigDecimal("0.02")), specialist))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() ->
                        review.configure(account.id(), ODR, true, Map.of("limit", new BigDecimal("0.9")), supervisor))
                .hasMessageContaining("between 0.001 and 0.05");
        assertThatThrownBy(
                        () -> review.configure(account.id(), ODR, true, Map.of("nonsense", BigDecimal.ONE), supervisor))
                .hasMessageContaining("no threshold 'nonsense'");
        assertThatThrownBy(() -> review.configure(account.id(), "no.such-rule", true, Map.of(), supervisor))
                .hasMessageContaining("no review rule 'no.such-rule'");

        review.configure(
                account.id(),
                ODR,
                true,
                Map.of("limit", new BigDecimal("0.02"), "warn-at", new BigDecimal("0.015")),
                supervisor);
        review.run(account.id(), D.plusDays(1));

        assertThat(odrItems(D.plusDays(1), ItemFilter.open())).isEmpty();
        RuleSetting setting = review.rules(account.id()).stream()
                .filter(r -> r.ruleId().equals(ODR))
                .findFirst()
                .orElseThrow();
        assertThat(setting.value("limit")).isEqualByComparingTo("0.02");
        assertThat(setting.value("horizon-days")).isEqualByComparingTo("14");

        review.configure(account.id(), ODR, true, Map.of("limit", new BigDecimal("0.011")), supervisor);
        review.run(account.id(), D.plusDays(2));
        ActionItem own = odrItems(D.plusDays(2), ItemFilter.open()).get(0);
        assertThat(own.evidence().threshold().value()).isEqualByComparingTo("0.011");
        assertThat(own.evidence().threshold().source()).startsWith("account setting; default 0.01: ODR < 1 %");

        review.configure(account.id(), ODR, false, Map.of(), supervisor);
        review.run(account.id(), D.plusDays(3));
        assertThat(odrItems(D.plusDays(3), ItemFilter.open())).isEmpty();
        assertThat(review.rules(account.id()).stream().filter(r -> r.ruleId().equals(ODR)))
                .extracting(RuleSetting::enabled)
                .containsExactly(false);
    }

    @Test
    void dismissedItemsStayAsideAndSnoozedOnesComeBackOnTheirDate() {
        health(D.minusDays(2), "0.012");
        review.run(account.id(), D);
        long id = odrItems(D, ItemFilter.open()).get(0).id();

        assertThat(review.snooze(account.id(), id, D.plusDays(2))).isTrue();
        review.run(account.id(), D.plusDays(1));
        assertThat(review.item(account.id(), id).orElseThrow().status()).isEqualTo(ItemStatus.SNOOZED);
        review.run(account.id(), D.plusDays(2));
        assertThat(review.item(account.id(), id).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);

        assertThat(review.dismiss(account.id(), id)).isTrue();
        review.run(account.id(), D.plusDays(3));
        ActionItem dismissed = review.item(account.id(), id).orElseThrow();
        assertThat(dismissed.status()).isEqualTo(ItemStatus.DISMISSED);
        assertThat(dismissed.timesSeen()).isEqualTo(4);

        SellerAccount other = fixtures.account(Marketplace.US);
        assertThat(review.dismiss(other.id(), id)).as("another account's item").isFalse();
        assertThat(review.item(other.id(), id)).isEmpty();
    }

    @Test
    void anAccountWithoutDataHasAnEmptyReviewAndUnknownAccountsAreRefused() {
        ReviewRun run = review.run(account.id(), D);

        assertThat(run.found()).isZero();
        assertThat(run.failedRules()).isEmpty();
        assertThat(review.items(account.id(), D, ItemFilter.all())).isEmpty();
        assertThat(review.latestRun(account.id())).map(ReviewRun::date).contains(D);
        assertThatThrownBy(() -> review.run(-5, D)).hasMessageContaining("no seller account -5");
    }
}
