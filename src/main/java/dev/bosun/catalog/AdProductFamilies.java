package dev.bosun.catalog;

import dev.bosun.advertising.ProductFamilies;
import dev.bosun.shared.Marketplace;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells advertising the parent ASIN of each child ASIN, from the latest Business Report by child item. */
@Component
class AdProductFamilies implements ProductFamilies {

    private final Traffic traffic;

    AdProductFamilies(Traffic traffic) {
        this.traffic = traffic;
    }

    @Override
    public Map<String, String> parents(long accountId, Marketplace marketplace) {
        return traffic.parentAsins(accountId, marketplace);
    }
}
