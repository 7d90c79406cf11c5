package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.AdDay;
import dev.bosun.simulator.domain.AdFigures;
import dev.bosun.simulator.domain.AdType;
import dev.bosun.simulator.domain.Campaign;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Sponsored Products advertised product report of the Ads API v3 ({@code spAdvertisedProduct}, daily,
 * format GZIP_JSON) for the last {@value #DAYS} days: a gzip JSON array of flat objects with the API's column names,
 * ids as numbers. Its rows are those of the console's advertised product report for the same days, with the same
 * key (day, campaign, ad group, ASIN and SKU) and figures, so importing both leaves one row per product and day.
 */
final class AdApiFiles implements StoreEvents {

    /** Days the report covers, ending with the last simulated day (the API allows 31). */
    static final int DAYS = 30;

    private final StoreFolder folder;
    private final Map<Marketplace, List<Row>> rows = new EnumMap<>(Marketplace.class);
    private Store store;

    AdApiFiles(StoreFolder folder) {
        this.folder = folder;
    }

    private record Row(
            LocalDate date, Campaign campaign, Campaign.AdGroup group, String adId, AdDay.ProductDay product) {}

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            rows.put(marketplace, new ArrayList<>());
        }
    }

    @Override
    public void advertised(AdDay day) {
        if (day.day() < store.plan().days() - DAYS) {
            return;
        }
        LocalDate date = store.plan().date(day.day());
        List<Row> list = rows.get(day.marketplace());
        for (AdDay.CampaignDay campaignDay : day.campaigns()) {
            Campaign campaign = campaignDay.campaign();
            if (campaign.type() != AdType.SP) {
                continue;
            }
            for (AdDay.ProductDay product : campaignDay.products()) {
                Campaign.AdGroup group = product.group();
                String adId = group.id() + "0" + (group.offers().indexOf(product.offer()) + 1);
                list.add(new Row(date, campaign, group, adId, product));
            }
        }
    }

    @Override
    public void finished(Store store) {
        LocalDate from = store.plan().date(Math.max(0, store.plan().days() - DAYS));
        LocalDate to = store.plan().end();
        for (Marketplace marketplace : store.plan().marketplaces()) {
            int digits = store.locality(marketplace).minorDigits();
            String currency = marketplace.currency().getCurrencyCode();
            try (JsonText json = folder.gzipJson(
                    marketplace,
                    "ads/ads-api/spAdvertisedProduct-" + from + "-" + to + ".json.gz",
                    "advertising.ads-api-report")) {
                json.array();
                for (Row row : rows.get(marketplace)) {
                    AdFigures f = row.product().figures();
                    String sales = amount(f.sales(), digits);
                    json.object();
                    json.field("date", row.date().toString());
                    json.key("campaignId").number(row.campaign().id());
                    json.field("campaignName", row.campaign().name());
                    json.key("adGroupId").number(row.group().id());
                    json.field("adGroupName", row.group().name());
                    json.key("adId").number(row.adId());
                    json.field("advertisedSku", row.product().offer().sku());
                    json.field("advertisedAsin", row.product().offer().asin());
                    json.field("campaignBudgetCurrencyCode", currency);
                    json.field("impressions", f.impressions());
                    json.field("clicks", f.clicks());
                    json.numberField("cost", amount(f.spend(), digits));
                    json.numberField("costPerClick", amount(f.clicks() == 0 ? 0 : f.spend() / f.clicks(), digits));
                    json.field("purchases7d", f.orders());
                    json.numberField("sales7d", sales);
                    json.field("unitsSoldClicks7d", f.units());
                    json.numberField("attributedSalesSameSku7d", sales);
                    json.field("unitsSoldSameSku7d", f.units());
                    json.numberField("salesOtherSku7d", amount(0, digits));
                    json.field("unitsSoldOtherSku7d", 0);
                    json.end();
                }
                json.end();
            }
        }
    }

    private static String amount(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
