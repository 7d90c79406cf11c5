package dev.bosun.brand;

import dev.bosun.brand.db.SearchTermClicks;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The Brand Analytics search terms of each seller account: per marketplace and reporting period, the most searched
 * terms of each department and the ASINs that won their clicks. A period imported again replaces its figures.
 */
@Service
public class SearchTerms {

    private final SearchTermClicks clicks;

    SearchTerms(SearchTermClicks clicks) {
        this.clicks = clicks;
    }

    /** Streams search term rows into the account's records within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        SearchTermClicks.Writer writer = clicks.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(SearchTermClick click) {
                writer.add(click);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The clicked ASINs of a search term in every department of a period, by department and click share rank. */
    public List<SearchTermClick> term(
            long accountId, Marketplace marketplace, LocalDate periodStart, LocalDate periodEnd, String searchTerm) {
        return clicks.forTerm(accountId, marketplace, periodStart, periodEnd, searchTerm);
    }

    /** The search terms where an ASIN was among the top clicked, newest period first, then by search rank. */
    public List<SearchTermClick> forAsin(long accountId, Marketplace marketplace, String asin) {
        return clicks.forAsin(accountId, marketplace, asin);
    }

    /** Writes search term rows in bulk. */
    public interface Recorder {
        void add(SearchTermClick click);

        UpsertCounts finish();
    }
}
