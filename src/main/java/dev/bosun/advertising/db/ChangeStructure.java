package dev.bosun.advertising.db;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.ProductAd;
import dev.bosun.advertising.changes.StructureIndex;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The imported Sponsored Products structure of a marketplace in three reads (campaigns, their ad groups, their
 * product ads), for turning proposals into bulk-sheet rows with Amazon's ids.
 */
@Repository
public class ChangeStructure {

    private final DSLContext db;

    public ChangeStructure(DSLContext db) {
        this.db = db;
    }

    public StructureIndex of(long accountId, Marketplace marketplace) {
        var campaigns = db.resultQuery(
                        "select campaign_id, name, portfolio_id, state, targeting_type, daily_budget, currency,"
                                + " bidding_strategy, start_date, end_date from ad_campaigns where account_id = ?"
                                + " and marketplace = ? and ad_product = 'SP'",
                        accountId,
                        marketplace.code())
                .fetch(r -> new AdCampaign(
                        r.get(0, String.class),
                        AdProduct.SP,
                        marketplace,
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class),
                        r.get(5, BigDecimal.class),
                        r.get(6, String.class),
                        r.get(7, String.class),
                        r.get(8, LocalDate.class),
                        r.get(9, LocalDate.class)));
        var groups = db.resultQuery(
                        "select g.ad_group_id, g.campaign_id, g.name, g.state, g.default_bid, g.currency"
                                + " from ad_groups g join ad_campaigns c on c.account_id = g.account_id"
                                + " and c.campaign_id = g.campaign_id where g.account_id = ? and c.marketplace = ?",
                        accountId,
                        marketplace.code())
                .fetch(r -> new AdGroup(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, BigDecimal.class),
                        r.get(5, String.class)));
        var ads = db.resultQuery(
                        "select a.ad_id, a.campaign_id, a.ad_group_id, a.sku, a.asin, a.state from ad_product_ads a"
                                + " join ad_campaigns c on c.account_id = a.account_id and c.campaign_id ="
                                + " a.campaign_id where a.account_id = ? and c.marketplace = ?",
                        accountId,
                        marketplace.code())
                .fetch(r -> new ProductAd(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class),
                        r.get(5, String.class)));
        return new StructureIndex(campaigns, groups, ads);
    }
}
