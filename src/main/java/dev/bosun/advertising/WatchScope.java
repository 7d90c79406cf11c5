package dev.bosun.advertising;

import java.util.Locale;
import java.util.Objects;

/**
 * The figures a change is watched on, named as the performance reports name them (reports carry names, not always
 * ids): a search term (in one ad group, or across the marketplace when campaign is null), a campaign, an ad group,
 * or a keyword or target of an ad group.
 *
 * @param campaignName the campaign, or null for a search term across all campaigns
 * @param adGroupName the ad group (levels below the campaign), else null
 * @param targeting the keyword text or targeting expression ({@link Level#TARGET}), else null
 * @param searchTerm the customer search term ({@link Level#SEARCH_TERM}), else null
 */
public record WatchScope(Level level, String campaignName, String adGroupName, String targeting, String searchTerm) {

    public WatchScope {
        Objects.requireNonNull(level, "level");
        switch (level) {
            case SEARCH_TERM -> Objects.requireNonNull(searchTerm, "searchTerm");
            case CAMPAIGN -> Objects.requireNonNull(campaignName, "campaignName");
            case AD_GROUP -> {
                Objects.requireNonNull(campaignName, "campaignName");
                Objects.requireNonNull(adGroupName, "adGroupName");
            }
            case TARGET -> {
                Objects.requireNonNull(campaignName, "campaignName");
                Objects.requireNonNull(adGroupName, "adGroupName");
                Objects.requireNonNull(targeting, "targeting");
            }
        }
    }

    public enum Level {
        SEARCH_TERM,
        CAMPAIGN,
        AD_GROUP,
        TARGET;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A search term wherever it shows (all campaigns of the marketplace). */
    public static WatchScope term(String searchTerm) {
        return new WatchScope(Level.SEARCH_TERM, null, null, null, searchTerm);
    }

    /** A search term in one ad group. */
    public static WatchScope term(String campaignName, String adGroupName, String searchTerm) {
        return new WatchScope(Level.SEARCH_TERM, campaignName, adGroupName, null, searchTerm);
    }
}
