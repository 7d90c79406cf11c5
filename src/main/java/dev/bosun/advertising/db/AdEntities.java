package dev.bosun.advertising.db;

import static dev.bosun.jooq.Tables.AD_CAMPAIGNS;
import static dev.bosun.jooq.Tables.AD_GROUPS;
import static dev.bosun.jooq.Tables.AD_KEYWORDS;
import static dev.bosun.jooq.Tables.AD_PLACEMENT_ADJUSTMENTS;
import static dev.bosun.jooq.Tables.AD_PRODUCT_ADS;
import static dev.bosun.jooq.Tables.AD_TARGETS;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.AdKeyword;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdTarget;
import dev.bosun.advertising.PlacementAdjustment;
import dev.bosun.advertising.ProductAd;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Campaign structure by Amazon id: campaigns, ad groups, keywords, product ads, targets, placement adjustments. */
@Repository
public class AdEntities {

    private final DSLContext db;

    public AdEntities(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(db, accountId, batchId);
    }

    /** Buffers entities and merges each kind into its table on {@link #finish()}, campaigns first. */
    public static final class Writer {
        private final long accountId;
        private final long batchId;
        private final BulkUpsert campaigns;
        private final BulkUpsert groups;
        private final BulkUpsert keywords;
        private final BulkUpsert ads;
        private final BulkUpsert targets;
        private final BulkUpsert adjustments;

        Writer(DSLContext db, long accountId, long batchId) {
            this.accountId = accountId;
            this.batchId = batchId;
            campaigns = BulkUpsert.into(
                    db,
                    "ad_campaigns",
                    List.of(
                            "account_id",
                            "campaign_id",
                            "ad_product",
                            "marketplace",
                            "name",
                            "portfolio_id",
                            "state",
                            "targeting_type",
                            "daily_budget",
                            "currency",
                            "bidding_strategy",
                            "start_date",
                            "end_date",
                            "batch_id"),
                    List.of("account_id", "campaign_id"));
            groups = BulkUpsert.into(
                    db,
                    "ad_groups",
                    List.of(
                            "account_id",
                            "ad_group_id",
                            "campaign_id",
                            "name",
                            "state",
                            "default_bid",
                            "currency",
                            "batch_id"),
                    List.of("account_id", "ad_group_id"));
            keywords = BulkUpsert.into(
                    db,
                    "ad_keywords",
                    List.of(
                            "account_id",
                            "keyword_id",
                            "campaign_id",
                            "ad_group_id",
                            "keyword_text",
                            "match_type",
                            "negative",
                            "state",
                            "bid",
                            "currency",
                            "batch_id"),
                    List.of("account_id", "keyword_id"));
            ads = BulkUpsert.into(
                    db,
                    "ad_product_ads",
                    List.of("account_id", "ad_id", "campaign_id", "ad_group_id", "sku", "asin", "state", "batch_id"),
                    List.of("account_id", "ad_id"));
            targets = BulkUpsert.into(
                    db,
                    "ad_targets",
                    List.of(
                            "account_id",
                            "target_id",
                            "campaign_id",
                            "ad_group_id",
                            "expression",
                            "resolved_expression",
                            "negative",
                            "state",
                            "bid",
                            "currency",
                            "batch_id"),
                    List.of("account_id", "target_id"));
            adjustments = BulkUpsert.into(
                    db,
                    "ad_placement_adjustments",
                    List.of("account_id", "campaign_id", "placement", "percentage", "batch_id"),
                    List.of("account_id", "campaign_id", "placement"));
        }

        public void add(AdCampaign c) {
            campaigns.add(
                    accountId,
                    c.campaignId(),
                    c.adProduct().name(),
                    c.marketplace().code(),
                    c.name(),
                    c.portfolioId(),
                    c.state(),
                    c.targetingType(),
                    c.dailyBudget(),
                    c.currency(),
                    c.biddingStrategy(),
                    c.startDate(),
                    c.endDate(),
                    batchId);
        }

        public void add(AdGroup g) {
            groups.add(
                    accountId,
                    g.adGroupId(),
                    g.campaignId(),
                    g.name(),
                    g.state(),
                    g.defaultBid(),
                    g.currency(),
                    batchId);
        }

        public void add(AdKeyword k) {
            keywords.add(
                    accountId,
                    k.keywordId(),
                    k.campaignId(),
                    k.adGroupId(),
                    k.keywordText(),
                    k.matchType(),
                    k.negative(),
                    k.state(),
                    k.bid(),
                    k.currency(),
                    batchId);
        }

        public void add(ProductAd a) {
            ads.add(accountId, a.adId(), a.campaignId(), a.adGroupId(), a.sku(), a.asin(), a.state(), batchId);
        }

        public void add(AdTarget t) {
            targets.add(
                    accountId,
                    t.targetId(),
                    t.campaignId(),
                    t.adGroupId(),
                    t.expression(),
                    t.resolvedExpression(),
                    t.negative(),
                    t.state(),
                    t.bid(),
                    t.currency(),
                    batchId);
        }

        public void add(PlacementAdjustment p) {
            adjustments.add(accountId, p.campaignId(), p.placement(), p.percentage(), batchId);
        }

        public UpsertCounts finish() {
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            for (BulkUpsert upsert : List.of(campaigns, groups, keywords, ads, targets, adjustments)) {
                UpsertCounts counts = upsert.finish();
                inserted += counts.inserted();
                updated += counts.updated();
                unchanged += counts.unchanged();
            }
            return new UpsertCounts(inserted, updated, unchanged);
        }
    }

    public List<AdCampaign> campaigns(long accountId) {
        var t = AD_CAMPAIGNS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.NAME, t.CAMPAIGN_ID)
                .fetch(r -> new AdCampaign(
                        r.getCampaignId(),
                        AdProduct.valueOf(r.getAdProduct()),
                        Marketplace.valueOf(r.getMarketplace()),
                        r.getName(),
                        r.getPortfolioId(),
                        r.getState(),
                        r.getTargetingType(),
                        r.getDailyBudget(),
                        r.getCurrency(),
                        r.getBiddingStrategy(),
                        r.getStartDate(),
                        r.getEndDate()));
    }

    public List<AdGroup> adGroups(long accountId, String campaignId) {
        var t = AD_GROUPS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId).and(t.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(t.NAME, t.AD_GROUP_ID)
                .fetch(r -> new AdGroup(
                        r.getAdGroupId(),
                        r.getCampaignId(),
                        r.getName(),
                        r.getState(),
                        r.getDefaultBid(),
                        r.getCurrency()));
    }

    public List<AdKeyword> keywords(long accountId, String campaignId) {
        var t = AD_KEYWORDS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId).and(t.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(t.NEGATIVE, t.KEYWORD_TEXT, t.MATCH_TYPE, t.KEYWORD_ID)
                .fetch(r -> new AdKeyword(
                        r.getKeywordId(),
                        r.getCampaignId(),
                        r.getAdGroupId(),
                        r.getKeywordText(),
                        r.getMatchType(),
                        r.getNegative(),
                        r.getState(),
                        r.getBid(),
                        r.getCurrency()));
    }

    public List<ProductAd> productAds(long accountId, String campaignId) {
        var t = AD_PRODUCT_ADS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId).and(t.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(t.SKU, t.ASIN, t.AD_ID)
                .fetch(r -> new ProductAd(
                        r.getAdId(), r.getCampaignId(), r.getAdGroupId(), r.getSku(), r.getAsin(), r.getState()));
    }

    public List<AdTarget> targets(long accountId, String campaignId) {
        var t = AD_TARGETS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId).and(t.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(t.NEGATIVE, t.EXPRESSION, t.TARGET_ID)
                .fetch(r -> new AdTarget(
                        r.getTargetId(),
                        r.getCampaignId(),
                        r.getAdGroupId(),
                        r.getExpression(),
                        r.getResolvedExpression(),
                        r.getNegative(),
                        r.getState(),
                        r.getBid(),
                        r.getCurrency()));
    }

    public List<PlacementAdjustment> placementAdjustments(long accountId, String campaignId) {
        var t = AD_PLACEMENT_ADJUSTMENTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId).and(t.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(t.PLACEMENT)
                .fetch(r -> new PlacementAdjustment(r.getCampaignId(), r.getPlacement(), r.getPercentage()));
    }

    /** Every ad group of the account, by campaign id and name. */
    public List<AdGroup> allAdGroups(long accountId) {
        var t = AD_GROUPS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.CAMPAIGN_ID, t.NAME, t.AD_GROUP_ID)
                .fetch(r -> new AdGroup(
                        r.getAdGroupId(),
                        r.getCampaignId(),
                        r.getName(),
                        r.getState(),
                        r.getDefaultBid(),
                        r.getCurrency()));
    }

    /** Every keyword and negative keyword of the account. */
    public List<AdKeyword> allKeywords(long accountId) {
        var t = AD_KEYWORDS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.CAMPAIGN_ID, t.NEGATIVE, t.KEYWORD_TEXT, t.MATCH_TYPE, t.KEYWORD_ID)
                .fetch(r -> new AdKeyword(
                        r.getKeywordId(),
                        r.getCampaignId(),
                        r.getAdGroupId(),
                        r.getKeywordText(),
                        r.getMatchType(),
                        r.getNegative(),
                        r.getState(),
                        r.getBid(),
                        r.getCurrency()));
    }

    /** Every product ad of the account. */
    public List<ProductAd> allProductAds(long accountId) {
        var t = AD_PRODUCT_ADS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.CAMPAIGN_ID, t.AD_GROUP_ID, t.SKU, t.ASIN, t.AD_ID)
                .fetch(r -> new ProductAd(
                        r.getAdId(), r.getCampaignId(), r.getAdGroupId(), r.getSku(), r.getAsin(), r.getState()));
    }

    /** Every product target and negative product target of the account. */
    public List<AdTarget> allTargets(long accountId) {
        var t = AD_TARGETS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.CAMPAIGN_ID, t.NEGATIVE, t.EXPRESSION, t.TARGET_ID)
                .fetch(r -> new AdTarget(
                        r.getTargetId(),
                        r.getCampaignId(),
                        r.getAdGroupId(),
                        r.getExpression(),
                        r.getResolvedExpression(),
                        r.getNegative(),
                        r.getState(),
                        r.getBid(),
                        r.getCurrency()));
    }

    /** Every placement bid adjustment of the account. */
    public List<PlacementAdjustment> allPlacementAdjustments(long accountId) {
        var t = AD_PLACEMENT_ADJUSTMENTS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.CAMPAIGN_ID, t.PLACEMENT)
                .fetch(r -> new PlacementAdjustment(r.getCampaignId(), r.getPlacement(), r.getPercentage()));
    }
}
