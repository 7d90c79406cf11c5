package dev.bosun.advertising.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.advertising.AcosTarget;
import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.AdChangeException;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ProductAd;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.advertising.WatchScope;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Harvest and negation proposals as bulk-sheet rows: Amazon's ids from the imported structure, the exact keyword in
 * the manual ad group that advertises the same products, the negative exact in the source; refused when the ids are
 * not known.
 */
class SearchTermChangesTests {

    static final String AUTO = "Board | Auto";
    static final String EXACT = "Board | Exact";
    static final String OTHER = "Knives | Manual";

    static AdCampaign campaign(String id, String name, String targeting, String state) {
        return new AdCampaign(
                id,
                AdProduct.SP,
                Marketplace.US,
                name,
                null,
                state,
                targeting,
                BigDecimal.TEN,
                "USD",
                null,
                null,
                null);
    }

    static StructureIndex store(boolean withManual) {
        List<AdCampaign> campaigns = new ArrayList<>(
                List.of(campaign("100", AUTO, "AUTO", "ENABLED"), campaign("300", OTHER, "MANUAL", "ENABLED")));
        List<AdGroup> groups = new ArrayList<>(List.of(
                new AdGroup("110", "100", "Auto", "ENABLED", new BigDecimal("0.75"), "USD"),
                new AdGroup("310", "300", "Knives", "ENABLED", new BigDecimal("0.75"), "USD")));
        List<ProductAd> ads = new ArrayList<>(List.of(
                new ProductAd("111", "100", "110", "BOARD-1", "B0BOARD001", "ENABLED"),
                new ProductAd("311", "300", "310", "KNIFE-1", "B0KNIFE001", "ENABLED")));
        if (withManual) {
            campaigns.add(campaign("200", EXACT, "MANUAL", "ENABLED"));
            groups.add(new AdGroup("210", "200", "Exact", "ENABLED", new BigDecimal("0.75"), "USD"));
            ads.add(new ProductAd("211", "200", "210", "BOARD-1", null, "ENABLED"));
            // A paused manual campaign with the same product is no place for a new keyword.
            campaigns.add(campaign("400", "Board | Old", "MANUAL", "PAUSED"));
            groups.add(new AdGroup("410", "400", "Old", "ENABLED", new BigDecimal("0.75"), "USD"));
            ads.add(new ProductAd("411", "400", "410", "BOARD-1", "B0BOARD001", "ENABLED"));
        }
        return new StructureIndex(campaigns, groups, ads);
    }

    static SearchTermProposal proposal(SearchTermProposal.Kind kind, String campaign, String adGroup) {
        boolean harvest = kind == SearchTermProposal.Kind.HARVEST;
        return new SearchTermProposal(
                kind,
                harvest ? SearchTermProposal.Reason.CONVERTS : SearchTermProposal.Reason.NO_ORDERS,
                Marketplace.US,
                "USD",
                campaign,
                adGroup,
                "close-match",
                "TARGETING_EXPRESSION",
                harvest ? "bamboo board large" : "dog poop bags",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 30),
                new AdFigures(
                        4000,
                        56,
                        new BigDecimal("28.00"),
                        harvest ? new BigDecimal("350.00") : BigDecimal.ZERO,
                        harvest ? 14L : 0L,
                        harvest ? 14L : 0L,
                        null,
                        null,
                        null,
                        null),
                new AcosTarget(new BigDecimal("0.30"), "industry", null, null),
                new BigDecimal("0.1000"),
                harvest ? 2 : 44,
                harvest ? 1 : 0.004,
                harvest ? new BigDecimal("1.25") : null,
                new BigDecimal("14.00"),
                harvest ? new BigDecimal("7.00") : BigDecimal.ZERO);
    }

    @Test
    void aNegationIsANegativeExactInTheSourceAdGroup() {
        ProposedAdChange c = SearchTermChanges.of(proposal(SearchTermProposal.Kind.NEGATE, AUTO, "Auto"), store(true));

        assertThat(c.changes())
                .containsExactly(new AdChange(
                        Marketplace.US,
                        BulkEntity.NEGATIVE_KEYWORD,
                        AdChange.Operation.CREATE,
                        "100",
                        AUTO,
                        "110",
                        "Auto",
                        null,
                        "dog poop bags",
                        "negativeExact",
                        null,
                        null,
                        null));
        assertThat(c.key()).isEqualTo("negate|US|" + AUTO + "|Auto|dog poop bags");
        assertThat(c.expected())
                .isEqualTo(new ExpectedEffect(
                        ExpectedEffect.Metric.SPEND, ExpectedEffect.Direction.DOWN, new BigDecimal("14.00")));
        assertThat(c.watch()).isEqualTo(WatchScope.term(AUTO, "Auto", "dog poop bags"));
        assertThat(c.evidence())
                .containsEntry("clicks", "56")
                .containsEntry("orders", "0")
                .containsEntry("limit", "44")
                .containsEntry("spend", "28.00 USD")
                .containsEntry("reason", "no-orders");
    }

    @Test
    void aHarvestIsAnExactKeywordInTheManualAdGroupOfTheSameProductAndANegativeExactInTheSource() {
        ProposedAdChange c = SearchTermChanges.of(proposal(SearchTermProposal.Kind.HARVEST, AUTO, "Auto"), store(true));

        assertThat(c.changes()).hasSize(2);
        AdChange keyword = c.changes().get(0);
        assertThat(keyword.entity()).isEqualTo(BulkEntity.KEYWORD);
        assertThat(keyword.operation()).isEqualTo(AdChange.Operation.CREATE);
        // Not the knives campaign (other product), not the paused one.
        assertThat(keyword.campaignId()).isEqualTo("200");
        assertThat(keyword.adGroupId()).isEqualTo("210");
        assertThat(keyword.keywordText()).isEqualTo("bamboo board large");
        assertThat(keyword.matchType()).isEqualTo("exact");
        assertThat(keyword.field()).isEqualTo(AdChange.Field.BID);
        assertThat(keyword.after()).isEqualTo("1.25");
        AdChange negative = c.changes().get(1);
        assertThat(negative.entity()).isEqualTo(BulkEntity.NEGATIVE_KEYWORD);
        assertThat(negative.campaignId()).isEqualTo("100");
        assertThat(negative.adGroupId()).isEqualTo("110");
        assertThat(negative.matchType()).isEqualTo("negativeExact");
        assertThat(c.key()).isEqualTo("harvest|US|bamboo board large");
        assertThat(c.expected().metric()).isEqualTo(ExpectedEffect.Metric.ACOS);
        assertThat(c.expected().direction()).isEqualTo(ExpectedEffect.Direction.AT_MOST);
        assertThat(c.expected().value()).isEqualByComparingTo("0.30");
        assertThat(c.watch()).isEqualTo(WatchScope.term("bamboo board large"));
    }

    @Test
    void withoutAManualAdGroupOfTheProductAHarvestCreatesOneWithTheProductsAndTheKeyword() {
        StructureIndex store = store(false);
        ProposedAdChange c = SearchTermChanges.of(proposal(SearchTermProposal.Kind.HARVEST, AUTO, "Auto"), store);

        assertThat(c.changes())
                .extracting(r -> r.entity() + " " + r.operation() + " " + r.campaignId() + " " + r.adGroupId() + " "
                        + r.keywordText() + " " + r.matchType() + " " + r.after() + " " + r.cells())
                .containsExactly(
                        "CAMPAIGN CREATE Board | Auto - Exact null null null 10"
                                + " {Targeting Type=Manual, Bidding Strategy=Dynamic bids - down only}",
                        "AD_GROUP CREATE Board | Auto - Exact Auto - Exact null null 1.25 {}",
                        "PRODUCT_AD CREATE Board | Auto - Exact Auto - Exact null null null {SKU=BOARD-1}",
                        "KEYWORD CREATE Board | Auto - Exact Auto - Exact bamboo board large exact 1.25 {}",
                        "NEGATIVE_KEYWORD CREATE 100 110 bamboo board large negativeExact null {}");
        assertThat(c.label()).isEqualTo("harvest \"bamboo board large\" → new Board | Auto - Exact / Auto - Exact");

        // as the sheet writes them: the new campaign starts on the day of the sheet
        List<java.util.Map<String, String>> sheet = BulkSheetWriter.rows(c.changes(), LocalDate.of(2026, 11, 26));
        assertThat(sheet.get(0))
                .containsEntry("Entity", "Campaign")
                .containsEntry("Operation", "Create")
                .containsEntry("Campaign ID", "Board | Auto - Exact")
                .containsEntry("Campaign Name", "Board | Auto - Exact")
                .containsEntry("Targeting Type", "Manual")
                .containsEntry("State", "enabled")
                .containsEntry("Daily Budget", "10")
                .containsEntry("Bidding Strategy", "Dynamic bids - down only")
                .containsEntry("Start Date", "20261126");
        assertThat(sheet.get(1))
                .containsEntry("Entity", "Ad Group")
                .containsEntry("Campaign ID", "Board | Auto - Exact")
                .containsEntry("Ad Group ID", "Auto - Exact")
                .containsEntry("Ad Group Name", "Auto - Exact")
                .containsEntry("Ad Group Default Bid", "1.25")
                .doesNotContainKey("Start Date");
        assertThat(sheet.get(2)).containsEntry("Entity", "Product Ad").containsEntry("SKU", "BOARD-1");
        assertThat(sheet.get(3))
                .containsEntry("Entity", "Keyword")
                .containsEntry("Ad Group ID", "Auto - Exact")
                .containsEntry("Keyword Text", "bamboo board large")
                .containsEntry("Match Type", "exact")
                .containsEntry("Bid", "1.25");
    }

    @Test
    void aChangeStoredBeforeTheCellsCameReadsWithNone() throws Exception {
        String stored = "{\"marketplace\":\"US\",\"entity\":\"NEGATIVE_KEYWORD\",\"operation\":\"CREATE\","
                + "\"campaignId\":\"100\",\"campaignName\":\"Board | Auto\",\"adGroupId\":\"110\","
                + "\"adGroupName\":\"Auto\",\"entityId\":null,\"keywordText\":\"dog poop bags\","
                + "\"matchType\":\"negativeExact\",\"field\":null,\"before\":null,\"after\":null}";
        AdChange read = tools.jackson.databind.json.JsonMapper.builder().build().readValue(stored, AdChange.class);
        assertThat(read.cells()).isEmpty();
        assertThat(BulkSheetWriter.rows(List.of(read)).get(0)).containsEntry("Keyword Text", "dog poop bags");
    }

    @Test
    void aCreatedCampaignTakesTheNextFreeName() {
        List<AdCampaign> campaigns = new ArrayList<>(List.of(
                campaign("100", AUTO, "AUTO", "ENABLED"),
                campaign("500", AUTO + " - Exact", "MANUAL", "PAUSED"),
                campaign("600", AUTO + " - Exact 2", "MANUAL", "ENABLED")));
        StructureIndex store = new StructureIndex(
                campaigns,
                List.of(new AdGroup("110", "100", "Auto", "ENABLED", new BigDecimal("0.75"), "USD")),
                List.of(new ProductAd("111", "100", "110", "BOARD-1", "B0BOARD001", "ENABLED")));
        ProposedAdChange c = SearchTermChanges.of(proposal(SearchTermProposal.Kind.HARVEST, AUTO, "Auto"), store);
        assertThat(c.changes().get(0).campaignName()).isEqualTo(AUTO + " - Exact 3");
    }

    @Test
    void withoutAManualAdGroupOrASkuToAdvertiseAHarvestIsRefused() {
        StructureIndex store = new StructureIndex(
                List.of(campaign("100", AUTO, "AUTO", "ENABLED")),
                List.of(new AdGroup("110", "100", "Auto", "ENABLED", new BigDecimal("0.75"), "USD")),
                List.of(new ProductAd("111", "100", "110", null, "B0BOARD001", "ENABLED")));
        assertThatThrownBy(() -> SearchTermChanges.of(proposal(SearchTermProposal.Kind.HARVEST, AUTO, "Auto"), store))
                .isInstanceOf(AdChangeException.class)
                .extracting(e -> ((AdChangeException) e).key())
                .isEqualTo("ads.changes.error.no-manual-ad-group");
    }

    @Test
    void aTermOfABroadKeywordWithNoOtherManualAdGroupBecomesAnExactKeywordOfItsOwnAdGroupWithoutANegative() {
        ProposedAdChange c =
                SearchTermChanges.of(proposal(SearchTermProposal.Kind.HARVEST, OTHER, "Knives"), store(true));

        assertThat(c.changes())
                .extracting(r -> r.entity() + " " + r.campaignId() + " " + r.adGroupId() + " " + r.matchType())
                .containsExactly("KEYWORD 300 310 exact");
    }

    @Test
    void aCampaignOrAdGroupTheBulkSheetDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> SearchTermChanges.of(
                        proposal(SearchTermProposal.Kind.NEGATE, "Unknown campaign", "Auto"), store(true)))
                .isInstanceOf(AdChangeException.class)
                .extracting(e -> ((AdChangeException) e).key())
                .isEqualTo("ads.changes.error.unknown-campaign");
        assertThatThrownBy(() -> SearchTermChanges.of(
                        proposal(SearchTermProposal.Kind.NEGATE, AUTO, "Unknown group"), store(true)))
                .isInstanceOf(AdChangeException.class)
                .extracting(e -> ((AdChangeException) e).key())
                .isEqualTo("ads.changes.error.unknown-ad-group");
    }
}
