-- The search-term lines' catch-up (V312) writes only what changed, and a new day of a line once: each touched day
-- is compared with its stored day, and unchanged days (a restated report that restates nothing, most of a re-sent
-- fortnight) are not written again; a line's days after its last one get their running totals as they are inserted
-- instead of being inserted and then updated; the lookups of lines by key and id go through the indexes (the
-- planner had hashed the whole lines table for 200,000 touched lines of an agency account). The index of the lines by
-- first day is dropped: no read uses it since V313, and each catch-up paid for it.
-- [jooq ignore start]
drop index if exists ad_search_term_lines_first_ix;

create or replace function ad_search_term_lines_catch_up(p_account bigint) returns bigint language plpgsql
    set enable_seqscan = off as $fn$
declare
    v_days date[];
    v_touched bigint;
begin
    perform pg_advisory_xact_lock(hashtextextended('bosun search-term lines', p_account));
    with d as (delete from ad_search_term_stale_days where account_id = p_account returning day)
    select array_agg(distinct day) into v_days from d;
    create temp table ad_st_gone on commit drop as
    with g as (delete from ad_search_term_stale_lines where account_id = p_account returning *)
    select distinct marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term, day
      from g;
    if v_days is null and not exists (select 1 from ad_st_gone) then
        drop table ad_st_gone;
        return 0;
    end if;
    -- a first import into a new database: without statistics the planner misjudges the day index
    if (select c.reltuples from pg_class c where c.oid = 'ad_search_term_metrics'::regclass) < 0 then
        analyze ad_search_term_metrics;
    end if;

    -- the stored daily rows of the stale days, summed per line and day, each with its line when it has one
    create temp table ad_st_fresh on commit drop as
    select marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,
           period_start as day, sum(impressions)::bigint as impressions, sum(clicks)::bigint as clicks,
           sum(spend) as spend, coalesce(sum(sales), 0) as sales, count(sales)::integer as sales_rows,
           coalesce(sum(orders), 0)::bigint as orders, count(orders)::integer as orders_rows,
           coalesce(sum(units), 0)::bigint as units, count(units)::integer as units_rows,
           coalesce(bool_or(impressions < 0 or clicks < 0 or spend < 0 or sales < 0 or orders < 0 or units < 0),
                    false) as irregular
      from ad_search_term_metrics
     where account_id = p_account and period_start = any (coalesce(v_days, '{}')) and period_end = period_start
     group by marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term, period_start;
    analyze ad_st_fresh;
    analyze ad_st_gone;

    -- one lookup in the key index per line (a join would hash the account's millions of lines)
    create temp table ad_st_keyed on commit drop as
    select f.*, l.line_id, l.last_day as line_last_day
      from ad_st_fresh f
      left join lateral (select l.line_id, l.last_day from ad_search_term_lines l
                          where l.account_id = p_account and l.marketplace = f.marketplace
                            and l.search_term = f.search_term and l.campaign_name = f.campaign_name
                            and l.ad_group_name = f.ad_group_name and l.targeting = f.targeting
                            and l.match_type = f.match_type and l.currency = f.currency
                          limit 1) l on true;

    -- new lines are inserted with their figures, and their days with their running totals
    create temp table ad_st_new on commit drop as
    with n as (
        insert into ad_search_term_lines (account_id, marketplace, currency, campaign_name, ad_group_name,
                targeting, match_type, search_term, first_day, last_day, days, impressions, clicks, spend, sales,
                sales_rows, orders, orders_rows, units, units_rows, irregular, max_day_spend)
        select p_account, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,
               min(day), max(day), count(*), sum(impressions), sum(clicks), sum(spend), sum(sales), sum(sales_rows),
               sum(orders), sum(orders_rows), sum(units), sum(units_rows), bool_or(irregular), max(spend)
          from ad_st_keyed
         where line_id is null
         group by marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term
        returning line_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term)
    select * from n;
    analyze ad_st_new;

    insert into ad_search_term_line_days (account_id, line_id, day, impressions, clicks, spend, sales, sales_rows,
            orders, orders_rows, units, units_rows, run_days, run_impressions, run_clicks, run_spend, run_sales,
            run_sales_rows, run_orders, run_orders_rows, run_units, run_units_rows)
    select p_account, n.line_id, k.day, k.impressions, k.clicks, k.spend, k.sales, k.sales_rows, k.orders,
           k.orders_rows, k.units, k.units_rows, count(*) over w, sum(k.impressions) over w, sum(k.clicks) over w,
           sum(k.spend) over w, sum(k.sales) over w, sum(k.sales_rows) over w, sum(k.orders) over w,
           sum(k.orders_rows) over w, sum(k.units) over w, sum(k.units_rows) over w
      from ad_st_keyed k
      join ad_st_new n on n.marketplace = k.marketplace and n.search_term = k.search_term
           and n.campaign_name = k.campaign_name and n.ad_group_name = k.ad_group_name
           and n.targeting = k.targeting and n.match_type = k.match_type and n.currency = k.currency
     where k.line_id is null
    window w as (partition by n.line_id order by k.day rows unbounded preceding)
     order by n.line_id, k.day;

    -- the touched days of the lines there before, each against its stored day: the days' sums, and the days whose
    -- rows all went; only the days whose figures changed are written
    create temp table ad_st_touched on commit drop as
    select t.*, d.line_id is not null as had, d.impressions as old_impressions, d.clicks as old_clicks,
           d.spend as old_spend, d.sales as old_sales, d.sales_rows as old_sales_rows, d.orders as old_orders,
           d.orders_rows as old_orders_rows, d.units as old_units, d.units_rows as old_units_rows,
           t.present is distinct from (d.line_id is not null)
               or (t.present and (t.impressions, t.clicks, t.spend, t.sales, t.sales_rows, t.orders, t.orders_rows,
                                  t.units, t.units_rows)
                   is distinct from (d.impressions, d.clicks, d.spend, d.sales, d.sales_rows, d.orders,
                                     d.orders_rows, d.units, d.units_rows)) as changed
      from (select line_id, line_last_day, day, impressions, clicks, spend, sales, sales_rows, orders, orders_rows,
                   units, units_rows, irregular, true as present
              from ad_st_keyed where line_id is not null
            union all
            select l.line_id, l.last_day, g.day, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, false
              from ad_st_gone g
              cross join lateral (select l.line_id, l.last_day from ad_search_term_lines l
                                   where l.account_id = p_account and l.marketplace = g.marketplace
                                     and l.search_term = g.search_term and l.campaign_name = g.campaign_name
                                     and l.ad_group_name = g.ad_group_name and l.targeting = g.targeting
                                     and l.match_type = g.match_type and l.currency = g.currency
                                   limit 1) l
             where not exists (select 1 from ad_st_fresh f where f.marketplace = g.marketplace
                                  and f.search_term = g.search_term and f.campaign_name = g.campaign_name
                                  and f.ad_group_name = g.ad_group_name and f.targeting = g.targeting
                                  and f.match_type = g.match_type and f.currency = g.currency and f.day = g.day)) t
      left join ad_search_term_line_days d on d.account_id = p_account and d.line_id = t.line_id and d.day = t.day;
    select count(*) into v_touched from ad_st_touched;
    delete from ad_st_touched where not changed;
    analyze ad_st_touched;

    -- per line: what its changed days add, and whether they all come after its last day (a new day of a line)
    create temp table ad_st_changed on commit drop as
    select t.line_id, min(t.day) as since,
           coalesce(bool_and(t.present and not t.had and t.day > t.line_last_day), false) as appended,
           bool_or(not t.present) as lost,
           sum(t.present::integer - t.had::integer) as days,
           sum(t.impressions - coalesce(t.old_impressions, 0)) as impressions,
           sum(t.clicks - coalesce(t.old_clicks, 0)) as clicks,
           sum(t.spend - coalesce(t.old_spend, 0)) as spend,
           sum(t.sales - coalesce(t.old_sales, 0)) as sales,
           sum(t.sales_rows - coalesce(t.old_sales_rows, 0)) as sales_rows,
           sum(t.orders - coalesce(t.old_orders, 0)) as orders,
           sum(t.orders_rows - coalesce(t.old_orders_rows, 0)) as orders_rows,
           sum(t.units - coalesce(t.old_units, 0)) as units,
           sum(t.units_rows - coalesce(t.old_units_rows, 0)) as units_rows,
           min(t.day) filter (where t.present) as first_day, max(t.day) filter (where t.present) as last_day,
           bool_or(t.irregular) as irregular, max(t.spend) filter (where t.present) as max_day_spend
      from ad_st_touched t
     group by t.line_id;
    analyze ad_st_changed;

    update ad_search_term_lines l
       set days = l.days + x.days, impressions = l.impressions + x.impressions, clicks = l.clicks + x.clicks,
           spend = l.spend + x.spend, sales = l.sales + x.sales, sales_rows = l.sales_rows + x.sales_rows,
           orders = l.orders + x.orders, orders_rows = l.orders_rows + x.orders_rows,
           units = l.units + x.units, units_rows = l.units_rows + x.units_rows,
           first_day = least(l.first_day, x.first_day), last_day = greatest(l.last_day, x.last_day),
           irregular = l.irregular or x.irregular,
           max_day_spend = greatest(coalesce(l.max_day_spend, l.spend), x.max_day_spend)
      from ad_st_changed x
     where l.account_id = p_account and l.line_id = x.line_id;

    -- new days after a line's last: their running totals follow from the last day's, written once
    insert into ad_search_term_line_days (account_id, line_id, day, impressions, clicks, spend, sales, sales_rows,
            orders, orders_rows, units, units_rows, run_days, run_impressions, run_clicks, run_spend, run_sales,
            run_sales_rows, run_orders, run_orders_rows, run_units, run_units_rows)
    select p_account, t.line_id, t.day, t.impressions, t.clicks, t.spend, t.sales, t.sales_rows, t.orders,
           t.orders_rows, t.units, t.units_rows,
           coalesce(p.run_days, 0) + count(*) over w,
           coalesce(p.run_impressions, 0) + sum(t.impressions) over w,
           coalesce(p.run_clicks, 0) + sum(t.clicks) over w,
           coalesce(p.run_spend, 0) + sum(t.spend) over w,
           coalesce(p.run_sales, 0) + sum(t.sales) over w,
           coalesce(p.run_sales_rows, 0) + sum(t.sales_rows) over w,
           coalesce(p.run_orders, 0) + sum(t.orders) over w,
           coalesce(p.run_orders_rows, 0) + sum(t.orders_rows) over w,
           coalesce(p.run_units, 0) + sum(t.units) over w,
           coalesce(p.run_units_rows, 0) + sum(t.units_rows) over w
      from ad_st_touched t
      join ad_st_changed a on a.line_id = t.line_id and a.appended
      left join lateral (select q.* from ad_search_term_line_days q
                          where q.account_id = p_account and q.line_id = t.line_id and q.day < a.since
                          order by q.day desc limit 1) p on true
    window w as (partition by t.line_id order by t.day rows unbounded preceding);

    -- any other changed day: written, or removed, and the line's running totals from its first changed day on
    insert into ad_search_term_line_days (account_id, line_id, day, impressions, clicks, spend, sales,
            sales_rows, orders, orders_rows, units, units_rows)
    select p_account, t.line_id, t.day, t.impressions, t.clicks, t.spend, t.sales, t.sales_rows, t.orders,
           t.orders_rows, t.units, t.units_rows
      from ad_st_touched t
      join ad_st_changed a on a.line_id = t.line_id and not a.appended
     where t.present
    on conflict (account_id, line_id, day) do update
       set impressions = excluded.impressions, clicks = excluded.clicks, spend = excluded.spend,
           sales = excluded.sales, sales_rows = excluded.sales_rows, orders = excluded.orders,
           orders_rows = excluded.orders_rows, units = excluded.units, units_rows = excluded.units_rows;

    if exists (select 1 from ad_st_changed where lost) then
        delete from ad_search_term_line_days d
         using ad_st_touched t
         where not t.present and d.account_id = p_account and d.line_id = t.line_id and d.day = t.day;
        -- a line that lost a day may have lost its first or last one
        update ad_search_term_lines l
           set first_day = (select min(d.day) from ad_search_term_line_days d
                             where d.account_id = l.account_id and d.line_id = l.line_id),
               last_day = (select max(d.day) from ad_search_term_line_days d
                            where d.account_id = l.account_id and d.line_id = l.line_id)
         where l.account_id = p_account and l.line_id in (select line_id from ad_st_changed where lost);
    end if;

    update ad_search_term_line_days d
       set run_days = r.run_days, run_impressions = r.run_impressions, run_clicks = r.run_clicks,
           run_spend = r.run_spend, run_sales = r.run_sales, run_sales_rows = r.run_sales_rows,
           run_orders = r.run_orders, run_orders_rows = r.run_orders_rows, run_units = r.run_units,
           run_units_rows = r.run_units_rows
      from (select e.line_id, e.day,
                   coalesce(p.run_days, 0) + count(*) over w as run_days,
                   coalesce(p.run_impressions, 0) + sum(e.impressions) over w as run_impressions,
                   coalesce(p.run_clicks, 0) + sum(e.clicks) over w as run_clicks,
                   coalesce(p.run_spend, 0) + sum(e.spend) over w as run_spend,
                   coalesce(p.run_sales, 0) + sum(e.sales) over w as run_sales,
                   coalesce(p.run_sales_rows, 0) + sum(e.sales_rows) over w as run_sales_rows,
                   coalesce(p.run_orders, 0) + sum(e.orders) over w as run_orders,
                   coalesce(p.run_orders_rows, 0) + sum(e.orders_rows) over w as run_orders_rows,
                   coalesce(p.run_units, 0) + sum(e.units) over w as run_units,
                   coalesce(p.run_units_rows, 0) + sum(e.units_rows) over w as run_units_rows
              from ad_st_changed a
              join ad_search_term_line_days e on e.account_id = p_account and e.line_id = a.line_id
                   and e.day >= a.since
              left join lateral (select q.* from ad_search_term_line_days q
                                  where q.account_id = p_account and q.line_id = a.line_id and q.day < a.since
                                  order by q.day desc limit 1) p on true
             where not a.appended
            window w as (partition by e.line_id order by e.day rows unbounded preceding)) r
     where d.account_id = p_account and d.line_id = r.line_id and d.day = r.day;

    v_touched := v_touched + (select count(*) from ad_st_keyed where line_id is null);
    drop table ad_st_gone, ad_st_fresh, ad_st_keyed, ad_st_new, ad_st_touched, ad_st_changed;
    return v_touched;
end
$fn$;
-- [jooq ignore stop]
