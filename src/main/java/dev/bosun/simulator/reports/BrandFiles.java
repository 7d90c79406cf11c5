package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.OfferDay;
import dev.bosun.simulator.domain.ProductType;
import dev.bosun.simulator.domain.Roll;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Brand Analytics search terms report ({@code GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT}, JSON per the
 * sellingPartnerSearchTermsReport schema) for each complete month: the searches of the store's product types, their
 * frequency rank, and the three most clicked ASINs with click and conversion shares, the store's own among them
 * with the share its traffic earned.
 */
final class BrandFiles implements StoreEvents {

    private final StoreFolder folder;
    private final Map<Marketplace, Map<String, long[]>> sessionsByType = new EnumMap<>(Marketplace.class);
    private Store store;

    BrandFiles(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            sessionsByType.put(marketplace, new LinkedHashMap<>());
        }
    }

    @Override
    public void offerDay(OfferDay day) {
        long[] figures = sessionsByType
                .get(day.offer().marketplace())
                .computeIfAbsent(day.offer().product().type().key(), k -> new long[2]);
        figures[0] += day.sessions();
        figures[1] += day.unitsOrdered();
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        LocalDate date = store.plan().date(day);
        if (date.plusDays(1).getDayOfMonth() != 1) {
            return;
        }
        YearMonth month = YearMonth.from(date);
        LocalDate first = month.atDay(1);
        Map<String, long[]> byType = sessionsByType.get(marketplace);
        if (first.isBefore(store.plan().start()) || byType.isEmpty()) {
            byType.clear();
            return;
        }
        int language = store.locality(marketplace).language();
        List<Offer> leads = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Offer offer : store.offers(marketplace)) {
            String type = offer.product().type().key();
            if (!seen.contains(type) && byType.containsKey(type)) {
                seen.add(type);
                leads.add(offer);
            }
        }
        try (JsonText json = folder.json(marketplace, "brand/search-terms-" + month + ".json", "brand.search-terms")) {
            json.object();
            json.key("reportSpecification").object();
            json.field("reportType", "GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT");
            json.key("reportOptions").object().field("reportPeriod", "MONTH").end();
            json.field("dataStartTime", first.toString());
            json.field("dataEndTime", date.toString());
            json.key("marketplaceIds").array().string(marketplace.id()).end();
            json.end();
            json.key("dataByDepartmentAndSearchTerm").array();
            for (Offer lead : leads) {
                ProductType type = lead.product().type();
                long[] figures = byType.get(type.key());
                List<String> keywords = type.keywords(language);
                double weightSum = 0;
                for (int i = 0; i < keywords.size(); i++) {
                    weightSum += Math.pow(0.55, i);
                }
                for (int i = 0; i < keywords.size(); i++) {
                    Roll roll = store.dice()
                            .roll(
                                    "brand-analytics",
                                    marketplace.ordinal(),
                                    day,
                                    i,
                                    type.key().hashCode());
                    double weight = Math.pow(0.55, i) / weightSum;
                    double searches = 5200
                            * Math.pow(0.55, i)
                            * store.locality(marketplace).marketSize()
                            * month.lengthOfMonth();
                    double ourClicks = figures[0] * weight * 0.7;
                    double ourShare = Math.min(0.4, ourClicks / Math.max(1, searches * 0.55));
                    double[] shares = {roll.between(0.12, 0.3), roll.between(0.05, 0.15), ourShare};
                    List<String> asins = new ArrayList<>(
                            store.competitorAsins(marketplace, type.key()).subList(0, 2));
                    asins.add(lead.asin());
                    Integer[] order = {0, 1, 2};
                    java.util.Arrays.sort(order, (a, b) -> Double.compare(shares[b], shares[a]));
                    int rank = (int) Math.max(1, Math.round(40_000_000 / Math.max(1, searches)));
                    for (int r = 0; r < 3; r++) {
                        int k = order[r];
                        double conversion = k == 2
                                ? Math.min(0.6, ourShare * roll.between(0.9, 1.3))
                                : shares[k] * roll.between(0.7, 1.2);
                        json.object();
                        json.field("departmentName", lead.product().category().title(language));
                        json.field("searchTerm", keywords.get(i));
                        json.field("searchFrequencyRank", rank);
                        json.field("clickedAsin", asins.get(k));
                        json.field("clickShareRank", r + 1);
                        json.numberField("clickShare", String.format(Locale.ROOT, "%.4f", shares[k]));
                        json.numberField("conversionShare", String.format(Locale.ROOT, "%.4f", conversion));
                        json.end();
                    }
                }
            }
            json.end();
            json.end();
        }
        byType.clear();
    }
}
