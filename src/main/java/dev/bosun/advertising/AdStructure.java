package dev.bosun.advertising;

import dev.bosun.advertising.db.AdEntities;
import dev.bosun.platform.db.UpsertCounts;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * How the sponsored ads campaigns are built, by Amazon id: campaigns with budgets and bidding strategy, ad groups
 * with default bids, keywords and negative keywords, product ads, product targets and placement bid adjustments.
 * Recorded from bulk sheets; a newer sheet replaces what an older one said about the same id.
 */
@Service
public class AdStructure {

    private final AdEntities entities;

    AdStructure(AdEntities entities) {
        this.entities = entities;
    }

    /** Streams entities into the tables, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        AdEntities.Writer writer = entities.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(AdCampaign campaign) {
                writer.add(campaign);
            }

            @Override
            public void add(AdGroup adGroup) {
                writer.add(adGroup);
            }

            @Override
            public void add(AdKeyword keyword) {
                writer.add(keyword);
            }

            @Override
            public void add(ProductAd productAd) {
                writer.add(productAd);
            }

            @Override
            public void add(AdTarget target) {
                writer.add(target);
            }

            @Override
            public void add(PlacementAdjustment adjustment) {
                writer.add(adjustment);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    public List<AdCampaign> campaigns(long accountId) {
        return entities.campaigns(accountId);
    }

    public List<AdGroup> adGroups(long accountId, String campaignId) {
        return entities.adGroups(accountId, campaignId);
    }

    /** The campaign's keywords and negative keywords (ad group and campaign level). */
    public List<AdKeyword> keywords(long accountId, String campaignId) {
        return entities.keywords(accountId, campaignId);
    }

    public List<ProductAd> productAds(long accountId, String campaignId) {
        return entities.productAds(accountId, campaignId);
    }

    /** The campaign's product targets and negative product targets. */
    public List<AdTarget> targets(long accountId, String campaignId) {
        return entities.targets(accountId, campaignId);
    }

    public List<PlacementAdjustment> placementAdjustments(long accountId, String campaignId) {
        return entities.placementAdjustments(accountId, campaignId);
    }

    /** Writes structure rows in bulk; {@link #finish()} merges them and tells what changed. */
    public interface Recorder {
        void add(AdCampaign campaign);

        void add(AdGroup adGroup);

        void add(AdKeyword keyword);

        void add(ProductAd productAd);

        void add(AdTarget target);

        void add(PlacementAdjustment adjustment);

        UpsertCounts finish();
    }
}
