package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.review.db.ActionItems;
import dev.bosun.workflow.review.db.ReviewRuns;
import dev.bosun.workflow.review.domain.KeyedFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Seller accounts, users and review items for notification tests. Items are stored through the review's own
 * repositories, as a review run would store them, so that {@code DailyReview.items} returns them. Built by each
 * test from the beans of the shared context (no bean of its own, to keep the one context).
 */
final class NotificationFixture {

    private final AccountDirectory directory;
    private final Team team;
    private final ActionItems items;
    private final ReviewRuns runs;

    NotificationFixture(AccountDirectory directory, Team team, ActionItems items, ReviewRuns runs) {
        this.directory = directory;
        this.team = team;
        this.items = items;
        this.runs = runs;
    }

    SellerAccount account() {
        return directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Notify"), List.of(Marketplace.US), null);
    }

    CurrentUser user(String email, String locale, Role role, SellerAccount... granted) {
        CurrentUser u = team.create(
                directory.defaultOrganisation(),
                TestDatabase.unique("notify").toLowerCase(java.util.Locale.ROOT),
                "Nora " + TestDatabase.unique("N"),
                email,
                role,
                null,
                java.util.Arrays.stream(granted).map(SellerAccount::id).toList());
        if (locale != null) {
            team.setLocale(u.id(), locale);
        }
        return u;
    }

    /**
     * An open item found on the date, titled through a message with arguments ({@code {0}: yes. {1}} in English,
     * {@code {0}：是。{1}} in Chinese) so the text differs by language.
     */
    long item(
            long accountId,
            String asin,
            Severity severity,
            ReviewArea area,
            String ruleId,
            String what,
            LocalDate date) {
        Finding f = new Finding(
                Subject.asin(asin, "SKU-" + asin, Marketplace.US),
                "",
                severity,
                MessageText.of("review.evidence.check.found", what, asin),
                Evidence.of(date.minusDays(6), date, List.of(), null),
                MessageText.of("review.evidence.check.clear", "Restock", "120 units"),
                null);
        return items.create(accountId, KeyedFinding.of(ruleId, f), area, Role.SPECIALIST, date, Instant.now());
    }

    void ran(long accountId, LocalDate date, int found) {
        runs.save(new ReviewRun(accountId, date, found, found, 0, List.of(), Instant.now()));
    }
}
