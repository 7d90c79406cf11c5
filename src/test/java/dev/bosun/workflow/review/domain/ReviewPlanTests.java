package dev.bosun.workflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewPlanTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static KeyedFinding finding(String rule, String asin) {
        return KeyedFinding.of(
                rule,
                new Finding(
                        Subject.asin(asin, null, Marketplace.US),
                        "",
                        Severity.WARNING,
                        MessageText.of("t"),
                        Evidence.of(DAY, DAY, List.of(), null),
                        MessageText.of("a"),
                        null));
    }

    static KnownItem known(long id, String rule, String asin, ItemStatus status, LocalDate lastSeen, LocalDate until) {
        return new KnownItem(
                id,
                finding(rule, asin).key(),
                rule,
                status,
                lastSeen.minusDays(3),
                lastSeen,
                until,
                status == ItemStatus.RESOLVED ? lastSeen.plusDays(1) : null);
    }

    @Test
    void theKeyNamesRuleSubjectAndVariant() {
        assertThat(finding("catalog.sales-drop", "B000000001").key())
                .isEqualTo("catalog.sales-drop/asin:US:B000000001");
        Finding withVariant = new Finding(
                Subject.account(12, Marketplace.DE),
                "mfn",
                Severity.CRITICAL,
                MessageText.of("t"),
                Evidence.of(null, DAY, List.of(), null),
                MessageText.of("a"),
                null);
        assertThat(KeyedFinding.of("health.order-defect-rate", withVariant).key())
                .isEqualTo("health.order-defect-rate/account:DE:12/mfn");
    }

    @Test
    void newFindingsAreCreatedKnownOnesRefreshedAndTheRestResolved() {
        List<KnownItem> known = List.of(
                known(1, "r", "A1", ItemStatus.OPEN, DAY.minusDays(1), null),
                known(2, "r", "A2", ItemStatus.OPEN, DAY.minusDays(1), null),
                known(3, "failing", "A3", ItemStatus.OPEN, DAY.minusDays(1), null),
                known(4, "r", "A4", ItemStatus.RESOLVED, DAY.minusDays(5), null));

        ReviewPlan plan = ReviewPlan.of(
                DAY, List.of(finding("r", "A1"), finding("r", "A9"), finding("r", "A9")), known, Set.of("failing"));

        assertThat(plan.created()).extracting(KeyedFinding::key).containsExactly("r/asin:US:A9");
        assertThat(plan.refreshed())
                .extracting(ReviewPlan.Refresh::id, ReviewPlan.Refresh::status, ReviewPlan.Refresh::replaceEvidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, ItemStatus.OPEN, true));
        assertThat(plan.resolved()).containsExactly(2L);
    }

    @ParameterizedTest(name = "{0} item found on the review date → {2}")
    @CsvSource(textBlock = """
            # status before, snoozed until (days after the review date), status after
            OPEN,      ,   OPEN
            RESOLVED,  ,   OPEN
            DISMISSED, ,   DISMISSED
            SNOOZED,   3,  SNOOZED
            SNOOZED,   0,  OPEN
            SNOOZED,   -2, OPEN
            """)
    void aKnownItemFoundAgainGetsItsStatus(ItemStatus before, Integer snoozeDays, ItemStatus after) {
        LocalDate until = snoozeDays == null ? null : DAY.plusDays(snoozeDays);
        KnownItem item = new KnownItem(
                7,
                finding("r", "A1").key(),
                "r",
                before,
                DAY.minusDays(9),
                DAY.minusDays(2),
                until,
                before == ItemStatus.RESOLVED ? DAY.minusDays(1) : null);

        ReviewPlan plan = ReviewPlan.of(DAY, List.of(finding("r", "A1")), List.of(item), Set.of());

        assertThat(plan.refreshed()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(after);
            assertThat(r.replaceEvidence()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0} item not found → resolved: {1}")
    @CsvSource(textBlock = """
            OPEN,      true
            SNOOZED,   true
            DISMISSED, true
            RESOLVED,  false
            """)
    void anItemNoLongerFoundIsResolved(ItemStatus before, boolean resolved) {
        KnownItem item = known(7, "r", "A1", before, DAY.minusDays(1), DAY.plusDays(5));

        ReviewPlan plan = ReviewPlan.of(DAY, List.of(), List.of(item), Set.of());

        assertThat(plan.resolved().contains(7L)).isEqualTo(resolved);
    }

    @Test
    void reRunningAnEarlierDateKeepsNewerEvidenceAndStatus() {
        KnownItem seenLater = known(1, "r", "A1", ItemStatus.DISMISSED, DAY.plusDays(2), null);
        KnownItem resolvedLater = new KnownItem(
                2, finding("r", "A2").key(), "r", ItemStatus.RESOLVED, DAY.minusDays(4), DAY, null, DAY.plusDays(1));
        KnownItem openLater = known(3, "r", "A3", ItemStatus.OPEN, DAY.plusDays(1), null);

        ReviewPlan plan = ReviewPlan.of(
                DAY,
                List.of(finding("r", "A1"), finding("r", "A2")),
                List.of(seenLater, resolvedLater, openLater),
                Set.of());

        assertThat(plan.refreshed())
                .extracting(ReviewPlan.Refresh::id, ReviewPlan.Refresh::status, ReviewPlan.Refresh::replaceEvidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, ItemStatus.DISMISSED, false),
                        org.assertj.core.groups.Tuple.tuple(2L, ItemStatus.RESOLVED, false));
        assertThat(plan.resolved())
                .as("an item found after the date is not resolved by it")
                .isEmpty();
    }
}
