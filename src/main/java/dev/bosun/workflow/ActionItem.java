package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing someone should do, found by the daily review: the shared contract of the review, tasks, checklists and
 * notifications. The same problem found on later days is the same item (same {@link #key()}): its figures are
 * replaced by the latest ones, {@link #lastSeen()} moves on and {@link #timesSeen()} counts up.
 *
 * @param id the item's id, unique within the account
 * @param accountId the seller account
 * @param key the stable key: rule id, subject and variant, e.g. {@code health.order-defect-rate/account:US:12/mfn}
 * @param ruleId the rule that fired ({@link ReviewRule#id()})
 * @param area the area of the business
 * @param severity how urgent, as of the latest review that found it
 * @param role the role whose list it is on
 * @param subject what it is about
 * @param title one line naming the problem (render with {@link DailyReview#text})
 * @param evidence the figures, window, comparison and threshold of the latest review that found it
 * @param action the suggested action
 * @param atStake money at stake, or null when the rule cannot say
 * @param status where it stands
 * @param firstSeen the review date it was first found
 * @param lastSeen the latest review date it was found
 * @param timesSeen how many reviews found it
 * @param resolvedOn the review date it no longer fired, for {@link ItemStatus#RESOLVED}; else null
 * @param snoozedUntil the date a snoozed item comes back, for {@link ItemStatus#SNOOZED}; else null
 * @param updatedAt when the item last changed
 */
public record ActionItem(
        long id,
        long accountId,
        String key,
        String ruleId,
        ReviewArea area,
        Severity severity,
        Role role,
        Subject subject,
        MessageText title,
        Evidence evidence,
        MessageText action,
        Money atStake,
        ItemStatus status,
        LocalDate firstSeen,
        LocalDate lastSeen,
        int timesSeen,
        LocalDate resolvedOn,
        LocalDate snoozedUntil,
        Instant updatedAt) {

    /**
     * The review's order: most severe first, then most money at stake (items without an amount after those with
     * one), then the oldest problem first, then by key.
     */
    public static final Comparator<ActionItem> RANKING = Comparator.comparing(ActionItem::severity)
            .thenComparing(
                    (ActionItem i) -> i.atStake() == null ? null : i.atStake().amount(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ActionItem::firstSeen)
            .thenComparing(ActionItem::key);

    /** Whether the item still asks for attention: open, or snoozed until a date now past. */
    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }
}
