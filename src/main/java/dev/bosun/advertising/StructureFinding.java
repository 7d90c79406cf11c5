package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A flaw in how the campaigns are built (structure lint), with its evidence and, where one change mends it, the
 * bulk-sheet rows of that change.
 *
 * @param kind what is wrong
 * @param campaignName the campaign the flaw is in (for a duplicate keyword: the first of the campaigns)
 * @param adGroupName the ad group, where the flaw is one ad group's; else null
 * @param subject the keyword, search term or ad group the flaw is about; the campaign for campaign-wide flaws
 * @param related what else is involved: the other campaigns bidding on a keyword, the ASINs of an ad group, the
 *     manual campaign a term was harvested into
 * @param facts the evidence in figures; each key is labelled by {@code ads.fact.<key>}
 * @param changes the bulk-sheet rows that mend it (a negative exact for a harvested term), or empty
 */
public record StructureFinding(
        Kind kind,
        Marketplace marketplace,
        String currency,
        String campaignName,
        String adGroupName,
        String subject,
        List<String> related,
        Map<String, BigDecimal> facts,
        List<AdChange> changes) {

    public StructureFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(subject, "subject");
        related = related == null ? List.of() : List.copyOf(related);
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public enum Kind {
        /** Automatic targets and keywords or manual product targets in one campaign. */
        MIXED_TARGETING,
        /** An ad group advertising products of several families (parent ASIN or category). */
        UNRELATED_ASINS,
        /** One keyword text and match type enabled in two or more campaigns: they bid against each other. */
        DUPLICATE_KEYWORD,
        /** A term harvested as an exact keyword still bought through an automatic campaign without a negative. */
        HARVEST_NOT_NEGATED,
        /** A campaign live for weeks without a single negative keyword or target. */
        NO_NEGATIVES,
        /** A campaign out of budget before the day ended on several days of the week. */
        OUT_OF_BUDGET;

        /** {@code mixed-targeting} … as in messages and JSON. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
