package dev.bosun.advertising;

import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.shared.Marketplace;
import java.util.Objects;

/**
 * One change to a Sponsored Products entity, as a row of Amazon's bulk-operations sheet would carry it: what every
 * proposal (harvest, negate, bid, budget, pause) turns into before it goes through approval and out as a bulk sheet.
 * Ids are Amazon's when the imported structure knows them (an update needs them; a create leaves them null except
 * for the parents it hangs under). Values are as the sheet writes them: bids and budgets as plain decimals in the
 * marketplace's currency ({@code "0.85"}), states {@code enabled}/{@code paused}/{@code archived}, match types
 * {@code exact}/{@code phrase}/{@code broad}/{@code negativeExact}/{@code negativePhrase}.
 *
 * @param entity the sheet's "Entity"
 * @param operation the sheet's "Operation"
 * @param campaignId Amazon's campaign id, null when unknown or created by this change
 * @param campaignName the campaign's name (always known: proposals come from reports naming it)
 * @param adGroupId Amazon's ad group id, null when unknown, created, or the entity is a campaign
 * @param adGroupName the ad group's name, null for campaign-level entities
 * @param entityId the keyword's, product target's or product ad's id for an update, else null
 * @param keywordText the keyword or negative keyword text, or the product targeting expression; null otherwise
 * @param matchType the match type of a keyword or negative keyword, null otherwise
 * @param field what an update changes; null for a create
 * @param before the value now (as imported), null for a create or when unknown
 * @param after the value proposed
 * @param cells further cells of a create, by the sheet's column: a new campaign's targeting type and bidding
 *     strategy, a new product ad's SKU; empty otherwise
 */
public record AdChange(
        Marketplace marketplace,
        BulkEntity entity,
        Operation operation,
        String campaignId,
        String campaignName,
        String adGroupId,
        String adGroupName,
        String entityId,
        String keywordText,
        String matchType,
        Field field,
        String before,
        String after,
        java.util.Map<String, String> cells) {

    /** A change without further cells. */
    public AdChange(
            Marketplace marketplace,
            BulkEntity entity,
            Operation operation,
            String campaignId,
            String campaignName,
            String adGroupId,
            String adGroupName,
            String entityId,
            String keywordText,
            String matchType,
            Field field,
            String before,
            String after) {
        this(
                marketplace,
                entity,
                operation,
                campaignId,
                campaignName,
                adGroupId,
                adGroupName,
                entityId,
                keywordText,
                matchType,
                field,
                before,
                after,
                java.util.Map.of());
    }

    public AdChange {
        // changes stored before the cells came have none
        cells = cells == null
                ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(campaignName, "campaignName");
        if (operation == Operation.UPDATE && field == null) {
            throw new IllegalArgumentException("an update names the field it changes");
        }
    }

    /** The sheet's "Operation" values. */
    public enum Operation {
        CREATE("Create"),
        UPDATE("Update"),
        ARCHIVE("Archive");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an update changes, with the sheet column that carries it. */
    public enum Field {
        BID("Bid"),
        AD_GROUP_DEFAULT_BID("Ad Group Default Bid"),
        DAILY_BUDGET("Daily Budget"),
        STATE("State"),
        PLACEMENT_PERCENTAGE("Percentage");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
