package dev.bosun.advertising.importing;

import java.util.function.Predicate;

/**
 * The level of detail of a performance report, told by its columns: every report has the campaign; the more
 * detailed ones add the ad group and what they break it down by. Search term reports also name the target that
 * matched, so the search term is looked for first.
 */
enum ReportLevel {
    SEARCH_TERM("search term"),
    PLACEMENT("placement"),
    ADVERTISED_PRODUCT("advertised product"),
    TARGETING("targeting"),
    AD_GROUP("ad group"),
    CAMPAIGN("campaign");

    private final String title;

    ReportLevel(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The level of a file, from whether it has a column (by canonical name, see {@link AdColumns}). */
    static ReportLevel of(Predicate<String> has) {
        if (has.test(AdColumns.SEARCH_TERM)) {
            return SEARCH_TERM;
        }
        if (has.test(AdColumns.PLACEMENT)) {
            return PLACEMENT;
        }
        if (has.test(AdColumns.ADVERTISED_ASIN) || has.test(AdColumns.ADVERTISED_SKU)) {
            return ADVERTISED_PRODUCT;
        }
        if (has.test(AdColumns.TARGETING)) {
            return TARGETING;
        }
        if (has.test(AdColumns.AD_GROUP_NAME) || has.test(AdColumns.AD_GROUP_ID)) {
            return AD_GROUP;
        }
        return CAMPAIGN;
    }
}
