package dev.bosun.advertising.db;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search-term lines and their days (V300, V302) are summed after an import commits, not inside it (V312): the
 * importer's triggers only note the account's stale days and the lines that lost rows, and a catch-up sums those
 * days again from the stored rows. Until it has run, {@link AdAnalytics} reads the plain sums.
 */
@Repository
public class SearchTermLineSummaries {

    private final DSLContext db;

    public SearchTermLineSummaries(DSLContext db) {
        this.db = db;
    }

    /**
     * Brings the account's lines up to its stored rows; returns the (line, day) pairs summed again (0 when nothing
     * was stale). Catch-ups of one account run one after the other.
     */
    @Transactional
    public long catchUp(long accountId) {
        return db.resultQuery("select ad_search_term_lines_catch_up(?)", accountId)
                .fetchSingle()
                .get(0, Long.class);
    }

    /** The accounts with stale days or lines, in id order. */
    public List<Long> behind() {
        return db.resultQuery("select account_id from ad_search_term_stale_days union select account_id"
                        + " from ad_search_term_stale_lines order by 1")
                .fetch(r -> r.get(0, Long.class));
    }

    /** Whether the account's lines are behind its stored rows (an import not yet caught up). */
    public boolean isBehind(long accountId) {
        return db.resultQuery(
                        "select exists (select 1 from ad_search_term_stale_days where account_id = ?)"
                                + " or exists (select 1 from ad_search_term_stale_lines where account_id = ?)",
                        accountId,
                        accountId)
                .fetchSingle()
                .get(0, Boolean.class);
    }
}
