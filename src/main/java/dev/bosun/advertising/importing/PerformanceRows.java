package dev.bosun.advertising.importing;

import static dev.bosun.advertising.importing.AdColumns.ADVERTISED_ASIN;
import static dev.bosun.advertising.importing.AdColumns.ADVERTISED_SKU;
import static dev.bosun.advertising.importing.AdColumns.AD_GROUP_ID;
import static dev.bosun.advertising.importing.AdColumns.AD_GROUP_NAME;
import static dev.bosun.advertising.importing.AdColumns.AD_ID;
import static dev.bosun.advertising.importing.AdColumns.BIDDING_STRATEGY;
import static dev.bosun.advertising.importing.AdColumns.BUDGET;
import static dev.bosun.advertising.importing.AdColumns.CAMPAIGN_ID;
import static dev.bosun.advertising.importing.AdColumns.CAMPAIGN_NAME;
import static dev.bosun.advertising.importing.AdColumns.CAMPAIGN_TYPE;
import static dev.bosun.advertising.importing.AdColumns.CLICKS;
import static dev.bosun.advertising.importing.AdColumns.COUNTRY;
import static dev.bosun.advertising.importing.AdColumns.CURRENCY;
import static dev.bosun.advertising.importing.AdColumns.DATE;
import static dev.bosun.advertising.importing.AdColumns.DATE_RANGE;
import static dev.bosun.advertising.importing.AdColumns.END_DATE;
import static dev.bosun.advertising.importing.AdColumns.IMPRESSIONS;
import static dev.bosun.advertising.importing.AdColumns.KEYWORD_ID;
import static dev.bosun.advertising.importing.AdColumns.MATCH_TYPE;
import static dev.bosun.advertising.importing.AdColumns.PORTFOLIO;
import static dev.bosun.advertising.importing.AdColumns.SPEND;
import static dev.bosun.advertising.importing.AdColumns.START_DATE;
import static dev.bosun.advertising.importing.AdColumns.STATUS;
import static dev.bosun.advertising.importing.AdColumns.TARGETING_TYPE;
import static dev.bosun.advertising.importing.AdColumns.TOP_OF_SEARCH_SHARE;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.advertising.PlacementPerformance;
import dev.bosun.advertising.SearchTermPerformance;
import dev.bosun.advertising.TargetPerformance;
import dev.bosun.advertising.domain.AdProductEvidence;
import dev.bosun.advertising.domain.AdSettings;
import dev.bosun.advertising.domain.ConsoleValues;
import dev.bosun.advertising.domain.MarketplaceChoice;
import dev.bosun.advertising.domain.MatchTypes;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the rows of any sponsored ads performance report (console, 2026 export, Ads API) through the canonical
 * columns of {@link AdColumns} and records them at the report's level of detail. Per file it settles the level,
 * the attribution window and the ad product; per row the period, the marketplace, the currency and the figures.
 * Report ratios (CTR, CPC, ACoS, ROAS, conversion rate) are not read: they are derived from the figures.
 */
final class PerformanceRows {

    private static final int NAME_LIMIT = 400;
    private static final int TEXT_LIMIT = 1000;

    private final AdPerformance performance;
    private final boolean api;

    /**
     * @param api whether the rows come from the Ads API (Sponsored Products report types only), rather than a
     *     console download whose ad product must be told from the file
     */
    PerformanceRows(AdPerformance performance, boolean api) {
        this.performance = performance;
        this.api = api;
    }

    /** What holds for every row of a file. */
    private record FileFacts(ReportLevel level, int window, Optional<AdProduct> adProduct) {}

    ImportCounts load(ImportContext context, ReportContent content) {
        AdPerformance.Recorder recorder = performance.recorder(context.accountId(), context.batchId());
        FileFacts facts = null;
        for (ReportRow row : content.rows()) {
            if (facts == null) {
                facts = facts(row, context);
            }
            record(row, facts, context, recorder);
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    private FileFacts facts(ReportRow row, ImportContext context) {
        ReportLevel level = ReportLevel.of(row::has);
        int window = AdColumns.WINDOWS.stream()
                .filter(w -> row.has(AdColumns.sales(w)))
                .findFirst()
                .orElse(7);
        Optional<AdProduct> product;
        if (api) {
            product = Optional.of(AdProduct.SP);
        } else {
            Set<String> markers = new HashSet<>();
            for (String marker : Set.of(
                    AdProductEvidence.SHARED_COST_TYPE,
                    AdProductEvidence.SHARED_VIEWABLE_IMPRESSIONS,
                    AdProductEvidence.DISPLAY_ONLY_BID_OPTIMIZATION,
                    AdProductEvidence.DISPLAY_ONLY_TACTIC)) {
                if (row.has(marker)) {
                    markers.add(marker);
                }
            }
            // The report's own name, not the zip it may have come in ("weekly.zip!/Sponsored Brands …").
            String name = context.fileName().substring(context.fileName().lastIndexOf('/') + 1);
            product = AdProductEvidence.ofFile(name, markers);
        }
        return new FileFacts(level, window, product);
    }

    private static void record(ReportRow row, FileFacts facts, ImportContext context, AdPerformance.Recorder recorder) {
        AdScope scope = scope(row, facts, context);
        AdFigures figures = figures(row, facts.window());
        String campaign = Cells.text(row, CAMPAIGN_NAME, NAME_LIMIT, true);
        String campaignId = Cells.id(row, CAMPAIGN_ID);
        String portfolio = Cells.text(row, PORTFOLIO, NAME_LIMIT, false);
        switch (facts.level()) {
            case SEARCH_TERM -> {
                String adGroup = keyText(row, AD_GROUP_NAME, NAME_LIMIT);
                String targeting = keyText(row, AdColumns.TARGETING, TEXT_LIMIT);
                String matchType = matchType(row);
                String searchTerm = Cells.text(row, AdColumns.SEARCH_TERM, TEXT_LIMIT, true);
                String adGroupId = Cells.id(row, AD_GROUP_ID);
                String keywordId = Cells.id(row, KEYWORD_ID);
                if (row.valid()) {
                    recorder.add(new SearchTermPerformance(
                            scope,
                            campaign,
                            campaignId,
                            adGroup,
                            adGroupId,
                            targeting,
                            matchType,
                            keywordId,
                            searchTerm,
                            portfolio,
                            figures));
                }
            }
            case TARGETING -> {
                String adGroup = keyText(row, AD_GROUP_NAME, NAME_LIMIT);
                String targeting = Cells.text(row, AdColumns.TARGETING, TEXT_LIMIT, true);
                String matchType = matchType(row);
                String adGroupId = Cells.id(row, AD_GROUP_ID);
                String keywordId = Cells.id(row, KEYWORD_ID);
                BigDecimal topOfSearch = row.fraction(TOP_OF_SEARCH_SHARE);
                if (topOfSearch != null && (topOfSearch.signum() < 0 || topOfSearch.compareTo(BigDecimal.ONE) > 0)) {
                    row.reject(TOP_OF_SEARCH_SHARE, "a share from 0% to 100%", topOfSearch.toPlainString());
                }
                if (row.valid()) {
                    recorder.add(new TargetPerformance(
                            scope,
                            campaign,
                            campaignId,
                            adGroup,
                            adGroupId,
                            targeting,
                            matchType,
                            keywordId,
                            portfolio,
                            topOfSearch,
                            figures));
                }
            }
            case ADVERTISED_PRODUCT -> {
                String adGroup = keyText(row, AD_GROUP_NAME, NAME_LIMIT);
                String asin = keyText(row, ADVERTISED_ASIN, 20);
                String sku = keyText(row, ADVERTISED_SKU, 200);
                if (row.valid() && asin.isEmpty() && sku.isEmpty()) {
                    row.reject(
                            row.has(ADVERTISED_ASIN) ? ADVERTISED_ASIN : ADVERTISED_SKU,
                            "an advertised ASIN or SKU",
                            "none");
                }
                String adGroupId = Cells.id(row, AD_GROUP_ID);
                String adId = Cells.id(row, AD_ID);
                if (row.valid()) {
                    recorder.add(new AdvertisedProductPerformance(
                            scope,
                            campaign,
                            campaignId,
                            adGroup,
                            adGroupId,
                            asin.toUpperCase(Locale.ROOT),
                            sku,
                            adId,
                            portfolio,
                            figures));
                }
            }
            case PLACEMENT -> {
                String placement = Cells.text(row, AdColumns.PLACEMENT, 120, true);
                String bidding = Cells.text(row, BIDDING_STRATEGY, 120, false);
                if (row.valid()) {
                    recorder.add(new PlacementPerformance(
                            scope, campaign, campaignId, placement, bidding, portfolio, figures));
                }
            }
            case CAMPAIGN -> {
                String status = AdSettings.state(Cells.text(row, STATUS, 40, false));
                BigDecimal budget = Cells.amount(row, BUDGET);
                String targetingType = AdSettings.targetingType(Cells.text(row, TARGETING_TYPE, 20, false));
                String bidding = Cells.text(row, BIDDING_STRATEGY, 120, false);
                if (row.valid()) {
                    recorder.add(new CampaignPerformance(
                            scope, campaign, campaignId, portfolio, status, budget, targetingType, bidding, figures));
                }
            }
            case AD_GROUP ->
                row.reject(
                        AD_GROUP_NAME,
                        "a search term, targeting, advertised product, placement or campaign report",
                        "an ad group report, which Bosun does not import");
        }
        if (row.valid() && scope != null) {
            context.coverage().saw(scope.marketplace());
            context.coverage().saw(scope.from());
            context.coverage().saw(scope.to());
        }
    }

    /** The row's period, marketplace, ad product and currency; null (with problems recorded) when unclear. */
    private static AdScope scope(ReportRow row, FileFacts facts, ImportContext context) {
        LocalDate from = null;
        LocalDate to = null;
        if (row.has(DATE_RANGE)) {
            String text = row.requireText(DATE_RANGE);
            if (text != null) {
                Optional<ConsoleValues.DateRange> range = ConsoleValues.dateRange(text);
                if (range.isPresent()) {
                    from = range.get().from();
                    to = range.get().to();
                } else {
                    row.reject(DATE_RANGE, "a period such as Aug 18, 2026 - Aug 24, 2026", Cells.quoted(text));
                }
            }
        } else if (row.has(DATE)) {
            // Reports by day: "Start Date"/"End Date", if present, are the campaign's own dates.
            from = row.requireDate(DATE);
            to = from;
        } else {
            from = row.requireDate(START_DATE);
            to = row.date(END_DATE);
            if (to == null) {
                to = from;
            } else if (from != null && to.isBefore(from)) {
                row.reject(END_DATE, "a date on or after the start date " + from, to.toString());
            }
        }
        String currency = row.text(CURRENCY);
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                row.reject(CURRENCY, "an ISO currency code such as USD or INR", Cells.quoted(row.text(CURRENCY)));
                currency = null;
            }
        }
        Marketplace marketplace = null;
        if (row.valid()) {
            MarketplaceChoice.Outcome outcome = MarketplaceChoice.of(
                    row.text(COUNTRY), currency, context.marketplace(), context.accountMarketplaces());
            if (outcome.chosen()) {
                marketplace = outcome.marketplace();
            } else {
                String column = switch (outcome.column()) {
                    case "country" -> COUNTRY;
                    case "currency" -> CURRENCY;
                    default -> "marketplace";
                };
                row.reject(column, outcome.expected(), outcome.found());
            }
        }
        AdProduct product = AdProductEvidence.fromCampaignType(row.text(CAMPAIGN_TYPE))
                .or(facts::adProduct)
                .orElse(null);
        if (product == null) {
            row.reject(
                    row.has(AdProductEvidence.SHARED_COST_TYPE) ? AdProductEvidence.SHARED_COST_TYPE : CAMPAIGN_NAME,
                    "a report whose file name says Sponsored Brands or Sponsored Display (as Amazon names the"
                            + " download), since both kinds of report have these columns",
                    Cells.quoted(context.fileName()));
        }
        if (!row.valid() || marketplace == null) {
            return null;
        }
        return new AdScope(
                marketplace,
                product,
                from,
                to,
                currency != null ? currency : marketplace.currency().getCurrencyCode(),
                facts.window());
    }

    private static AdFigures figures(ReportRow row, int window) {
        Long impressions = count(row, IMPRESSIONS, true);
        Long clicks = count(row, CLICKS, true);
        BigDecimal spend = Cells.amount(row, SPEND);
        if (spend == null && row.text(SPEND) == null) {
            row.reject(SPEND, "a value", "an empty cell");
        } else if (spend != null && spend.signum() < 0) {
            row.reject(SPEND, "an amount of 0 or more", spend.toPlainString());
        }
        BigDecimal sales = Cells.amount(row, AdColumns.sales(window));
        Long orders = count(row, AdColumns.orders(window), false);
        Long units = count(row, AdColumns.units(window), false);
        BigDecimal advertisedSales = Cells.amount(row, AdColumns.advertisedSales(window));
        Long advertisedUnits = count(row, AdColumns.advertisedUnits(window), false);
        BigDecimal otherSales = Cells.amount(row, AdColumns.otherSales(window));
        Long otherUnits = count(row, AdColumns.otherUnits(window), false);
        if (!row.valid() || impressions == null || clicks == null || spend == null) {
            return null;
        }
        return new AdFigures(
                impressions,
                clicks,
                spend,
                sales,
                orders,
                units,
                advertisedSales,
                advertisedUnits,
                otherSales,
                otherUnits);
    }

    private static Long count(ReportRow row, String column, boolean required) {
        Long value = required ? row.requireInteger(column) : row.integer(column);
        if (value != null && value < 0) {
            row.reject(column, "a count of 0 or more", value.toString());
            return null;
        }
        return value;
    }

    private static String matchType(ReportRow row) {
        String canonical = MatchTypes.canonical(row.text(MATCH_TYPE));
        if (canonical != null && canonical.length() > 40) {
            row.reject(MATCH_TYPE, "a match type such as EXACT, PHRASE or BROAD", Cells.quoted(row.text(MATCH_TYPE)));
        }
        return canonical == null ? "" : canonical;
    }

    /** A part of the natural key: "" when the file has no such column; required when it has. */
    private static String keyText(ReportRow row, String column, int limit) {
        if (!row.has(column)) {
            return "";
        }
        String value = Cells.text(row, column, limit, true);
        return value == null ? "" : value;
    }
}
