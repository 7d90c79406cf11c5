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

    public AdAnalytics(DSLContext db) {
        this.db = db;
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
     * <p>An agency's period holds millions of rows, most of them terms seen once for a click or two. The read goes
     * through the search-term lines the importer's triggers keep (V300): a line's lifetime spend bounds its spend in
     * any period, so the lines are taken in the order of their lifetime spend, summed for the period (a line wholly
     * inside the period is its lifetime, the others are their running totals at the period's last day minus those
     * before its first), and the reading stops once the last line kept
     * spends at least the lifetime of the least line read: every line not read spends less. The lines are the ones the plain sum of every row
     * gives, in the same order (AdAnalyticsTermTests and SearchTermLinesTests hold them equal).
     *
     * @param text only terms containing it (case-insensitive), or null
     */
    public List<Sum> searchTerms(
            long accountId, LocalDate from, LocalDate to, Scope scope, TermFilter filter, String text, int limit) {
        int wanted = Math.max(1, limit);
        if (to.isBefore(from) || irregular(accountId)) {
            return termSums(accountId, from, to, scope, filter, text, wanted, null);
        }
        Candidates candidates = new Candidates(accountId, from, to, scope, filter, text, null);
        // a line's period is a part of its lifetime: the shorter the period, the more lines are read at first; a new
        // line and a term searched for are rare among the costliest lifetimes, so those reads start small and let
        // the second read (below) go down to the n-th found
        long periodDays = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        boolean rare = filter == TermFilter.NEW || (text != null && !text.isBlank());
        long read = wanted * 4L * (rare ? 1 : Math.max(1, Math.min(26, (90 + periodDays - 1) / periodDays)));
        for (; read <= MAX_CANDIDATE_LINES; read *= 4) {
            BigDecimal least = nthSpend(candidates, read);
            if (least == null) {
                // fewer candidates than that: every one is read
                return lineSums(candidates, null, filter, null, wanted);
            }
            List<Sum> lines = lineSums(candidates, least, filter, null, wanted);
            if (lines.size() == wanted) {
                BigDecimal last = lines.get(wanted - 1).figures().spend();
                // the lines not read may spend less than the least read only: the read is complete
                if (last.compareTo(least) >= 0) {
                    return lines;
                }
                // the period's n-th line spends at least the n-th found: the lines that may reach that are all
                // it can be among, and they include the lines found
                return lineSums(candidates, last.max(BigDecimal.ZERO), filter, null, wanted);
            }
        }
        return lineSums(candidates, null, filter, null, wanted);
    }

    /**
     * The search terms of a period that may bring a proposal: at least {@code minClicks} clicks or {@code minOrders}
     * orders (a term below both can be neither harvested nor negated), most spend first. Only lines whose lifetime
     * reaches one of the two are summed.
     */
    public List<Sum> searchTermsWithClicksOrOrders(
            long accountId, LocalDate from, LocalDate to, Scope scope, long minClicks, long minOrders) {
        long[] atLeast = {minClicks, minOrders};
        if (to.isBefore(from) || irregular(accountId)) {
            return termSums(accountId, from, to, scope, TermFilter.ALL, null, Integer.MAX_VALUE, atLeast);
        }
        Candidates candidates = new Candidates(accountId, from, to, scope, TermFilter.ALL, null, atLeast);
        return lineSums(candidates, null, TermFilter.ALL, atLeast, Integer.MAX_VALUE);
    }

    /** The most lines the pruned read takes before it sums every line of the period. */
    static final long MAX_CANDIDATE_LINES = 1_100_000;

    /** A line's key columns as the search-term sums carry them. */
    private static final String LINE_KEY = "c.account_id, c.marketplace, c.currency, c.campaign_name, c.ad_group_name,"
            + " c.targeting, c.match_type, c.search_term";

    /**
     * Whether the account's lines cannot answer: a line has a day with a negative figure (its lifetime then bounds
     * nothing), or an import has not been caught up yet (V312: the lines are behind the stored rows).
     */
    private boolean irregular(long accountId) {
        return db.resultQuery(
                        "select exists (select 1 from ad_search_term_lines where account_id = ? and irregular)"
                                + " or exists (select 1 from ad_search_term_stale_days where account_id = ?)"
                                + " or exists (select 1 from ad_search_term_stale_lines where account_id = ?)",
                        accountId,
                        accountId,
                        accountId)
                .fetchSingle()
                .get(0, Boolean.class);
    }

    /**
     * The lines that can pass a read, from their lifetime: seen within the period, in the scope, with the text,
     * and with the lifetime figures the filter needs (a period's clicks and orders never exceed the lifetime's).
     */
    private record Candidates(
            long accountId,
            LocalDate from,
            LocalDate to,
            Scope scope,
            TermFilter filter,
            String text,
            long[] atLeast,
            List<Object> binds,
            String where) {

        Candidates(
                long accountId,
                LocalDate from,
                LocalDate to,
                Scope scope,
                TermFilter filter,
                String text,
                long[] atLeast) {
            this(accountId, from, to, scope, filter, text, atLeast, new ArrayList<>(), null);
        }

        Candidates {
            if (where == null) {
                StringBuilder w = new StringBuilder(" where l.account_id = ? and l.first_day <= ? and l.last_day >= ?");
                binds.add(accountId);
                binds.add(to);
                binds.add(from);
                if (scope.marketplace() != null) {
                    w.append(" and l.marketplace = ?");
                    binds.add(scope.marketplace().code());
                }
                if (scope.campaign() != null) {
                    w.append(" and l.campaign_name = ?");
                    binds.add(scope.campaign());
                }
                if (scope.adGroup() != null) {
                    w.append(" and l.ad_group_name = ?");
                    binds.add(scope.adGroup());
                }
                if (text != null && !text.isBlank()) {
                    w.append(" and strpos(lower(l.search_term), ?) > 0");
                    binds.add(text.strip().toLowerCase(Locale.ROOT));
                }
                switch (filter) {
                    case WASTED -> w.append(" and l.clicks > 0");
                    case CONVERTING -> w.append(" and l.orders > 0");
                    case NEW -> {
                        w.append(" and l.first_day >= ?");
                        binds.add(from);
                    }
                    default -> {}
                }
                if (atLeast != null) {
                    w.append(" and (l.clicks >= ? or l.orders >= ?)");
                    binds.add(atLeast[0]);
                    binds.add(atLeast[1]);
                }
                where = w.toString();
            }
        }

        /**
         * The candidates that may spend at least {@code least} in the period (all when null): their lifetime does,
         * and so do their days within the period times their costliest day (V312; the lifetime for lines without
         * one). A week of a line seen daily is bounded by seven of its days, not by its 90. Their id, days and
         * lifetime spend, clicks and orders are all in the indexes of V313 ({@code full}: every column).
         */
        String ids(BigDecimal least, boolean full, List<Object> into) {
            String columns = full
                    ? "l.*"
                    : "l.account_id, l.line_id, l.first_day, l.last_day, l.days, l.spend, l.clicks, l.orders";
            if (least == null) {
                return scan(columns, "", List.of(), "", into);
            }
            long periodDays = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            return scan(
                    columns,
                    " and l.spend >= ? and coalesce(l.max_day_spend, l.spend) >= ?"
                            + " and coalesce(l.max_day_spend, l.spend)"
                            + " * least(l.days, least(l.last_day, ?::date) - greatest(l.first_day, ?::date) + 1) >= ?",
                    List.of(
                            least,
                            least.divide(BigDecimal.valueOf(periodDays), 6, java.math.RoundingMode.FLOOR),
                            to,
                            from,
                            least),
                    "",
                    into);
        }

        /**
         * The candidates' {@code columns} under the further condition {@code extra} (its values {@code values}),
         * each day's scan ending with {@code tail}. For "new", the lines first seen on each day of the period are
         * one index range a day (V316) instead of a walk down every line by spend.
         */
        String scan(String columns, String extra, List<Object> values, String tail, List<Object> into) {
            if (filter != TermFilter.NEW) {
                into.addAll(binds);
                into.addAll(values);
                return "select " + columns + " from ad_search_term_lines l" + where + extra + tail;
            }
            into.add(from);
            into.add(to);
            into.addAll(binds);
            into.addAll(values);
            return "select x.* from generate_series(?::date, ?::date, interval '1 day') g(d) cross join lateral"
                    + " (select " + columns + " from ad_search_term_lines l" + where + " and l.first_day = g.d::date"
                    // "offset 0" keeps the planner from turning the days into one scan of every line
                    + extra + (tail.isEmpty() ? " offset 0" : tail) + ") x";
        }
    }

    /** The lifetime spend of the {@code n}-th candidate by lifetime spend, or null when there are fewer. */
    private BigDecimal nthSpend(Candidates candidates, long n) {
        List<Object> binds = new ArrayList<>();
        String sql = candidates.filter() == TermFilter.NEW
                ? "select x.spend from ("
                        + candidates.scan("l.spend", "", List.of(), " order by l.spend desc limit " + n, binds)
                        + ") x order by x.spend desc offset " + (n - 1) + " limit 1"
                : candidates.scan(
                        "l.spend", "", List.of(), " order by l.spend desc offset " + (n - 1) + " limit 1", binds);
        return db.resultQuery(sql, binds.toArray())
                .fetchOptional(r -> r.get(0, BigDecimal.class))
                .orElse(null);
    }

    /** The figures a line carries, each with its running total {@code run_<figure>} on the line's days (V302). */
    private static final List<String> LINE_FIGURES = List.of(
            "impressions",
            "clicks",
            "spend",
            "sales",
            "sales_rows",
            "orders",
            "orders_rows",
            "units",
            "units_rows",
            "days");

    /**
     * The period's sums of the candidates that may spend at least {@code least} (all when null), filtered on the
     * period's figures, most spend first, at most {@code limit}. A line wholly inside the period gives its lifetime,
     * one seen up to the period's last day at most its lifetime less its running totals before the period, any other
     * the difference of two running totals (V302): one or two index reads a line. The candidates are ranked on their
     * spend, clicks, orders and days alone, found in the index (V313); only the lines kept are read in full.
     */
    private List<Sum> lineSums(Candidates candidates, BigDecimal least, TermFilter filter, long[] atLeast, int limit) {
        List<String> key = List.of("campaign_name", "ad_group_name", "targeting", "match_type", "search_term");
        List<Object> binds = new ArrayList<>();
        boolean ranked = limit != Integer.MAX_VALUE;
        StringBuilder sql = new StringBuilder("with ");
        if (ranked) {
            sql.append("c as materialized (")
                    .append(candidates.ids(least, false, binds))
                    .append("), p as (")
                    .append(period(candidates, "c", "c.line_id", List.of("clicks", "spend", "orders", "days"), binds))
                    .append("), k as (select p.line_id from p");
            if (filter == TermFilter.NEW) {
                // the term of each line with figures in the period, for "seen before"
                sql.append(" join ad_search_term_lines t on t.account_id = ? and t.line_id = p.line_id");
                binds.add(candidates.accountId());
            }
            sql.append(" where p.days > 0");
            periodFilter(sql, binds, candidates, filter, atLeast, "p", "t");
            // the ties of the last kept spend too: the lines' keys order them below
            sql.append(" order by p.spend desc fetch first ")
                    .append(limit)
                    .append(" rows with ties), f as materialized (select l.* from ad_search_term_lines l")
                    .append(" join k using (line_id) where l.account_id = ?)");
            binds.add(candidates.accountId());
        } else {
            // every line is kept: read in full at once
            sql.append("f as materialized (")
                    .append(candidates.ids(least, true, binds))
                    .append(")");
        }
        sql.append(", s as (")
                .append(period(
                        candidates,
                        "f",
                        "f.account_id, f.marketplace, f.currency, f.campaign_name, f.ad_group_name, f.targeting,"
                                + " f.match_type, f.search_term",
                        LINE_FIGURES,
                        binds))
                .append(") select s.marketplace, s.currency, s.campaign_name, s.ad_group_name, s.targeting,")
                .append(" s.match_type, s.search_term, s.account_id, s.impressions, s.clicks, s.spend,")
                .append(" case when s.sales_rows > 0 then s.sales end as sales,")
                .append(" case when s.orders_rows > 0 then s.orders end as orders,")
                .append(" case when s.units_rows > 0 then s.units end as units, s.days from s where s.days > 0");
        if (!ranked) {
            periodFilter(sql, binds, candidates, filter, atLeast, "s", "s");
        }
        sql.append(" order by s.spend desc, s.marketplace, s.currency, s.campaign_name, s.ad_group_name,")
                .append(" s.targeting, s.match_type, s.search_term");
        if (ranked) {
            sql.append(" limit ").append(limit);
        }
        return db.resultQuery(sql.toString(), binds.toArray()).fetch(r -> sum(r, key));
    }

    /** The filter's and the proposals' conditions on the period's figures of {@code p}, the term in {@code t}. */
    private static void periodFilter(
            StringBuilder sql,
            List<Object> binds,
            Candidates candidates,
            TermFilter filter,
            long[] atLeast,
            String p,
            String t) {
        switch (filter) {
            case WASTED ->
                sql.append(" and ")
                        .append(p)
                        .append(".orders = 0 and ")
                        .append(p)
                        .append(".clicks > 0");
            case CONVERTING -> sql.append(" and ").append(p).append(".orders > 0");
            case NEW -> {
                sql.append(" and not exists (select 1 from ad_search_term_metrics m where m.account_id = ?")
                        .append(" and m.marketplace = ")
                        .append(t)
                        .append(".marketplace and m.search_term = ")
                        .append(t)
                        .append(".search_term and m.period_start < ?)");
                binds.add(candidates.accountId());
                binds.add(candidates.from());
            }
            default -> {}
        }
        if (atLeast != null) {
            sql.append(" and (").append(p).append(".clicks >= ? or ").append(p).append(".orders >= ?)");
            binds.add(atLeast[0]);
            binds.add(atLeast[1]);
        }
    }

    /**
     * The period's {@code figures} of each line of CTE {@code source} (which has the lines' lifetime figures, first
     * and last day), with the {@code carried} columns: the three cases of {@link #lineSums}.
     */
    private static String period(
            Candidates candidates, String source, String carried, List<String> figures, List<Object> binds) {
        LocalDate from = candidates.from();
        LocalDate to = candidates.to();
        String x = source + ".";
        StringBuilder inside = new StringBuilder();
        StringBuilder untilLast = new StringBuilder();
        StringBuilder across = new StringBuilder();
        for (String f : figures) {
            inside.append(", ").append(x).append(f).append(" as ").append(f);
            untilLast.append(", ").append(x).append(f).append(" - b.run_").append(f);
            across.append(", e.run_")
                    .append(f)
                    .append(" - coalesce(b.run_")
                    .append(f)
                    .append(", 0)");
        }
        String before = " left join lateral (select * from ad_search_term_line_days b where b.account_id = " + x
                + "account_id and b.line_id = " + x + "line_id and b.day < ? order by b.day desc limit 1) b on true";
        binds.add(from);
        binds.add(to);
        binds.add(from);
        binds.add(from);
        binds.add(to);
        binds.add(to);
        binds.add(from);
        binds.add(to);
        return "select " + carried + inside + " from " + source + " where " + x + "first_day >= ? and " + x
                + "last_day <= ?"
                // seen up to the period's last day at most: the lifetime less the totals before the period
                + " union all select " + carried + untilLast + " from " + source + before + " where " + x
                + "first_day < ? and " + x + "last_day <= ?"
                // any other: the running totals at the period's last day less those before its first
                + " union all select " + carried + across + " from " + source
                + " cross join lateral (select * from ad_search_term_line_days e where e.account_id = " + x
                + "account_id and e.line_id = " + x + "line_id and e.day <= ? order by e.day desc limit 1) e"
                + before + " where " + x + "last_day > ?";
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
        if (scope.marketplace() != null) {
            where.append(" and marketplace = ?");
            binds.add(scope.marketplace().code());
        }
        if (scope.campaign() != null) {
            where.append(" and campaign_name = ?");
            binds.add(scope.campaign());
        }
        if (scope.adGroup() != null) {
            where.append(" and ad_group_name = ?");
            binds.add(scope.adGroup());
        }
        return where.toString();
    }

    private static Sum sum(Record r, List<String> key) {
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
