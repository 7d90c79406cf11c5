package dev.bosun.advertising.review;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The daily campaign rows of a marketplace grouped per campaign (and currency), for the campaign rules. */
final class CampaignDays {

    record Key(Marketplace marketplace, String campaign, String currency) {}

    private CampaignDays() {}

    static Map<Key, List<CampaignPerformance>> byCampaign(List<CampaignPerformance> days, Marketplace marketplace) {
        Map<Key, List<CampaignPerformance>> map = new LinkedHashMap<>();
        for (CampaignPerformance day : days) {
            if (day.scope().marketplace() == marketplace && day.scope().daily()) {
                map.computeIfAbsent(
                                new Key(
                                        marketplace,
                                        day.campaignName(),
                                        day.scope().currency()),
                                k -> new ArrayList<>())
                        .add(day);
            }
        }
        return map;
    }

    /** The figures of the days from {@code from} to {@code to} added up. */
    static AdFigures sum(List<CampaignPerformance> days, LocalDate from, LocalDate to) {
        AdFigures sum = AdFigures.none();
        for (CampaignPerformance day : days) {
            LocalDate d = day.scope().from();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                sum = sum.plus(day.figures());
            }
        }
        return sum;
    }
}
