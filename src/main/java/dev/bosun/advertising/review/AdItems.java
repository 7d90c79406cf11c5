package dev.bosun.advertising.review;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.SubjectType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;

/** What the advertising rules' items share: subjects, variants and money at stake. */
final class AdItems {

    /**
     * The search-term proposals of the review's account and date with these settings, computed once per review run:
     * the harvest and the waste rule read the same proposals (equal settings at their defaults).
     */
    static java.util.List<dev.bosun.advertising.SearchTermProposal> proposals(
            dev.bosun.advertising.AdOptimizer optimizer,
            dev.bosun.workflow.ReviewContext context,
            dev.bosun.advertising.ProposalSettings settings,
            dev.bosun.shared.Marketplace marketplace) {
        return context.shared(
                java.util.List.of(
                        "ads.search-term-proposals", context.accountId(), context.date(), settings, marketplace),
                () -> optimizer.searchTermProposals(context.accountId(), context.date(), settings, marketplace));
    }

    /** The longest subject id and variant kept as they are; longer ones are cut or hashed (item keys are 600). */
    static final int MAX_TEXT = 200;

    private AdItems() {}

    static Subject campaign(String name, Marketplace marketplace) {
        return new Subject(SubjectType.CAMPAIGN, cut(name), null, null, marketplace);
    }

    static Subject searchTerm(String term, String asin, Marketplace marketplace) {
        return new Subject(SubjectType.SEARCH_TERM, cut(term), null, asin, marketplace);
    }

    /** Tells findings about one term in different ad groups apart: "campaign / ad group", hashed when long. */
    static String variant(String campaign, String adGroup) {
        String text = campaign + " / " + adGroup;
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null || amount.signum() <= 0
                ? null
                : new Money(amount, Currency.getInstance(currency)).rounded();
    }

    private static String cut(String text) {
        String t = text.strip();
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT);
    }
}
