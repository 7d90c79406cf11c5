package dev.bosun.workflow;

import java.time.LocalDate;

/**
 * Published (as a Spring application event, after the run's transaction committed) when the daily review of an
 * account and date has run, by the morning job, the CLI, the API or a user. Listeners read the items with
 * {@link DailyReview#items}.
 *
 * @param accountId the seller account
 * @param date the review date
 * @param found how many items the review found
 * @param created how many of them were new
 * @param resolved how many earlier items were resolved
 */
public record ReviewCompleted(long accountId, LocalDate date, int found, int created, int resolved) {}
