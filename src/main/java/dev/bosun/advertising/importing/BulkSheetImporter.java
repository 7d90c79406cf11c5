package dev.bosun.advertising.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.AdKeyword;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdStructure;
import dev.bosun.advertising.AdTarget;
import dev.bosun.advertising.PlacementAdjustment;
import dev.bosun.advertising.ProductAd;
import dev.bosun.advertising.domain.AdProductEvidence;
import dev.bosun.advertising.domain.AdSettings;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.advertising.domain.ConsoleValues;
import dev.bosun.advertising.domain.MatchTypes;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The "Sponsored Products Campaigns" sheet of a bulk operations download: one row per entity (campaign, ad
 * group, product ad, keyword, negative keyword, product target, bidding adjustment), identified by Amazon's ids.
 * It becomes the campaign structure; the sheet's performance columns (for the range chosen at download, with no
 * date per row) are not imported. Header list as in bulk sheets since 2022 (Product, Entity, Operation, Campaign
 * ID, …, 48+ columns), with the older "Keyword Id (Read only)" spellings. The sheet names no marketplace: it is
 * the one given for the file, or the account's only one.
 *
 * <p>The report reader takes the first sheet of a workbook; downloads that put "Portfolios" first must be saved
 * with the Sponsored Products sheet alone (or as csv) until the reader can pick a sheet by name.
 */
@Component
class BulkSheetImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.table(
            "advertising.bulk-sheet",
            "Sponsored Products bulk sheet (campaign structure)",
            List.of("Bulk operations: Sponsored Products Campaigns"),
            List.of(
                    required("Product"),
                    required("Entity"),
                    required("Operation"),
                    required("Campaign ID"),
                    required("Ad Group ID"),
                    optional("Portfolio ID"),
                    optional("Ad ID", "Ad Id (Read only)"),
                    required("Keyword ID", "Keyword Id (Read only)"),
                    required("Product Targeting ID", "Product Targeting Id (Read only)"),
                    optional("Campaign Name"),
                    optional("Ad Group Name"),
                    optional("Campaign Name (Informational only)"),
                    optional("Ad Group Name (Informational only)"),
                    optional("Start Date"),
                    optional("End Date"),
                    optional("Targeting Type"),
                    required("State"),
                    required("Daily Budget"),
                    optional("SKU"),
                    optional("ASIN", "ASIN (Informational only)"),
                    required("Ad Group Default Bid"),
                    optional("Ad Group Default Bid (Informational only)"),
                    required("Bid"),
                    required("Keyword Text"),
                    required("Match Type"),
                    optional("Bidding Strategy"),
                    optional("Placement"),
                    optional("Percentage"),
                    required("Product Targeting Expression"),
                    optional("Resolved Product Targeting Expression (Informational only)")));

    private final AdStructure structure;

    BulkSheetImporter(AdStructure structure) {
        this.structure = structure;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        AdStructure.Recorder recorder = structure.recorder(context.accountId(), context.batchId());
        Optional<Marketplace> marketplace = context.defaultMarketplace();
        for (ReportRow row : content.rows()) {
            if (marketplace.isEmpty()) {
                row.reject(
                        "marketplace",
                        "the marketplace of the sheet, since the account sells in several: give it (bosun import"
                                + " --marketplace "
                                + context.accountMarketplaces().get(0).code() + ")",
                        "none");
                continue;
            }
            // A "Create" row is an upload instruction (Bosun's own bulk sheets are made of them): read and checked
            // like any row, but not structure until Amazon has created the entity and a download lists its id.
            boolean create = "create"
                    .equalsIgnoreCase(String.valueOf(row.text("Operation")).strip());
            record(row, marketplace.get(), create ? NOT_YET_CREATED : recorder, create);
            if (row.valid()) {
                context.coverage().saw(marketplace.get());
            }
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private static void record(ReportRow row, Marketplace marketplace, AdStructure.Recorder recorder, boolean create) {
        String product = row.text("Product");
        if (product != null && AdProductEvidence.fromCampaignType(product).orElse(null) != AdProduct.SP) {
            row.reject(
                    "Product", "Sponsored Products (the sheet of Sponsored Products campaigns)", Cells.quoted(product));
        }
        String entityText = row.requireText("Entity");
        BulkEntity entity = null;
        if (entityText != null) {
            entity = BulkEntity.named(entityText).orElse(null);
            if (entity == null) {
                row.reject("Entity", "an entity such as " + BulkEntity.labels(), Cells.quoted(entityText));
            }
        }
        String campaignId = Cells.requireId(row, "Campaign ID");
        if (!row.valid()) {
            return;
        }
        String currency = marketplace.currency().getCurrencyCode();
        String state = AdSettings.state(row.text("State"));
        switch (entity) {
            case CAMPAIGN -> {
                String name = either(row, "Campaign Name", "Campaign Name (Informational only)");
                String portfolioId = Cells.id(row, "Portfolio ID");
                String targetingType = AdSettings.targetingType(row.text("Targeting Type"));
                BigDecimal budget = Cells.amount(row, "Daily Budget");
                LocalDate start = date(row, "Start Date");
                LocalDate end = date(row, "End Date");
                if (start != null && end != null && end.isBefore(start)) {
                    row.reject("End Date", "a date on or after the start date " + start, end.toString());
                }
                if (row.valid()) {
                    recorder.add(new AdCampaign(
                            campaignId,
                            AdProduct.SP,
                            marketplace,
                            name,
                            portfolioId,
                            state,
                            targetingType,
                            budget,
                            currency,
                            Cells.text(row, "Bidding Strategy", 120, false),
                            start,
                            end));
                }
            }
            case AD_GROUP -> {
                String adGroupId = Cells.requireId(row, "Ad Group ID");
                String name = either(row, "Ad Group Name", "Ad Group Name (Informational only)");
                BigDecimal bid = Cells.amount(row, "Ad Group Default Bid");
                if (bid == null && row.valid()) {
                    bid = Cells.amount(row, "Ad Group Default Bid (Informational only)");
                }
                if (row.valid()) {
                    recorder.add(new AdGroup(adGroupId, campaignId, name, state, bid, currency));
                }
            }
            case KEYWORD, NEGATIVE_KEYWORD, CAMPAIGN_NEGATIVE_KEYWORD -> {
                boolean negative = entity != BulkEntity.KEYWORD;
                String keywordId = ownId(row, "Keyword ID", create);
                String adGroupId =
                        entity == BulkEntity.CAMPAIGN_NEGATIVE_KEYWORD ? null : Cells.requireId(row, "Ad Group ID");
                String text = Cells.text(row, "Keyword Text", 1000, true);
                String matchType = keywordMatchType(row, negative);
                BigDecimal bid = negative ? null : Cells.amount(row, "Bid");
                if (row.valid()) {
                    recorder.add(new AdKeyword(
                            keywordId, campaignId, adGroupId, text, matchType, negative, state, bid, currency));
                }
            }
            case PRODUCT_AD -> {
                String adId = ownId(row, "Ad ID", create);
                String adGroupId = Cells.requireId(row, "Ad Group ID");
                String sku = Cells.text(row, "SKU", 200, false);
                String asin = Cells.text(row, "ASIN", 20, false);
                if (sku == null && asin == null && row.valid()) {
                    row.reject("SKU", "the advertised SKU (sellers) or ASIN (vendors)", "empty cells");
                }
                if (row.valid()) {
                    recorder.add(new ProductAd(
                            adId,
                            campaignId,
                            adGroupId,
                            sku,
                            asin == null ? null : asin.toUpperCase(Locale.ROOT),
                            state));
                }
            }
            case PRODUCT_TARGETING, NEGATIVE_PRODUCT_TARGETING, CAMPAIGN_NEGATIVE_PRODUCT_TARGETING -> {
                boolean negative = entity != BulkEntity.PRODUCT_TARGETING;
                String targetId = ownId(row, "Product Targeting ID", create);
                String adGroupId = entity == BulkEntity.CAMPAIGN_NEGATIVE_PRODUCT_TARGETING
                        ? null
                        : Cells.requireId(row, "Ad Group ID");
                String expression = Cells.text(row, "Product Targeting Expression", 1000, true);
                BigDecimal bid = negative ? null : Cells.amount(row, "Bid");
                if (row.valid()) {
                    recorder.add(new AdTarget(
                            targetId,
                            campaignId,
                            adGroupId,
                            expression,
                            Cells.text(row, "Resolved Product Targeting Expression (Informational only)", 1000, false),
                            negative,
                            state,
                            bid,
                            currency));
                }
            }
            case BIDDING_ADJUSTMENT -> {
                String placement = Cells.text(row, "Placement", 120, true);
                BigDecimal percentage = row.requireDecimal("Percentage");
                if (percentage != null
                        && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(900)) > 0)) {
                    row.reject("Percentage", "a raise from 0 to 900 percent", percentage.toPlainString());
                }
                if (row.valid()) {
                    recorder.add(new PlacementAdjustment(campaignId, placement, percentage));
                }
            }
        }
    }

    /** The entity's own id: required, except in a row that creates the entity (Amazon gives the id). */
    private static String ownId(ReportRow row, String column, boolean create) {
        if (!create) {
            return Cells.requireId(row, column);
        }
        String id = Cells.id(row, column);
        return id == null ? "" : id;
    }

    /** Where the rows of entities still to be created go: nowhere. */
    private static final AdStructure.Recorder NOT_YET_CREATED = new AdStructure.Recorder() {
        @Override
        public void add(AdCampaign campaign) {}

        @Override
        public void add(AdGroup adGroup) {}

        @Override
        public void add(AdKeyword keyword) {}

        @Override
        public void add(ProductAd productAd) {}

        @Override
        public void add(AdTarget target) {}

        @Override
        public void add(PlacementAdjustment adjustment) {}

        @Override
        public UpsertCounts finish() {
            throw new UnsupportedOperationException("rows to be created are not recorded");
        }
    };

    /** Keywords: EXACT, PHRASE, BROAD; negative keywords: NEGATIVE_EXACT, NEGATIVE_PHRASE ("exact" accepted). */
    private static String keywordMatchType(ReportRow row, boolean negative) {
        String text = row.requireText("Match Type");
        if (text == null) {
            return null;
        }
        String canonical = MatchTypes.canonical(text);
        if (negative && (canonical.equals("EXACT") || canonical.equals("PHRASE"))) {
            canonical = "NEGATIVE_" + canonical;
        }
        boolean fits = negative ? MatchTypes.isNegative(canonical) : MatchTypes.isKeyword(canonical);
        if (!fits) {
            row.reject(
                    "Match Type",
                    negative ? "negativeExact or negativePhrase" : "exact, phrase or broad",
                    Cells.quoted(text));
            return null;
        }
        return canonical;
    }

    /** Bulk sheets write dates as {@code 20230115}; other forms go to the report reader. */
    private static LocalDate date(ReportRow row, String column) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        return ConsoleValues.compactDate(text).orElseGet(() -> row.date(column));
    }

    private static String either(ReportRow row, String column, String informational) {
        String value = row.text(column);
        if (value == null) {
            value = row.text(informational);
        }
        if (value == null) {
            row.reject(column, "a name (in " + column + " or " + informational + ")", "empty cells");
        } else if (value.length() > 400) {
            row.reject(column, "at most 400 characters", value.length() + " characters");
            return null;
        }
        return value;
    }

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of(
                "ad_campaigns", "ad_groups", "ad_keywords", "ad_product_ads", "ad_targets", "ad_placement_adjustments");
    }
}
