package dev.bosun.advertising;

import dev.bosun.advertising.db.AdMetrics;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What sponsored ads cost and sold, per campaign, target, search term, advertised product and placement: recorded
 * from reports (a restated report for the same day and key replaces the figures, never adds to them) and read
 * for the desk and other modules. Periods are inclusive; a read returns the rows whose whole period lies in it,
 * daily rows and summary rows (a report downloaded for a range without daily breakdown) alike: {@link
 * AdScope#daily()} tells them apart, so that a sum over days does not count a day twice.
 */
@Service
public class AdPerformance {

    private final AdMetrics metrics;

    AdPerformance(AdMetrics metrics) {
        this.metrics = metrics;
    }

    /** Streams report rows into the tables, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        AdMetrics.Writer writer = metrics.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(CampaignPerformance row) {
                writer.add(row);
            }

            @Override
            public void add(TargetPerformance row) {
                writer.add(row);
            }

            @Override
            public void add(SearchTermPerformance row) {
                writer.add(row);
            }

            @Override
            public void add(AdvertisedProductPerformance row) {
                writer.add(row);
            }

            @Override
            public void add(PlacementPerformance row) {
                writer.add(row);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** Each campaign's figures per day from the campaign reports, by day, marketplace, ad product and name. */
    public List<CampaignPerformance> campaignDays(long accountId, LocalDate from, LocalDate to) {
        return metrics.campaigns(accountId, from, to, true);
    }

    /**
     * Each campaign's daily figures added up over the days from {@code from} to {@code to}, one total per
     * marketplace, ad product, campaign and currency. Summary rows (a report downloaded for a range without
     * daily breakdown) are left out, so that no day counts twice.
     */
    public List<CampaignTotal> campaignTotals(long accountId, LocalDate from, LocalDate to) {
        record Key(Marketplace marketplace, AdProduct adProduct, String campaign, String currency) {}
        Map<Key, List<CampaignPerformance>> byCampaign = new LinkedHashMap<>();
        for (CampaignPerformance day : metrics.campaigns(accountId, from, to, true)) {
            AdScope s = day.scope();
            byCampaign
                    .computeIfAbsent(
                            new Key(s.marketplace(), s.adProduct(), day.campaignName(), s.currency()),
                            k -> new ArrayList<>())
                    .add(day);
        }
        List<CampaignTotal> totals = new ArrayList<>();
        byCampaign.forEach((key, days) -> {
            AdFigures sum = days.get(0).figures();
            LocalDate first = days.get(0).scope().from();
            LocalDate last = first;
            for (CampaignPerformance day : days.subList(1, days.size())) {
                sum = sum.plus(day.figures());
                first = day.scope().from().isBefore(first) ? day.scope().from() : first;
                last = day.scope().from().isAfter(last) ? day.scope().from() : last;
            }
            totals.add(new CampaignTotal(
                    key.marketplace(), key.adProduct(), key.campaign(), key.currency(), first, last, days.size(), sum));
        });
        return totals;
    }

    /** Campaign rows of any period (daily and summary) within the range. */
    public List<CampaignPerformance> campaigns(long accountId, LocalDate from, LocalDate to) {
        return metrics.campaigns(accountId, from, to, false);
    }

    public List<TargetPerformance> targets(long accountId, LocalDate from, LocalDate to) {
        return metrics.targets(accountId, from, to);
    }

    public List<SearchTermPerformance> searchTerms(long accountId, LocalDate from, LocalDate to) {
        return metrics.searchTerms(accountId, from, to);
    }

    public List<AdvertisedProductPerformance> advertisedProducts(long accountId, LocalDate from, LocalDate to) {
        return metrics.advertisedProducts(accountId, from, to);
    }

    /**
     * Daily ad spend per advertised ASIN in a marketplace from {@code from} to {@code to} (inclusive), split at
     * {@code split}: summed by the database, for checks that need the spend only. Empty when those days hold no daily
     * advertised product row in the marketplace.
     */
    public List<AsinAdSpend> dailySpendByAsin(
            long accountId, Marketplace marketplace, LocalDate from, LocalDate split, LocalDate to) {
        return metrics.dailySpendByAsin(accountId, marketplace, from, split, to);
    }

    public List<PlacementPerformance> placements(long accountId, LocalDate from, LocalDate to) {
        return metrics.placements(accountId, from, to);
    }

    /** Writes performance rows in bulk; {@link #finish()} merges them and tells what changed. */
    public interface Recorder {
        void add(CampaignPerformance row);

        void add(TargetPerformance row);

        void add(SearchTermPerformance row);

        void add(AdvertisedProductPerformance row);

        void add(PlacementPerformance row);

        UpsertCounts finish();
    }
}
