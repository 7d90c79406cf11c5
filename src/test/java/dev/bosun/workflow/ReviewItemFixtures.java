package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.review.db.ActionItems;
import dev.bosun.workflow.review.domain.KeyedFinding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Action items as the daily review stores them, written through the review's own repository, so that tasks,
 * triage and checklists can be tested without importing the reports a rule needs. The texts are the order defect
 * rule's, so they read as real items in both languages.
 */
public final class ReviewItemFixtures {

    static final String ODR = "health.order-defect-rate";

    private final ActionItems items;

    public ReviewItemFixtures(ActionItems items) {
        this.items = items;
    }

    /** A critical order-defect item of the account, found on {@code day}, in the given area under the given rule. */
    public long item(long accountId, LocalDate day, ReviewArea area, String ruleId, String variant) {
        Finding finding = new Finding(
                Subject.account(accountId, Marketplace.US),
                variant,
                Severity.CRITICAL,
                MessageText.of(
                        "review.rule." + ODR + ".title.beyond",
                        "US",
                        "1.4 %",
                        "1 %",
                        variant.toUpperCase(java.util.Locale.ROOT)),
                Evidence.of(
                        day.minusDays(60),
                        day,
                        List.of(Evidence.Figure.of("rate", new BigDecimal("0.014"), Unit.RATE)),
                        new Evidence.Threshold(
                                "limit", "<", new BigDecimal("0.01"), Unit.RATE, "ODR < 1 % (Seller Central)")),
                MessageText.of("review.rule." + ODR + ".action", "US"),
                null);
        return items.create(accountId, KeyedFinding.of(ruleId, finding), area, Role.SPECIALIST, day, Instant.now());
    }

    public long healthItem(long accountId, LocalDate day, String variant) {
        return item(accountId, day, ReviewArea.HEALTH, ODR, variant);
    }
}
