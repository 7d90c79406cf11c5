package dev.bosun.brand.db;

import static dev.bosun.jooq.Tables.BRAND_SEARCH_TERMS;

import dev.bosun.brand.SearchTermClick;
import dev.bosun.jooq.tables.records.BrandSearchTermsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Search term rows by account, marketplace, period, department, search term and click share rank. */
@Repository
public class SearchTermClicks {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "period_start",
            "period_end",
            "department",
            "search_term",
            "click_share_rank",
            "report_period",
            "search_frequency_rank",
            "clicked_asin",
            "click_share",
            "conversion_share",
            "batch_id");
    private static final List<String> KEY = List.of(
            "account_id", "marketplace", "period_start", "period_end", "department", "search_term", "click_share_rank");

    private final DSLContext db;

    public SearchTermClicks(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(BulkUpsert.into(db, "brand_search_terms", COLUMNS, KEY), accountId, batchId);
    }

    public List<SearchTermClick> forTerm(
            long accountId, Marketplace marketplace, LocalDate periodStart, LocalDate periodEnd, String searchTerm) {
        var t = BRAND_SEARCH_TERMS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.PERIOD_START.eq(periodStart))
                .and(t.PERIOD_END.eq(periodEnd))
                .and(t.SEARCH_TERM.eq(searchTerm))
                .orderBy(t.DEPARTMENT, t.CLICK_SHARE_RANK)
                .fetch(SearchTermClicks::click);
    }

    public List<SearchTermClick> forAsin(long accountId, Marketplace marketplace, String asin) {
        var t = BRAND_SEARCH_TERMS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.CLICKED_ASIN.eq(asin))
                .orderBy(t.PERIOD_START.desc(), t.SEARCH_FREQUENCY_RANK, t.DEPARTMENT, t.SEARCH_TERM)
                .fetch(SearchTermClicks::click);
    }

    private static SearchTermClick click(BrandSearchTermsRecord r) {
        return new SearchTermClick(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getPeriodStart(),
                r.getPeriodEnd(),
                r.getReportPeriod(),
                r.getDepartment(),
                r.getSearchTerm(),
                r.getSearchFrequencyRank(),
                r.getClickShareRank(),
                r.getClickedAsin(),
                r.getClickShare(),
                r.getConversionShare());
    }

    /** Buffers search term rows and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(SearchTermClick c) {
            upsert.add(
                    accountId,
                    c.marketplace().code(),
                    c.periodStart(),
                    c.periodEnd(),
                    c.department(),
                    c.searchTerm(),
                    c.clickShareRank(),
                    c.reportPeriod(),
                    c.searchFrequencyRank(),
                    c.clickedAsin(),
                    c.clickShare(),
                    c.conversionShare(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
