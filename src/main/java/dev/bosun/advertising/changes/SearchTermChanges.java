package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.AdChangeException;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ProductAd;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.advertising.WatchScope;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.workflow.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Harvest and negation proposals as bulk-sheet rows, with Amazon's ids from the imported structure.
 *
 * <p>Harvest: a Keyword "Create" (exact, at the suggested bid) in an ad group of a manual campaign that advertises
 * the source ad group's products (same SKU or ASIN; the one sharing most, then a campaign named "exact", then the
 * lowest id), and a Negative Keyword "Create" (negativeExact) in the source ad group, so that the source stops
 * buying the term the exact keyword now bids on. A term from a broad or phrase keyword of a manual ad group that no
 * other manual ad group's products share becomes an exact keyword of that ad group, without the negative (it would
 * block the new keyword itself). A term whose products no manual campaign advertises gets one: a manual campaign, an
 * ad group with the source ad group's SKUs and the exact keyword are created in the same sheet
 * ({@link #createManual}). Negate: the Negative Keyword "Create" alone. Amazon's ids are needed for the rows to land
 * (the sheet identifies parents by id), so a proposal whose campaign or ad group the imported bulk sheet does not know
 * is refused, and so is a harvest that has neither a manual ad group nor a SKU to advertise.
 */
public final class SearchTermChanges {

    private SearchTermChanges() {}

    /** Identifies a proposal across days: a harvest by term, a negation by term and source ad group. */
    public static String key(SearchTermProposal p) {
        String term = p.searchTerm().toLowerCase(Locale.ROOT);
        return p.kind() == SearchTermProposal.Kind.HARVEST
                ? "harvest|" + p.marketplace().code() + "|" + term
                : "negate|" + p.marketplace().code() + "|" + p.campaignName() + "|" + p.adGroupName() + "|" + term;
    }

    /**
     * The proposal as rows, evidence, expected effect and watched figures.
     *
     * @throws AdChangeException when the structure lacks the ids the rows need
     */
    public static ProposedAdChange of(SearchTermProposal p, StructureIndex structure) {
        AdCampaign source = structure
                .campaign(p.campaignName())
                .orElseThrow(() -> new AdChangeException(
                        "ads.changes.error.unknown-campaign",
                        "The imported bulk sheet has no campaign \"" + p.campaignName()
                                + "\": import a recent bulk sheet first",
                        p.campaignName()));
        AdGroup group = structure
                .adGroup(source, p.adGroupName())
                .orElseThrow(() -> new AdChangeException(
                        "ads.changes.error.unknown-ad-group",
                        "The imported bulk sheet has no ad group \"" + p.adGroupName() + "\" in \"" + p.campaignName()
                                + "\": import a recent bulk sheet first",
                        p.adGroupName(),
                        p.campaignName()));
        List<AdChange> rows = new ArrayList<>();
        String label;
        ExpectedEffect expected;
        WatchScope watch;
        boolean negateInSource = true;
        if (p.kind() == SearchTermProposal.Kind.HARVEST) {
            // A term found by a broad or phrase keyword of a manual ad group with no other manual ad group for its
            // products becomes an exact keyword of that same ad group, without the negative exact (which would keep
            // the ad group's own exact keyword from matching).
            boolean manualSource =
                    "MANUAL".equals(source.targetingType()) && live(source.state()) && live(group.state());
            java.util.Optional<AdGroup> other = manualGroupFor(group, structure);
            if (other.isEmpty() && !manualSource) {
                // no manual campaign advertises these products: the harvest creates one, with an ad group
                // advertising the source ad group's products, the exact keyword in it
                label = createManual(p, source, group, structure, rows);
            } else {
                AdGroup target = other.orElse(group);
                negateInSource = other.isPresent();
                AdCampaign manual = structure.campaignById(target.campaignId()).orElseThrow();
                rows.add(new AdChange(
                        p.marketplace(),
                        BulkEntity.KEYWORD,
                        AdChange.Operation.CREATE,
                        manual.campaignId(),
                        manual.name(),
                        target.adGroupId(),
                        target.name(),
                        null,
                        p.searchTerm(),
                        "exact",
                        AdChange.Field.BID,
                        null,
                        p.suggestedBid().toPlainString()));
                label = "harvest \"" + p.searchTerm() + "\" → " + manual.name() + " / " + target.name();
            }
            expected = new ExpectedEffect(
                    ExpectedEffect.Metric.ACOS,
                    ExpectedEffect.Direction.AT_MOST,
                    p.target().value());
            watch = WatchScope.term(p.searchTerm());
        } else {
            label = "negate \"" + p.searchTerm() + "\" in " + p.campaignName() + " / " + p.adGroupName();
            expected = new ExpectedEffect(ExpectedEffect.Metric.SPEND, ExpectedEffect.Direction.DOWN, p.spendPerWeek());
            watch = WatchScope.term(p.campaignName(), p.adGroupName(), p.searchTerm());
        }
        if (negateInSource) {
            rows.add(new AdChange(
                    p.marketplace(),
                    BulkEntity.NEGATIVE_KEYWORD,
                    AdChange.Operation.CREATE,
                    source.campaignId(),
                    source.name(),
                    group.adGroupId(),
                    group.name(),
                    null,
                    p.searchTerm(),
                    "negativeExact",
                    null,
                    null,
                    null));
        }
        return new ProposedAdChange(
                p.kind().code(), key(p), p.marketplace(), p.currency(), label, evidence(p), rows, expected, watch);
    }

    /** The figures behind the proposal, by name, as the request and the change history show them. */
    static Map<String, String> evidence(SearchTermProposal p) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("reason", p.reason().code());
        e.put("window", p.from() + " – " + p.to());
        e.put("source", p.campaignName() + " / " + p.adGroupName() + " (" + p.targeting() + ", " + p.matchType() + ")");
        e.put("clicks", String.valueOf(p.figures().clicks()));
        e.put(
                "orders",
                String.valueOf(p.figures().orders() == null ? 0 : p.figures().orders()));
        e.put("spend", Unit.MONEY.format(p.figures().spend()) + " " + p.currency());
        e.put("sales", Unit.MONEY.format(p.figures().sales()) + " " + p.currency());
        e.put("acos", Unit.RATE.format(p.acos()));
        e.put("target-acos", Unit.RATE.format(p.target().value()));
        if (p.target().breakEven() != null) {
            e.put("break-even-acos", Unit.RATE.format(p.target().breakEven()));
        }
        e.put("conversion", Unit.RATE.format(p.conversionRate()));
        e.put("limit", String.valueOf(p.limit()));
        if (p.suggestedBid() != null) {
            e.put("bid", Unit.MONEY.format(p.suggestedBid()) + " " + p.currency());
        }
        e.put("spend-per-week", Unit.MONEY.format(p.spendPerWeek()) + " " + p.currency());
        e.put("orders-per-week", Unit.NUMBER.format(p.ordersPerWeek()));
        return e;
    }

    /** The bidding strategy of a campaign a harvest creates: Amazon lowers the bid where a sale is less likely. */
    static final String NEW_CAMPAIGN_BIDDING = "Dynamic bids - down only";

    /**
     * The rows creating a manual campaign for a harvest whose products no manual campaign advertises: the campaign
     * ("{@code <source campaign> - Exact}", numbered when the name is taken; the source's daily budget, dynamic bids
     * down only, starting on the day the sheet is written), an ad group ("{@code <source ad group> - Exact}", the
     * suggested bid as its default), a product ad for each SKU the source ad group advertises, and the exact keyword.
     * The new campaign and ad group are named in the sheet's id columns, which link the rows of one upload.
     *
     * @return the label of the change
     * @throws AdChangeException when the source ad group advertises no SKU (nothing to advertise)
     */
    /** A row creating an entity of the new campaign, which the sheet names by its name in the id columns. */
    private static AdChange created(
            SearchTermProposal p,
            BulkEntity entity,
            String campaign,
            String adGroup,
            String keyword,
            String matchType,
            AdChange.Field field,
            String value,
            Map<String, String> cells) {
        return new AdChange(
                p.marketplace(),
                entity,
                AdChange.Operation.CREATE,
                campaign,
                campaign,
                adGroup,
                adGroup,
                null,
                keyword,
                matchType,
                field,
                null,
                value,
                cells);
    }

    private static Map<String, String> campaignCells() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Targeting Type", "Manual");
        cells.put("Bidding Strategy", NEW_CAMPAIGN_BIDDING);
        return cells;
    }

    static String createManual(
            SearchTermProposal p, AdCampaign source, AdGroup group, StructureIndex structure, List<AdChange> rows) {
        List<String> skus = structure.productAds(group.adGroupId()).stream()
                .filter(a -> live(a.state()))
                .map(ProductAd::sku)
                .filter(sku -> sku != null && !sku.isBlank())
                .distinct()
                .toList();
        if (skus.isEmpty()) {
            throw new AdChangeException(
                    "ads.changes.error.no-manual-ad-group",
                    "No manual campaign advertises the products of \"" + p.adGroupName()
                            + "\", and it advertises no SKU to create one with",
                    p.adGroupName());
        }
        String campaign = source.name() + " - Exact";
        for (int n = 2; structure.campaign(campaign).isPresent(); n++) {
            campaign = source.name() + " - Exact " + n;
        }
        String adGroup = group.name() + " - Exact";
        String budget =
                source.dailyBudget() == null ? null : source.dailyBudget().toPlainString();
        String bid = p.suggestedBid().toPlainString();
        rows.add(created(
                p,
                BulkEntity.CAMPAIGN,
                campaign,
                null,
                null,
                null,
                budget == null ? null : AdChange.Field.DAILY_BUDGET,
                budget,
                campaignCells()));
        rows.add(created(
                p,
                BulkEntity.AD_GROUP,
                campaign,
                adGroup,
                null,
                null,
                AdChange.Field.AD_GROUP_DEFAULT_BID,
                bid,
                Map.of()));
        for (String sku : skus) {
            rows.add(created(p, BulkEntity.PRODUCT_AD, campaign, adGroup, null, null, null, null, Map.of("SKU", sku)));
        }
        rows.add(created(
                p, BulkEntity.KEYWORD, campaign, adGroup, p.searchTerm(), "exact", AdChange.Field.BID, bid, Map.of()));
        return "harvest \"" + p.searchTerm() + "\" → new " + campaign + " / " + adGroup;
    }

    /** The manual ad group that advertises most of the source ad group's products, if any. */
    static java.util.Optional<AdGroup> manualGroupFor(AdGroup source, StructureIndex structure) {
        Set<String> products = products(structure.productAds(source.adGroupId()));
        if (products.isEmpty()) {
            return java.util.Optional.empty();
        }
        Comparator<AdGroup> order = Comparator.comparingLong(
                        (AdGroup g) -> -shared(products, structure.productAds(g.adGroupId())))
                .thenComparing(g -> structure
                                .campaignById(g.campaignId())
                                .map(c -> c.name().toLowerCase(Locale.ROOT).contains("exact"))
                                .orElse(false)
                        ? 0
                        : 1)
                .thenComparing(AdGroup::adGroupId);
        return structure.adGroups().stream()
                .filter(g -> !g.adGroupId().equals(source.adGroupId()))
                .filter(g -> live(g.state()))
                .filter(g -> structure
                        .campaignById(g.campaignId())
                        .filter(c -> "MANUAL".equals(c.targetingType()) && live(c.state()))
                        .isPresent())
                .filter(g -> shared(products, structure.productAds(g.adGroupId())) > 0)
                .min(order);
    }

    private static boolean live(String state) {
        return state == null || "ENABLED".equals(state);
    }

    private static Set<String> products(List<ProductAd> ads) {
        return ads.stream()
                .filter(a -> !"ARCHIVED".equals(a.state()))
                .flatMap(a -> java.util.stream.Stream.of(
                        a.sku() == null ? null : "sku:" + a.sku(), a.asin() == null ? null : "asin:" + a.asin()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static long shared(Set<String> products, List<ProductAd> ads) {
        return products(ads).stream().filter(products::contains).count();
    }
}
