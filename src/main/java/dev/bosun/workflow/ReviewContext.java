package dev.bosun.workflow;

import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule is asked about: one seller account on one review date, with the rule's thresholds in force for that
 * account and the clock to measure ages against.
 *
 * @param accountId the seller account
 * @param marketplaces the marketplaces the account sells in
 * @param date the review date: the rule looks at data up to and including the day before in each marketplace's
 *     zone when it measures full days, and may use data of the date itself (e.g. messages waiting since)
 * @param thresholds the rule's thresholds for the account
 * @param clock the clock; {@code clock.instant()} is the moment the review runs (for a past date, the end of that
 *     date in the account's first marketplace's zone)
 */
public record ReviewContext(
        long accountId, List<Marketplace> marketplaces, LocalDate date, Thresholds thresholds, Clock clock) {

    public ReviewContext {
        marketplaces = List.copyOf(marketplaces);
    }
}
