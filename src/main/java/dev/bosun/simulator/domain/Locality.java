package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.util.List;

/**
 * What differs between the marketplaces a store sells in: the language shoppers search and write in, how big the
 * market is for the store, how prices are set and rounded, sales tax, order-id prefixes, fulfilment centres and
 * the addresses orders ship to. The simulator knows US, DE and JP, plus English-speaking defaults for the others.
 */
public record Locality(
        Marketplace marketplace,
        int language,
        double marketSize,
        double priceFactor,
        int minorDigits,
        double salesTax,
        List<String> orderPrefixes,
        List<String> fulfillmentCenters,
        List<String[]> addresses) {

    /** The traits of a marketplace. */
    public static Locality of(Marketplace marketplace) {
        return switch (marketplace) {
            case US ->
                new Locality(
                        marketplace,
                        0,
                        1.0,
                        1.0,
                        2,
                        0.072,
                        List.of("111", "112", "113", "114"),
                        List.of("PHX7", "ONT8", "BFI4", "MDW2", "TPA2", "AVP1"),
                        List.of(
                                new String[] {"SEATTLE", "WA", "98109"},
                                new String[] {"AUSTIN", "TX", "78701"},
                                new String[] {"BROOKLYN", "NY", "11215"},
                                new String[] {"SAN DIEGO", "CA", "92101"},
                                new String[] {"COLUMBUS", "OH", "43215"},
                                new String[] {"DENVER", "CO", "80202"},
                                new String[] {"ORLANDO", "FL", "32801"},
                                new String[] {"CHICAGO", "IL", "60614"},
                                new String[] {"ATLANTA", "GA", "30309"},
                                new String[] {"PORTLAND", "OR", "97205"}));
            case DE ->
                new Locality(
                        marketplace,
                        1,
                        0.45,
                        0.97,
                        2,
                        0,
                        List.of("302", "303", "305", "028"),
                        List.of("FRA3", "LEJ1", "DTM2", "MUC3", "STR1"),
                        List.of(
                                new String[] {"Berlin", "", "10115"},
                                new String[] {"Hamburg", "", "20095"},
                                new String[] {"München", "", "80331"},
                                new String[] {"Köln", "", "50667"},
                                new String[] {"Frankfurt am Main", "", "60311"},
                                new String[] {"Düsseldorf", "", "40213"},
                                new String[] {"Leipzig", "", "04109"},
                                new String[] {"Nürnberg", "", "90402"}));
            case JP ->
                new Locality(
                        marketplace,
                        2,
                        0.35,
                        152.0,
                        0,
                        0,
                        List.of("249", "250", "503"),
                        List.of("NRT1", "KIX2", "FSZ1", "HSG1"),
                        List.of(
                                new String[] {"渋谷区", "東京都", "150-0002"},
                                new String[] {"大阪市北区", "大阪府", "530-0001"},
                                new String[] {"横浜市西区", "神奈川県", "220-0011"},
                                new String[] {"名古屋市中区", "愛知県", "460-0008"},
                                new String[] {"福岡市中央区", "福岡県", "810-0001"},
                                new String[] {"札幌市中央区", "北海道", "060-0001"}));
            default ->
                new Locality(
                        marketplace,
                        0,
                        0.3,
                        1.0,
                        marketplace.currency().getDefaultFractionDigits(),
                        0,
                        List.of("171", "202", "404"),
                        List.of("XFC1", "XFC2"),
                        List.<String[]>of(new String[] {"CITY", "", "00000"}));
        };
    }

    /** A list price in minor units from a US dollar price: .99 endings, round hundreds less 20 yen in Japan. */
    public long price(double usd) {
        double local = usd * priceFactor;
        if (minorDigits == 0) {
            long hundreds = Math.max(1, Math.round(local / 100.0));
            return hundreds * 100 - 20;
        }
        long whole = Math.max(1, (long) Math.floor(local));
        return whole * 100 + 99;
    }

    /** Minor units per major unit (100 for cents, 1 for yen). */
    public long minorPerMajor() {
        return minorDigits == 0 ? 1 : 100;
    }

    /** The domain of the marketplace as reports name it: Amazon.com, Amazon.de, Amazon.co.jp. */
    public String salesChannel() {
        String domain = marketplace.domain();
        return "Amazon" + domain.substring(domain.indexOf('.'));
    }
}
