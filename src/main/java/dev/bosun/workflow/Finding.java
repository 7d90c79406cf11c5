package dev.bosun.workflow;

import dev.bosun.shared.Money;
import java.util.Objects;

/**
 * What a rule found for one subject on the review date. The engine turns it into an {@link ActionItem}, keyed by
 * the rule, the subject and the variant, so the same problem found again tomorrow updates the same item.
 *
 * @param subject what the finding is about
 * @param variant distinguishes findings of one rule about one subject (e.g. {@code mfn} and {@code afn} order
 *     defect rates); empty for most rules
 * @param severity how urgent it is
 * @param title one line naming the problem, e.g. "ODR 1.4 % in US, above the 1 % limit"
 * @param evidence the figures behind it
 * @param action the suggested action
 * @param atStake the money at stake (e.g. sales lost per week, sales during the days out of stock), or null when
 *     the rule cannot say
 */
public record Finding(
        Subject subject,
        String variant,
        Severity severity,
        MessageText title,
        Evidence evidence,
        MessageText action,
        Money atStake) {

    public Finding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(action, "action");
        variant = variant == null ? "" : variant;
    }
}
