package dev.bosun.advertising.db;

import static dev.bosun.advertising.db.AdAnalytics.sum;

import dev.bosun.advertising.db.AdAnalytics.Scope;
import dev.bosun.advertising.db.AdAnalytics.Sum;
import dev.bosun.advertising.db.AdAnalytics.TermFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/**
 * The search-term table of {@link AdAnalytics} read from the search-term lines (V300, V302, kept by the catch-up of
 * V312 and V314): the lines that may reach the period's first ones are found in the indexes of V313 and V316 by their
 * lifetime spend and their costliest day, summed for the period from their running totals, and the reading goes on
 * down until no line left unread can reach the last one kept. The lines are the ones the plain sum of every row gives,
 * in the same order (AdAnalyticsTermTests and SearchTermLinesTests hold them equal).
 */
final class SearchTermLineReads {

    private final DSLContext db;

    SearchTermLineReads(DSLContext db) {
        this.db = db;
    }

    /**
     * The first {@code wanted} lines of the period, filtered, most spend first (see {@link AdAnalytics#searchTerms}).
     */
    List<Sum> top(
            long accountId, LocalDate from, LocalDate to, Scope scope, TermFilter filter, String text, int wanted) {
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

    /** Every line of the period with at least {@code atLeast[0]} clicks or {@code atLeast[1]} orders. */
    List<Sum> withClicksOrOrders(long accountId, LocalDate from, LocalDate to, Scope scope, long[] atLeast) {
        Candidates candidates = new Candidates(accountId, from, to, scope, TermFilter.ALL, null, atLeast);
        return lineSums(candidates, null, TermFilter.ALL, atLeast, Integer.MAX_VALUE);
    }

    /** The most lines the pruned read takes before it sums every line of the period. */
    static final long MAX_CANDIDATE_LINES = 1_100_000;

    /** A line's key columns as the search-term sums carry them. */
    private static final String LINE_KEY = "c.account_id, c.marketplace, c.currency, c.campaign_name, c.ad_group_name,"
            + " c.targeting, c.match_type, c.search_term";

    /**
     * Whether the account's lines can answer: no line has a day with a negative figure (its lifetime would bound
     * nothing), and every import is caught up (V312: until then the lines are behind the stored rows).
     */
    boolean current(long accountId) {
        return !db.resultQuery(
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
                AdAnalytics.scopeConditions(scope, "l.", w, binds);
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
}
