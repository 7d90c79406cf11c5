package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.util.Map;

/**
 * The hook through which the catalog module tells which ASINs belong together (children of one parent ASIN), for the
 * structure lint's "ad group with many unrelated products". Advertising cannot ask the catalog itself: the catalog
 * reads ad figures from this module, and a call back would make the two modules a cycle. Without a bean of this type
 * every ASIN is its own family, save those the operator placed in one category (target ACoS page).
 */
public interface ProductFamilies {

    /** Each child ASIN's parent ASIN in the marketplace; ASINs without a known parent are absent. */
    Map<String, String> parents(long accountId, Marketplace marketplace);
}
