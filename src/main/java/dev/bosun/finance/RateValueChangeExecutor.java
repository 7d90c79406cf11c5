package dev.bosun.finance;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.ApprovalPolicy;
import dev.bosun.workflow.ApprovedChange;
import dev.bosun.workflow.ApprovedChangeExecutor;
import dev.bosun.workflow.ChangeProposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Rate card values through maker-checker approval: users who may not edit the organisation's rate card values
 * ({@link RateCardEdits#EDITOR}) propose one, a store manager or administrator other than them approves, and the
 * approved value is saved through {@link RateCardEdits} on the approver's authority, logged there as every edit is.
 *
 * <p>The subject of a request is {@code <marketplace>/<effective date>/<key>} (e.g.
 * {@code US/2026-01-15/fulfilment.LARGE_STANDARD.2lb}); the values are {@code value} before and after. An approval
 * fails, changing nothing, when the value in force is no longer the one the request was made against.
 */
@Component
public class RateValueChangeExecutor implements ApprovedChangeExecutor {

    /** The operation type of rate card value changes. */
    public static final String OPERATION = "finance.rate-value";

    /** The subject type of rate card values. */
    public static final String SUBJECT = "rate-card";

    static final String VALUE = "value";

    private final RateCardEdits edits;

    RateValueChangeExecutor(RateCardEdits edits) {
        this.edits = edits;
    }

    /**
     * A proposal to set one value of a rate card.
     *
     * @param newValue the amount in the card's currency, or the percentage as a number (15 for 15 %)
     * @throws IllegalArgumentException when the card has no such value
     */
    public static ChangeProposal proposal(
            long accountId, RateSheet sheet, String key, BigDecimal newValue, String reason, String evidenceUrl) {
        RateSheet.Value current = sheet.values().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the "
                        + sheet.marketplace().code() + " " + sheet.effective() + " rate card has no value " + key));
        String unit = current.percent() ? "%" : sheet.currency();
        return new ChangeProposal(
                accountId,
                OPERATION,
                SUBJECT,
                sheet.marketplace().code() + "/" + sheet.effective() + "/" + key,
                sheet.marketplace().code() + " " + sheet.effective() + " · " + key + " (" + unit + ")",
                Map.of(VALUE, plain(current.amount())),
                Map.of(VALUE, plain(newValue)),
                current.amount(),
                newValue,
                reason,
                evidenceUrl);
    }

    @Override
    public String operationType() {
        return OPERATION;
    }

    /** Specialists and supervisors propose, store managers approve; store managers edit directly anyway. */
    @Override
    public ApprovalPolicy defaultPolicy() {
        return new ApprovalPolicy(OPERATION, true, RateCardEdits.EDITOR, RateCardEdits.EDITOR, null, null);
    }

    /** Saving a value needs a store manager, so no policy may let less approve it. */
    @Override
    public Role leastApprover() {
        return RateCardEdits.EDITOR;
    }

    @Override
    public void check(ChangeProposal proposal, CurrentUser requester) {
        Target target = Target.parse(proposal.subjectId());
        RateSheet.Value value = current(requester.organisationId(), target);
        BigDecimal amount = number(proposal.after().get(VALUE));
        if (value.percent() && (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("a percentage is between 0 and 100, not " + amount.toPlainString());
        }
        if (!value.percent() && amount.signum() < 0 && value.published().signum() >= 0) {
            throw new IllegalArgumentException("a fee cannot be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("at most 4 decimals: " + amount.toPlainString());
        }
    }

    @Override
    public void execute(ApprovedChange change) {
        Target target = Target.parse(change.subjectId());
        RateSheet.Value value = current(change.organisationId(), target);
        String seen = change.before().get(VALUE);
        if (seen != null && number(seen).compareTo(value.amount()) != 0) {
            throw new IllegalStateException("the value of " + target.key() + " is now " + plain(value.amount())
                    + ", not the " + seen + " the request was made against; propose the change anew");
        }
        edits.edit(
                change.approver(),
                target.marketplace(),
                target.effective(),
                target.key(),
                number(change.after().get(VALUE)));
    }

    private RateSheet.Value current(long organisationId, Target target) {
        return edits.calculatorFor(organisationId).rateCards().stream()
                .filter(s ->
                        s.marketplace() == target.marketplace() && s.effective().equals(target.effective()))
                .flatMap(s -> s.values().stream())
                .filter(v -> v.key().equals(target.key()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no rate card value " + target));
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the new value is missing");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** Which value of which card: {@code US/2026-01-15/referral.HOME_KITCHEN.rate}. */
    record Target(Marketplace marketplace, LocalDate effective, String key) {

        static Target parse(String subjectId) {
            String[] parts = subjectId == null ? new String[0] : subjectId.split("/", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        "a rate card value is named marketplace/effective date/key, not " + subjectId);
            }
            try {
                return new Target(
                        Marketplace.find(parts[0])
                                .orElseThrow(() -> new IllegalArgumentException("no marketplace " + parts[0])),
                        LocalDate.parse(parts[1]),
                        parts[2]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an effective date: " + parts[1]);
            }
        }

        @Override
        public String toString() {
            return marketplace.code() + "/" + effective + "/" + key;
        }
    }
}
