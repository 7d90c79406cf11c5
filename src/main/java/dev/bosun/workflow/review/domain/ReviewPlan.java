package dev.bosun.workflow.review.domain;

import dev.bosun.workflow.ItemStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one review run changes, decided from the findings of the rules that ran and the items already stored:
 * which findings become new items, which items are refreshed (and in which status), which are resolved.
 *
 * <p>The rules: a finding whose key is new becomes an open item. A known item found again is refreshed: a resolved
 * item opens again, a snoozed one opens when its date has come, a dismissed one stays dismissed; its figures are
 * replaced only when this date is not older than the latest one that found it (a re-run of a past date must not
 * overwrite newer evidence, nor change the status a later review gave). An open or snoozed item of a rule that ran without error and did not find it is
 * resolved, and so is a dismissed one (the problem went away; if it returns it is a new occurrence). Items of rules
 * that failed are left alone, as are items last seen after the review date.
 *
 * @param created findings that become new items
 * @param refreshed known items found again
 * @param resolved ids of items to mark resolved on the review date
 */
public record ReviewPlan(List<KeyedFinding> created, List<Refresh> refreshed, List<Long> resolved) {

    /**
     * A known item found again.
     *
     * @param id the item
     * @param finding what was found
     * @param status the status it gets
     * @param replaceEvidence whether the figures, severity and texts are replaced (the date is not older than the
     *     item's last sighting or resolution)
     */
    public record Refresh(long id, KeyedFinding finding, ItemStatus status, boolean replaceEvidence) {}

    /**
     * Plans a run.
     *
     * @param date the review date
     * @param found the findings of the rules that ran without error
     * @param known the stored items of the account
     * @param failedRules ids of the rules that threw; their items are left as they were
     */
    public static ReviewPlan of(
            LocalDate date, Collection<KeyedFinding> found, Collection<KnownItem> known, Set<String> failedRules) {
        Map<String, KnownItem> byKey = new LinkedHashMap<>();
        known.forEach(k -> byKey.put(k.key(), k));
        Map<String, KeyedFinding> unique = new LinkedHashMap<>();
        found.forEach(f -> unique.putIfAbsent(f.key(), f));

        List<KeyedFinding> created = new ArrayList<>();
        List<Refresh> refreshed = new ArrayList<>();
        for (KeyedFinding f : unique.values()) {
            KnownItem k = byKey.get(f.key());
            if (k == null) {
                created.add(f);
            } else {
                boolean latest = !date.isBefore(k.lastSeen())
                        && (k.resolvedOn() == null || !k.resolvedOn().isAfter(date));
                refreshed.add(new Refresh(k.id(), f, latest ? statusWhenFound(k, date) : k.status(), latest));
            }
        }
        List<Long> resolved = new ArrayList<>();
        for (KnownItem k : known) {
            if (unique.containsKey(k.key()) || failedRules.contains(k.ruleId())) {
                continue;
            }
            if (k.status() != ItemStatus.RESOLVED && !date.isBefore(k.lastSeen())) {
                resolved.add(k.id());
            }
        }
        return new ReviewPlan(List.copyOf(created), List.copyOf(refreshed), List.copyOf(resolved));
    }

    static ItemStatus statusWhenFound(KnownItem k, LocalDate date) {
        return switch (k.status()) {
            case OPEN, RESOLVED -> ItemStatus.OPEN;
            case DISMISSED -> ItemStatus.DISMISSED;
            case SNOOZED ->
                k.snoozedUntil() == null || !date.isBefore(k.snoozedUntil()) ? ItemStatus.OPEN : ItemStatus.SNOOZED;
        };
    }
}
