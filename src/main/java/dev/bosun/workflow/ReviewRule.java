package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import java.util.List;

/**
 * A check of the daily review, contributed by the module that owns the data as a Spring bean. The engine asks each
 * enabled rule for its findings per account and date, and keeps the action items; the rule reads its own module's
 * data and decides.
 *
 * <p>Messages: {@code review.rule.<id>.name} (a short name for the Rules page), {@code review.rule.<id>.explanation}
 * (what it checks and why, in a sentence or two), and {@code review.rule.<id>.threshold.<key>} for each threshold,
 * in both messages files; the titles and actions of findings use keys of the rule's own choosing, by convention
 * below {@code review.rule.<id>.}.
 */
public interface ReviewRule {

    /** A stable id, {@code <module>.<check>}, e.g. {@code health.order-defect-rate}; lower case and dashes. */
    String id();

    /** The area the rule's items belong to. */
    ReviewArea area();

    /** The usual severity of its items (a finding may be more or less urgent). */
    Severity severity();

    /** The role whose list the items go to. */
    Role role();

    /** The thresholds the rule uses, with their defaults and sources; may be empty. */
    List<ThresholdSpec> thresholds();

    /**
     * The findings for the account on the context's date. Must not write anything; may return an empty list. An
     * exception leaves the rule's items of the account as they were and is reported in the run.
     */
    List<Finding> findings(ReviewContext context);

    /** The message key of the rule's name. */
    default String nameKey() {
        return "review.rule." + id() + ".name";
    }

    /** The message key of the rule's explanation. */
    default String explanationKey() {
        return "review.rule." + id() + ".explanation";
    }
}
