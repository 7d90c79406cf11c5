package dev.bosun.advertising.db;

import static dev.bosun.jooq.Tables.AD_CAMPAIGN_METRICS;
import static dev.bosun.jooq.Tables.AD_PLACEMENT_METRICS;
import static dev.bosun.jooq.Tables.AD_PRODUCT_METRICS;
import static dev.bosun.jooq.Tables.AD_SEARCH_TERM_METRICS;
import static dev.bosun.jooq.Tables.AD_TARGET_METRICS;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.AsinAdSpend;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.advertising.PlacementPerformance;
import dev.bosun.advertising.SearchTermPerformance;
import dev.bosun.advertising.TargetPerformance;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The five tables of ad performance (campaign, target, search term, advertised product, placement), written in
 * bulk by natural key and read back as the module's records. Key columns store "" for "not given", read back as
 * "" too (null for the optional ids).
 */
@Repository
public class AdMetrics {

    private static final List<String> SCOPE =
            List.of("account_id", "marketplace", "ad_product", "period_start", "period_end", "campaign_name");
    private static final List<String> FIGURES = List.of(
            "currency",
            "attribution_days",
            "impressions",
            "clicks",
            "spend",
            "sales",
            "orders",
            "units",
            "advertised_sales",
            "advertised_units",
            "other_sales",
            "other_units",
            "batch_id");

    private static final List<String> CAMPAIGN_KEY = SCOPE;
    private static final List<String> CAMPAIGN_VALUES =
            List.of("campaign_id", "portfolio", "campaign_status", "budget", "targeting_type", "bidding_strategy");
    private static final List<String> TARGET_KEY = with(SCOPE, "ad_group_name", "targeting", "match_type");
    private static final List<String> TARGET_VALUES =
            List.of("campaign_id", "ad_group_id", "keyword_id", "portfolio", "top_of_search_share");
    private static final List<String> SEARCH_TERM_KEY =
            with(SCOPE, "ad_group_name", "targeting", "match_type", "search_term");
    private static final List<String> SEARCH_TERM_VALUES =
            List.of("campaign_id", "ad_group_id", "keyword_id", "portfolio");
    private static final List<String> PRODUCT_KEY = with(SCOPE, "ad_group_name", "advertised_asin", "advertised_sku");
    private static final List<String> PRODUCT_VALUES = List.of("campaign_id", "ad_group_id", "ad_id", "portfolio");
    private static final List<String> PLACEMENT_KEY = with(SCOPE, "placement");
    private static final List<String> PLACEMENT_VALUES = List.of("campaign_id", "portfolio", "bidding_strategy");

    private final DSLContext db;

    public AdMetrics(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(db, accountId, batchId);
    }

    /** Buffers rows of all five tables and merges each into its table on {@link #finish()}. */
    public static final class Writer {
        private final DSLContext db;
        private final long accountId;
        private final long batchId;
        private BulkUpsert campaigns;
        private BulkUpsert targets;
        private BulkUpsert searchTerms;
        private BulkUpsert products;
        private BulkUpsert placements;

        Writer(DSLContext db, long accountId, long batchId) {
            this.db = db;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(CampaignPerformance row) {
            if (campaigns == null) {
                campaigns = upsert("ad_campaign_metrics", CAMPAIGN_KEY, CAMPAIGN_VALUES);
            }
            List<Object> values = scope(row.scope(), row.campaignName());
            values.add(row.campaignId());
            values.add(row.portfolio());
            values.add(row.status());
            values.add(row.budget());
            values.add(row.targetingType());
            values.add(row.biddingStrategy());
            figures(values, row.scope(), row.figures());
            campaigns.add(values.toArray());
        }

        public void add(TargetPerformance row) {
            if (targets == null) {
                targets = upsert("ad_target_metrics", TARGET_KEY, TARGET_VALUES);
            }
            List<Object> values = scope(row.scope(), row.campaignName());
            values.add(row.adGroupName());
            values.add(row.targeting());
            values.add(row.matchType());
            values.add(row.campaignId());
            values.add(row.adGroupId());
            values.add(row.keywordId());
            values.add(row.portfolio());
            values.add(row.topOfSearchShare());
            figures(values, row.scope(), row.figures());
            targets.add(values.toArray());
        }

        public void add(SearchTermPerformance row) {
            if (searchTerms == null) {
                searchTerms = upsert("ad_search_term_metrics", SEARCH_TERM_KEY, SEARCH_TERM_VALUES);
            }
            List<Object> values = scope(row.scope(), row.campaignName());
            values.add(row.adGroupName());
            values.add(row.targeting());
            values.add(row.matchType());
            values.add(row.searchTerm());
            values.add(row.campaignId());
            values.add(row.adGroupId());
            values.add(row.keywordId());
            values.add(row.portfolio());
            figures(values, row.scope(), row.figures());
            searchTerms.add(values.toArray());
        }

        public void add(AdvertisedProductPerformance row) {
            if (products == null) {
                products = upsert("ad_product_metrics", PRODUCT_KEY, PRODUCT_VALUES);
            }
            List<Object> values = scope(row.scope(), row.campaignName());
            values.add(row.adGroupName());
            values.add(row.asin());
            values.add(row.sku());
            values.add(row.campaignId());
            values.add(row.adGroupId());
            values.add(row.adId());
            values.add(row.portfolio());
            figures(values, row.scope(), row.figures());
            products.add(values.toArray());
        }

        public void add(PlacementPerformance row) {
            if (placements == null) {
                placements = upsert("ad_placement_metrics", PLACEMENT_KEY, PLACEMENT_VALUES);
            }
            List<Object> values = scope(row.scope(), row.campaignName());
            values.add(row.placement());
            values.add(row.campaignId());
            values.add(row.portfolio());
            values.add(row.biddingStrategy());
            figures(values, row.scope(), row.figures());
            placements.add(values.toArray());
        }

        /** Merges everything buffered; the counts of all tables together. */
        public UpsertCounts finish() {
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            for (BulkUpsert upsert : new BulkUpsert[] {campaigns, targets, searchTerms, products, placements}) {
                if (upsert != null) {
                    UpsertCounts counts = upsert.finish();
                    inserted += counts.inserted();
                    updated += counts.updated();
                    unchanged += counts.unchanged();
                }
            }
            return new UpsertCounts(inserted, updated, unchanged);
        }

        private BulkUpsert upsert(String table, List<String> key, List<String> values) {
            List<String> columns = new ArrayList<>(key);
            columns.addAll(values);
            columns.addAll(FIGURES);
            // Ids and the portfolio are what one source of the same rows knows and another lacks (the Ads API
            // report has ids but no portfolio name, the console report the reverse): a row without them keeps
            // the stored ones, so importing both, in any order and again, leaves the row as it is.
            String[] ids = columns.stream()
                    .filter(c ->
                            (c.endsWith("_id") || c.equals("portfolio")) && !key.contains(c) && !c.equals("batch_id"))
                    .toArray(String[]::new);
            return BulkUpsert.into(db, table, columns, key).keepStoredWhenMissing(ids);
        }

        private List<Object> scope(AdScope scope, String campaignName) {
            List<Object> values = new ArrayList<>(40);
            values.add(accountId);
            values.add(scope.marketplace().code());
            values.add(scope.adProduct().name());
            values.add(scope.from());
            values.add(scope.to());
            values.add(campaignName);
            return values;
        }

        private void figures(List<Object> values, AdScope scope, AdFigures f) {
            values.add(scope.currency());
            values.add(scope.attributionDays());
            values.add(f.impressions());
            values.add(f.clicks());
            values.add(f.spend());
            values.add(f.sales());
            values.add(f.orders());
            values.add(f.units());
            values.add(f.advertisedSales());
            values.add(f.advertisedUnits());
            values.add(f.otherSales());
            values.add(f.otherUnits());
            values.add(batchId);
        }
    }

    /** Campaign rows whose period lies within [from, to]; only one-day rows when {@code daily}. */
    public List<CampaignPerformance> campaigns(long accountId, LocalDate from, LocalDate to, boolean daily) {
        var t = AD_CAMPAIGN_METRICS;
        Condition where = within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to);
        if (daily) {
            where = where.and(t.PERIOD_START.eq(t.PERIOD_END));
        }
        return db.selectFrom(t)
                .where(where)
                .orderBy(t.PERIOD_START, t.MARKETPLACE, t.AD_PRODUCT, t.CAMPAIGN_NAME)
                .fetch(r -> new CampaignPerformance(
                        scope(r),
                        r.getCampaignName(),
                        r.getCampaignId(),
                        r.getPortfolio(),
                        r.getCampaignStatus(),
                        r.getBudget(),
                        r.getTargetingType(),
                        r.getBiddingStrategy(),
                        figures(r)));
    }

    public List<TargetPerformance> targets(long accountId, LocalDate from, LocalDate to) {
        var t = AD_TARGET_METRICS;
        return db.selectFrom(t)
                .where(within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to))
                .orderBy(t.PERIOD_START, t.CAMPAIGN_NAME, t.AD_GROUP_NAME, t.TARGETING, t.MATCH_TYPE)
                .fetch(r -> new TargetPerformance(
                        scope(r),
                        r.getCampaignName(),
                        r.getCampaignId(),
                        r.getAdGroupName(),
                        r.getAdGroupId(),
                        r.getTargeting(),
                        r.getMatchType(),
                        r.getKeywordId(),
                        r.getPortfolio(),
                        r.getTopOfSearchShare(),
                        figures(r)));
    }

    public List<SearchTermPerformance> searchTerms(long accountId, LocalDate from, LocalDate to) {
        var t = AD_SEARCH_TERM_METRICS;
        return db.selectFrom(t)
                .where(within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to))
                .orderBy(t.PERIOD_START, t.CAMPAIGN_NAME, t.AD_GROUP_NAME, t.TARGETING, t.MATCH_TYPE, t.SEARCH_TERM)
                .fetch(r -> new SearchTermPerformance(
                        scope(r),
                        r.getCampaignName(),
                        r.getCampaignId(),
                        r.getAdGroupName(),
                        r.getAdGroupId(),
                        r.getTargeting(),
                        r.getMatchType(),
                        r.getKeywordId(),
                        r.getSearchTerm(),
                        r.getPortfolio(),
                        figures(r)));
    }

    public List<AdvertisedProductPerformance> advertisedProducts(long accountId, LocalDate from, LocalDate to) {
        var t = AD_PRODUCT_METRICS;
        return db.selectFrom(t)
                .where(within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to))
                .orderBy(t.PERIOD_START, t.CAMPAIGN_NAME, t.AD_GROUP_NAME, t.ADVERTISED_ASIN, t.ADVERTISED_SKU)
                .fetch(r -> new AdvertisedProductPerformance(
                        scope(r),
                        r.getCampaignName(),
                        r.getCampaignId(),
                        r.getAdGroupName(),
                        r.getAdGroupId(),
                        r.getAdvertisedAsin(),
                        r.getAdvertisedSku(),
                        r.getAdId(),
                        r.getPortfolio(),
                        figures(r)));
    }

    public List<AsinAdSpend> dailySpendByAsin(
            long accountId, Marketplace marketplace, LocalDate from, LocalDate split, LocalDate to) {
        var t = AD_PRODUCT_METRICS;
        var before = DSL.coalesce(DSL.sum(t.SPEND).filterWhere(t.PERIOD_START.lt(split)), BigDecimal.ZERO);
        var since = DSL.coalesce(DSL.sum(t.SPEND).filterWhere(t.PERIOD_START.ge(split)), BigDecimal.ZERO);
        return db.select(t.ADVERTISED_ASIN, DSL.max(t.CURRENCY), before, since)
                .from(t)
                .where(within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to))
                .and(t.MARKETPLACE.eq(marketplace.name()))
                .and(t.PERIOD_START.eq(t.PERIOD_END))
                .groupBy(t.ADVERTISED_ASIN)
                .orderBy(t.ADVERTISED_ASIN)
                .fetch(r -> new AsinAdSpend(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<PlacementPerformance> placements(long accountId, LocalDate from, LocalDate to) {
        var t = AD_PLACEMENT_METRICS;
        return db.selectFrom(t)
                .where(within(t.ACCOUNT_ID, t.PERIOD_START, t.PERIOD_END, accountId, from, to))
                .orderBy(t.PERIOD_START, t.CAMPAIGN_NAME, t.PLACEMENT)
                .fetch(r -> new PlacementPerformance(
                        scope(r),
                        r.getCampaignName(),
                        r.getCampaignId(),
                        r.getPlacement(),
                        r.getBiddingStrategy(),
                        r.getPortfolio(),
                        figures(r)));
    }

    private static <R extends Record> Condition within(
            TableField<R, Long> account,
            TableField<R, LocalDate> start,
            TableField<R, LocalDate> end,
            long accountId,
            LocalDate from,
            LocalDate to) {
        return account.eq(accountId).and(start.ge(from)).and(end.le(to));
    }

    private static AdScope scope(Record r) {
        return new AdScope(
                Marketplace.valueOf(r.get("marketplace", String.class)),
                AdProduct.valueOf(r.get("ad_product", String.class)),
                r.get("period_start", LocalDate.class),
                r.get("period_end", LocalDate.class),
                r.get("currency", String.class),
                r.get("attribution_days", Integer.class));
    }

    private static AdFigures figures(Record r) {
        return new AdFigures(
                r.get("impressions", Long.class),
                r.get("clicks", Long.class),
                r.get("spend", BigDecimal.class),
                r.get("sales", BigDecimal.class),
                r.get("orders", Long.class),
                r.get("units", Long.class),
                r.get("advertised_sales", BigDecimal.class),
                r.get("advertised_units", Long.class),
                r.get("other_sales", BigDecimal.class),
                r.get("other_units", Long.class));
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
