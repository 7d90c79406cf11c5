package dev.bosun.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of running the review for one account and date.
 *
 * @param accountId the seller account
 * @param date the review date
 * @param found how many items the rules found (new and known)
 * @param created how many of them were new
 * @param resolved how many earlier items no longer fired and were marked resolved
 * @param failedRules the rules that threw, as {@code rule id: message}; their earlier items were left as they were
 * @param finishedAt when the run finished
 */
public record ReviewRun(
        long accountId,
        LocalDate date,
        int found,
        int created,
        int resolved,
        List<String> failedRules,
        Instant finishedAt) {

    public ReviewRun {
        failedRules = List.copyOf(failedRules);
    }
}
