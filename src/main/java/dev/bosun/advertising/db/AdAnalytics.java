package dev.bosun.advertising.db;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdLevel;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Sums of the daily ad figures in SQL, at each level of the drill-down and for the search-term table, so that a
 * period of an agency-sized account is added up where the rows are. Only daily rows count (a summary report's
 * range row would count its days twice). Column names are constants of this class; every value is bound.
 */
@Repository
public class AdAnalytics {

    /** The most lines one read of a level returns (the search-term table asks for its own limit). */
    public static final int MAX_ROWS = 5000;

    private static final String FIGURES = "sum(impressions) as impressions, sum(clicks) as clicks,"
            + " sum(spend) as spend, sum(sales) as sales, sum(orders) as orders, sum(units) as units,"
            + " count(distinct period_start) as days";

    private final DSLContext db;
    private final SearchTermLineReads lines;

    public AdAnalytics(DSLContext db) {
        this.db = db;
        this.lines = new SearchTermLineReads(db);
    }

    /**
     * One summed line of a level.
     *
     * @param key the level's key columns in order: campaign, ad group, targeting, match type, search term; or the
     *     ASIN; empty for the account
     * @param days the days of the period the line has figures on
     */
    public record Sum(Marketplace marketplace, String currency, List<String> key, AdFigures figures, int days) {}

    /** What narrows a read: the marketplace, and the campaign and ad group of a drill-down (null: any). */
    public record Scope(Marketplace marketplace, String campaign, String adGroup) {
        public static final Scope ALL = new Scope(null, null, null);
    }

    /** The search-term table's filters. */
    public enum TermFilter {
        ALL,
        /** Clicks and no order. */
        WASTED,
        /** At least one order. */
        CONVERTING,
        /** Not seen before the period. */
        NEW
    }

    public List<Sum> sums(long accountId, AdLevel level, LocalDate from, LocalDate to, Scope scope) {
        String table;
        List<String> key;
        switch (level) {
            case ACCOUNT -> {
                table = "ad_campaign_metrics";
                key = List.of();
            }
            case CAMPAIGN -> {
                table = "ad_campaign_metrics";
                key = List.of("campaign_name");
            }
            case AD_GROUP -> {
                table = "ad_target_metrics";
                key = List.of("campaign_name", "ad_group_name");
            }
            case TARGET -> {
                table = "ad_target_metrics";
                key = List.of("campaign_name", "ad_group_name", "targeting", "match_type");
            }
            case SEARCH_TERM -> {
                return searchTerms(accountId, from, to, scope, TermFilter.ALL, null, MAX_ROWS);
            }
            case ASIN -> {
                table = "ad_product_metrics";
                key = List.of("advertised_asin");
            }
            default -> throw new IllegalArgumentException(level.name());
        }
        List<Object> binds = new ArrayList<>();
        String where = where(accountId, from, to, scope, binds);
        String columns = String.join(", ", key);
        String group = "marketplace, currency" + (key.isEmpty() ? "" : ", " + columns);
        String sql = "select " + group + ", " + FIGURES + " from " + table + where + " group by " + group
                + " order by sum(spend) desc, " + group + " limit " + MAX_ROWS;
        return db.resultQuery(sql, binds.toArray()).fetch(r -> sum(r, key));
    }

    /**
     * The search terms of a period summed per campaign, ad group, target and term, filtered, most spend first, at
     * most {@code limit} lines.
     *
     * <p>An agency's period holds millions of rows, most of them terms seen once for a click or two. When the account's
     * search-term lines are current, the read goes through them ({@link SearchTermLineReads}); else, and for an empty
     * period, it is the plain sum of the period's rows. Both give the same lines in the same order.
     *
     * @param text only terms containing it (case-insensitive), or null
     */
    public List<Sum> searchTerms(
            long accountId, LocalDate from, LocalDate to, Scope scope, TermFilter filter, String text, int limit) {
        int wanted = Math.max(1, limit);
        if (to.isBefore(from) || !lines.current(accountId)) {
            return termSums(accountId, from, to, scope, filter, text, wanted, null);
        }
        return lines.top(accountId, from, to, scope, filter, text, wanted);
    }

    /**
     * The search terms of a period that may bring a proposal: at least {@code minClicks} clicks or {@code minOrders}
     * orders (a term below both can be neither harvested nor negated), most spend first. Only lines whose lifetime
     * reaches one of the two are summed.
     */
    public List<Sum> searchTermsWithClicksOrOrders(
            long accountId, LocalDate from, LocalDate to, Scope scope, long minClicks, long minOrders) {
        long[] atLeast = {minClicks, minOrders};
        if (to.isBefore(from) || !lines.current(accountId)) {
            return termSums(accountId, from, to, scope, TermFilter.ALL, null, Integer.MAX_VALUE, atLeast);
        }
        return lines.withClicksOrOrders(accountId, from, to, scope, atLeast);
    }

    /**
     * The search-term lines of a period whose term, trimmed and in lower case, is one of {@code terms} (given trimmed
     * and in lower case), most spend first: for checks about known terms, without summing every term of the period.
     */
    public List<Sum> searchTermsAmong(
            long accountId, LocalDate from, LocalDate to, Scope scope, java.util.Collection<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> key = List.of("campaign_name", "ad_group_name", "targeting", "match_type", "search_term");
        List<Object> binds = new ArrayList<>();
        String where =
                where(accountId, from, to, scope, binds) + " and lower(btrim(t.search_term)) = any(?::varchar[])";
        binds.add(terms.stream().distinct().toArray(String[]::new));
        String group = "marketplace, currency, " + String.join(", ", key);
        String sql = "select " + group + ", " + FIGURES + " from ad_search_term_metrics t" + where + " group by "
                + group + " order by sum(spend) desc, " + group;
        return db.resultQuery(sql, binds.toArray()).fetch(r -> sum(r, key));
    }

    /**
     * The plain sum of the period's rows per line, filtered, most spend first; only of {@code terms} (marketplace,
     * term) when given, and only lines with at least {@code atLeast} clicks or orders when given.
     */
    private List<Sum> termSums(
            long accountId,
            LocalDate from,
            LocalDate to,
            Scope scope,
            TermFilter filter,
            String text,
            int limit,
            long[] atLeast) {
        List<String> key = List.of("campaign_name", "ad_group_name", "targeting", "match_type", "search_term");
        List<Object> binds = new ArrayList<>();
        String where = where(accountId, from, to, scope, binds);
        if (text != null && !text.isBlank()) {
            where += " and strpos(lower(t.search_term), ?) > 0";
            binds.add(text.strip().toLowerCase(Locale.ROOT));
        }
        if (filter == TermFilter.NEW) {
            where += " and not exists (select 1 from ad_search_term_metrics p where p.account_id = t.account_id"
                    + " and p.marketplace = t.marketplace and p.search_term = t.search_term and p.period_start < ?)";
            binds.add(from);
        }
        String having = switch (filter) {
            case WASTED -> " having coalesce(sum(orders), 0) = 0 and sum(clicks) > 0";
            case CONVERTING -> " having coalesce(sum(orders), 0) > 0";
            default -> "";
        };
        if (atLeast != null) {
            having += (having.isEmpty() ? " having" : " and") + " (sum(clicks) >= ? or coalesce(sum(orders), 0) >= ?)";
            binds.add(atLeast[0]);
            binds.add(atLeast[1]);
        }
        String group = "marketplace, currency, " + String.join(", ", key);
        String sql = "select " + group + ", " + FIGURES + " from ad_search_term_metrics t" + where + " group by "
                + group + having + " order by sum(spend) desc, " + group
                + (limit == Integer.MAX_VALUE ? "" : " limit " + Math.max(1, limit));
        return db.resultQuery(sql, binds.toArray()).fetch(r -> sum(r, key));
    }

    /** One day's figures of a drill-down scope in one currency. */
    public record Day(LocalDate date, String currency, AdFigures figures) {}

    /**
     * The figures of a drill-down scope day by day: the account or a campaign from the campaign report, an ad group
     * from the targeting report; per currency (figures in two currencies are never added up).
     */
    public List<Day> days(long accountId, LocalDate from, LocalDate to, Scope scope) {
        String table = scope.adGroup() != null ? "ad_target_metrics" : "ad_campaign_metrics";
        List<Object> binds = new ArrayList<>();
        String where = where(accountId, from, to, scope, binds);
        String sql = "select period_start, currency, sum(impressions) as impressions, sum(clicks) as clicks,"
                + " sum(spend) as spend, sum(sales) as sales, sum(orders) as orders, sum(units) as units from "
                + table + where + " group by period_start, currency order by period_start, currency";
        return db.resultQuery(sql, binds.toArray())
                .fetch(r -> new Day(
                        r.get("period_start", LocalDate.class),
                        r.get("currency", String.class),
                        new AdFigures(
                                r.get("impressions", Long.class),
                                r.get("clicks", Long.class),
                                r.get("spend", BigDecimal.class),
                                r.get("sales", BigDecimal.class),
                                r.get("orders", Long.class),
                                r.get("units", Long.class),
                                null,
                                null,
                                null,
                                null)));
    }

    /** Each campaign's targeting type (AUTO or MANUAL) as the latest report or the bulk sheet gives it, by name. */
    public Map<String, String> targetingTypes(long accountId) {
        Map<String, String> types = new HashMap<>();
        db.resultQuery(
                        "select distinct on (campaign_name) campaign_name, targeting_type from ad_campaign_metrics"
                                + " where account_id = ? and targeting_type is not null"
                                + " order by campaign_name, period_start desc",
                        accountId)
                .forEach(r -> types.put(r.get(0, String.class), r.get(1, String.class)));
        db.resultQuery(
                        "select name, targeting_type from ad_campaigns where account_id = ? and targeting_type is not"
                                + " null",
                        accountId)
                .forEach(r -> types.put(r.get(0, String.class), r.get(1, String.class)));
        return types;
    }

    /**
     * The exact keywords of the account (lower case), from the bulk sheet and from the targeting reports of the
     * period: a term that is one needs no harvest.
     */
    public Set<String> exactKeywords(long accountId, LocalDate from, LocalDate to) {
        Set<String> words = new HashSet<>();
        db.resultQuery(
                        "select distinct lower(keyword_text) from ad_keywords where account_id = ? and not negative"
                                + " and match_type = 'EXACT' and coalesce(state, 'ENABLED') <> 'ARCHIVED'",
                        accountId)
                .forEach(r -> words.add(r.get(0, String.class)));
        db.resultQuery(
                        "select distinct lower(targeting) from ad_target_metrics where account_id = ?"
                                + " and match_type = 'EXACT' and period_start >= ? and period_end <= ?",
                        accountId,
                        from,
                        to)
                .forEach(r -> words.add(r.get(0, String.class)));
        return words;
    }

    /**
     * The negative keywords of the account by campaign name, lower case, as "campaign\tad group id or ''\ttext":
     * a term negated already needs no negation.
     */
    public Set<String> negatives(long accountId) {
        Set<String> negatives = new HashSet<>();
        db.resultQuery(
                        "select c.name, lower(k.keyword_text) from ad_keywords k join ad_campaigns c"
                                + " on c.account_id = k.account_id and c.campaign_id = k.campaign_id"
                                + " where k.account_id = ? and k.negative",
                        accountId)
                .forEach(r -> negatives.add(r.get(0, String.class) + "\t" + r.get(1, String.class)));
        return negatives;
    }

    /**
     * Per ad group (marketplace, campaign, ad group): its advertised products' clicks, orders and sales.
     *
     * @param firstAsin the ad group's first advertised ASIN in byte order, the one its targets are judged by
     * @param lastAsin its last advertised ASIN: the same as the first when the ad group advertises one ASIN
     */
    public record GroupConversion(long clicks, long orders, BigDecimal sales, String firstAsin, String lastAsin) {}

    public Map<List<String>, GroupConversion> groupConversions(long accountId, LocalDate from, LocalDate to) {
        Map<List<String>, GroupConversion> groups = new HashMap<>();
        db.resultQuery(
                        // "period_end < period_start + 1" is "a daily row" (the end is never before the start)
                        // written so PostgreSQL estimates how many rows pass (it guesses 0.5 % for a column equal
                        // to another) and sums them in a hash table instead of sorting them on disk
                        "select marketplace, campaign_name, ad_group_name, sum(clicks), coalesce(sum(orders), 0),"
                                + " coalesce(sum(sales), 0), min(advertised_asin), max(advertised_asin)"
                                + " from ad_product_metrics where account_id = ? and period_start >= ?"
                                + " and period_end <= ? and period_end < period_start + 1"
                                + " group by marketplace, campaign_name, ad_group_name",
                        accountId,
                        from,
                        to)
                .forEach(r -> groups.put(
                        List.of(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)),
                        new GroupConversion(
                                r.get(3, Long.class),
                                r.get(4, Long.class),
                                r.get(5, BigDecimal.class),
                                r.get(6, String.class),
                                r.get(7, String.class))));
        return groups;
    }

    /** The highest keyword or target bid of each campaign by name (bulk sheet), for the budget cap. */
    public Map<String, BigDecimal> maxBids(long accountId) {
        Map<String, BigDecimal> bids = new HashMap<>();
        db.resultQuery(
                        "select c.name, max(b.bid) from ad_campaigns c join ("
                                + " select campaign_id, bid from ad_keywords where account_id = ? and not negative"
                                + " union all select campaign_id, bid from ad_targets where account_id = ? and not"
                                + " negative union all select campaign_id, default_bid from ad_groups where"
                                + " account_id = ?) b on b.campaign_id = c.campaign_id"
                                + " where c.account_id = ? group by c.name",
                        accountId,
                        accountId,
                        accountId,
                        accountId)
                .forEach(r -> {
                    if (r.get(1) != null) {
                        bids.put(r.get(0, String.class), r.get(1, BigDecimal.class));
                    }
                });
        return bids;
    }

    private static String where(long accountId, LocalDate from, LocalDate to, Scope scope, List<Object> binds) {
        StringBuilder where = new StringBuilder(
                " where account_id = ? and period_start >= ? and period_end <= ? and period_start = period_end");
        binds.add(accountId);
        binds.add(from);
        binds.add(to);
        scopeConditions(scope, "", where, binds);
        return where.toString();
    }

    /** The scope's marketplace, campaign and ad group as conditions on columns prefixed {@code prefix}. */
    static void scopeConditions(Scope scope, String prefix, StringBuilder sql, List<Object> binds) {
        if (scope.marketplace() != null) {
            sql.append(" and ").append(prefix).append("marketplace = ?");
            binds.add(scope.marketplace().code());
        }
        if (scope.campaign() != null) {
            sql.append(" and ").append(prefix).append("campaign_name = ?");
            binds.add(scope.campaign());
        }
        if (scope.adGroup() != null) {
            sql.append(" and ").append(prefix).append("ad_group_name = ?");
            binds.add(scope.adGroup());
        }
    }

    static Sum sum(Record r, List<String> key) {
        List<String> values = new ArrayList<>(key.size());
        for (String k : key) {
            values.add(r.get(k, String.class));
        }
        return new Sum(
                Marketplace.valueOf(r.get("marketplace", String.class)),
                r.get("currency", String.class),
                values,
                new AdFigures(
                        r.get("impressions", Long.class),
                        r.get("clicks", Long.class),
                        r.get("spend", BigDecimal.class),
                        r.get("sales", BigDecimal.class),
                        r.get("orders", Long.class),
                        r.get("units", Long.class),
                        null,
                        null,
                        null,
                        null),
                r.get("days", Integer.class));
    }
}
