package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdjustmentProposal;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.WatchScope;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bid, placement, budget and stock-aware proposals as changes for approval: their key, label, evidence, expected
 * effect and watched scope. The bulk-sheet rows come with the proposal ({@link AdjustmentProposal#changes()}).
 */
public final class AdjustmentChanges {

    private AdjustmentChanges() {}

    /** {@code kind|marketplace|campaign|ad group|subject|match type}: one proposal per subject and kind. */
    public static String key(AdjustmentProposal p) {
        return p.kind().code() + "|" + p.marketplace().code() + "|" + p.campaignName() + "|"
                + (p.adGroupName() == null ? "" : p.adGroupName()) + "|"
                + p.subject().toLowerCase(Locale.ROOT)
                + "|" + (p.matchType() == null ? "" : p.matchType());
    }

    /** Whether a key belongs to these proposal kinds. */
    static boolean owns(String key) {
        for (AdjustmentProposal.Kind kind : AdjustmentProposal.Kind.values()) {
            if (key.startsWith(kind.code() + "|")) {
                return true;
            }
        }
        return false;
    }

    static ProposedAdChange of(AdjustmentProposal p) {
        if (p.changes().isEmpty()) {
            throw new IllegalArgumentException("the proposal " + key(p) + " carries no bulk-sheet row");
        }
        String where = p.campaignName() + (p.adGroupName() == null ? "" : " / " + p.adGroupName());
        String label = p.kind().code() + " " + p.subject() + (p.matchType() == null ? "" : " [" + p.matchType() + "]")
                + " in " + where
                + (p.after() == null ? "" : ": " + plain(p.before()) + " → " + plain(p.after()));
        return new ProposedAdChange(
                p.kind().code(),
                key(p),
                p.marketplace(),
                p.currency(),
                label,
                evidence(p),
                p.changes(),
                expected(p),
                watch(p));
    }

    /** What the change should do: less or more spend, or an ACoS at most the target for a bid brought down. */
    static ExpectedEffect expected(AdjustmentProposal p) {
        BigDecimal spend = p.spendPerWeek();
        if (p.kind() == AdjustmentProposal.Kind.BID
                && p.target() != null
                && p.target().value() != null
                && spend != null
                && spend.signum() < 0) {
            return new ExpectedEffect(
                    ExpectedEffect.Metric.ACOS,
                    ExpectedEffect.Direction.AT_MOST,
                    p.target().value());
        }
        if (spend == null) {
            boolean lower = p.kind() == AdjustmentProposal.Kind.STOCK_PAUSE
                    || p.kind() == AdjustmentProposal.Kind.STOCK_LOWER
                    || (p.before() != null && p.after() != null && p.after().compareTo(p.before()) < 0);
            return new ExpectedEffect(
                    ExpectedEffect.Metric.SPEND,
                    lower ? ExpectedEffect.Direction.DOWN : ExpectedEffect.Direction.UP,
                    null);
        }
        return new ExpectedEffect(
                ExpectedEffect.Metric.SPEND,
                spend.signum() < 0 ? ExpectedEffect.Direction.DOWN : ExpectedEffect.Direction.UP,
                spend.abs());
    }

    /** A bid is watched on its keyword or target; budgets, placements and stock on the campaign. */
    static WatchScope watch(AdjustmentProposal p) {
        if (p.kind() == AdjustmentProposal.Kind.BID && p.adGroupName() != null) {
            return new WatchScope(WatchScope.Level.TARGET, p.campaignName(), p.adGroupName(), p.subject(), null);
        }
        return new WatchScope(WatchScope.Level.CAMPAIGN, p.campaignName(), null, null, null);
    }

    /** The figures behind the proposal, by name, as the request and the change history show them. */
    static Map<String, String> evidence(AdjustmentProposal p) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("reason", p.reason());
        if (p.from() != null && p.to() != null) {
            e.put("window", p.from() + " – " + p.to());
        }
        e.put("clicks", String.valueOf(p.figures().clicks()));
        e.put(
                "orders",
                String.valueOf(p.figures().orders() == null ? 0 : p.figures().orders()));
        e.put("spend", plain(p.figures().spend()) + " " + p.currency());
        e.put("acos", p.acos() == null ? "—" : plain(p.acos()));
        if (p.target() != null && p.target().value() != null) {
            e.put("target-acos", plain(p.target().value()));
        }
        p.facts().forEach((k, v) -> e.put(k, plain(v)));
        return e;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
