package dev.bosun.finance;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.finance.db.RateEdits;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's own values for entries of the bundled rate cards: where a card's value is unverified or out of
 * date, a store manager (or an administrator) enters the figure Seller Central shows, and every fee the organisation
 * computes uses it, marked as edited. Every change is logged with who and when.
 */
@Service
public class RateCardEdits {

    /** The least role that may change values. */
    public static final Role EDITOR = Role.STORE_MANAGER;

    private final FeeCalculator published;
    private final RateEdits edits;
    private final Clock clock;

    RateCardEdits(FeeCalculator published, RateEdits edits, Clock clock) {
        this.published = published;
        this.edits = edits;
        this.clock = clock;
    }

    /** The calculator with the organisation's values in place of the cards' own. */
    public FeeCalculator calculatorFor(long organisationId) {
        List<RateEdit> own = edits.of(organisationId);
        return own.isEmpty() ? published : published.withEdits(own);
    }

    /** The organisation's values, by marketplace, card and key. */
    public List<RateEdit> edits(long organisationId) {
        return edits.of(organisationId);
    }

    /** The latest changes first. */
    public List<RateEditChange> history(long organisationId, int limit) {
        return edits.history(organisationId, limit);
    }

    /** Whether the user may change values. */
    public static boolean mayEdit(CurrentUser user) {
        return user.role().atLeast(EDITOR);
    }

    /**
     * Sets the organisation's value of one entry.
     *
     * @param value the amount in the card's currency, or the percentage as a number (15 for 15 %)
     * @throws AccessDeniedException when the user is less than a store manager
     * @throws IllegalArgumentException when the card or entry does not exist or the value is out of range
     */
    @Transactional
    public void edit(CurrentUser user, Marketplace marketplace, LocalDate effective, String key, BigDecimal value) {
        requireEditor(user);
        RateSheet.Value entry = entry(marketplace, effective, key);
        if (entry.percent() && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("a percentage is between 0 and 100, not " + value.toPlainString());
        }
        if (!entry.percent() && value.signum() < 0 && entry.published().signum() >= 0) {
            throw new IllegalArgumentException("a fee cannot be negative: " + value.toPlainString());
        }
        if (value.scale() > 4 || value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new IllegalArgumentException("at most 4 decimals and below a billion: " + value.toPlainString());
        }
        edits.save(
                user.organisationId(),
                new RateEdit(marketplace, effective, key, value, user.username(), clock.instant()));
    }

    /** Sets an entry back to the card's own value; false when the organisation had none. */
    @Transactional
    public boolean revert(CurrentUser user, Marketplace marketplace, LocalDate effective, String key) {
        requireEditor(user);
        return edits.remove(user.organisationId(), marketplace, effective, key, user.username(), clock.instant());
    }

    private RateSheet.Value entry(Marketplace marketplace, LocalDate effective, String key) {
        RateSheet sheet = published.rateCards().stream()
                .filter(s -> s.marketplace() == marketplace && s.effective().equals(effective))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "there is no " + marketplace.code() + " rate card effective " + effective));
        return sheet.values().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the " + marketplace.code() + " " + effective + " rate card has no value " + key));
    }

    private static void requireEditor(CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("only a store manager or an administrator may change rate card values");
        }
    }
}
