-- The search-term summaries' trigger (V301, V302) looks a (line, day) up through the term index (V230); on a report
-- table never analysed (a first import into a new database) the planner took the day index instead and read every
-- row of the day for each touched line. The refresh now analyses that table once when it has no statistics, analyses
-- its temporary tables of touched lines, and runs without sequential scans of the stored tables.
-- The lines' key columns compare byte-wise, as the report table's do (V92): joins on them use the indexes of both
-- sides, and the lines sort in the plain sum's order.
-- [jooq ignore start]
alter table ad_search_term_lines
    alter column marketplace type varchar(2) collate "C",
    alter column currency type varchar(3) collate "C",
    alter column campaign_name type varchar(400) collate "C",
    alter column ad_group_name type varchar(400) collate "C",
    alter column targeting type varchar(1000) collate "C",
    alter column match_type type varchar(40) collate "C",
    alter column search_term type varchar(1000) collate "C";
analyze ad_search_term_lines;

create or replace function ad_search_term_summaries_refresh() returns void language plpgsql
    set enable_seqscan = off as $fn$
begin
    -- a first import into a new database: without statistics the planner takes the day index for the lookups
    if (select c.reltuples from pg_class c where c.oid = 'ad_search_term_metrics'::regclass) < 0 then
        analyze ad_search_term_metrics;
    end if;
    analyze ad_search_term_touched;
    insert into ad_search_term_lines (account_id, marketplace, currency, campaign_name, ad_group_name, targeting,
            match_type, search_term)
    select distinct account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type,
           search_term
      from ad_search_term_touched
    on conflict (account_id, marketplace, search_term, campaign_name, ad_group_name, targeting, match_type,
            currency) do nothing;

    create temp table ad_search_term_fresh on commit drop as
    select l.account_id, l.line_id, k.day, coalesce(f.impressions, 0) as impressions, coalesce(f.clicks, 0) as clicks,
           coalesce(f.spend, 0) as spend, coalesce(f.sales, 0) as sales, f.sales_rows,
           coalesce(f.orders, 0) as orders, f.orders_rows, coalesce(f.units, 0) as units, f.units_rows, f.n,
           coalesce(f.irregular, false) as irregular
      from (select distinct * from ad_search_term_touched) k
      join ad_search_term_lines l on l.account_id = k.account_id and l.marketplace = k.marketplace
           and l.search_term = k.search_term and l.campaign_name = k.campaign_name
           and l.ad_group_name = k.ad_group_name and l.targeting = k.targeting and l.match_type = k.match_type
           and l.currency = k.currency
      cross join lateral (
           select sum(t.impressions) as impressions, sum(t.clicks) as clicks, sum(t.spend) as spend,
                  coalesce(sum(t.sales), 0) as sales, count(t.sales)::integer as sales_rows,
                  coalesce(sum(t.orders), 0) as orders, count(t.orders)::integer as orders_rows,
                  coalesce(sum(t.units), 0) as units, count(t.units)::integer as units_rows, count(*) as n,
                  bool_or(t.impressions < 0 or t.clicks < 0 or t.spend < 0 or t.sales < 0 or t.orders < 0
                          or t.units < 0) as irregular
             from ad_search_term_metrics t
            where t.account_id = k.account_id and t.marketplace = k.marketplace and t.search_term = k.search_term
              and t.period_start = k.day and t.period_end = k.day
              and t.campaign_name = k.campaign_name and t.ad_group_name = k.ad_group_name
              and t.targeting = k.targeting and t.match_type = k.match_type and t.currency = k.currency) f;

    analyze ad_search_term_fresh;

    update ad_search_term_lines l
       set days = l.days + x.days, impressions = l.impressions + x.impressions, clicks = l.clicks + x.clicks,
           spend = l.spend + x.spend, sales = l.sales + x.sales, sales_rows = l.sales_rows + x.sales_rows,
           orders = l.orders + x.orders, orders_rows = l.orders_rows + x.orders_rows, units = l.units + x.units,
           units_rows = l.units_rows + x.units_rows, first_day = least(l.first_day, x.first_day),
           last_day = greatest(l.last_day, x.last_day), irregular = l.irregular or x.irregular
      from (select f.account_id, f.line_id,
                   sum((f.n > 0)::integer - (d.line_id is not null)::integer) as days,
                   sum(f.impressions - coalesce(d.impressions, 0)) as impressions,
                   sum(f.clicks - coalesce(d.clicks, 0)) as clicks,
                   sum(f.spend - coalesce(d.spend, 0)) as spend,
                   sum(f.sales - coalesce(d.sales, 0)) as sales,
                   sum(f.sales_rows - coalesce(d.sales_rows, 0)) as sales_rows,
                   sum(f.orders - coalesce(d.orders, 0)) as orders,
                   sum(f.orders_rows - coalesce(d.orders_rows, 0)) as orders_rows,
                   sum(f.units - coalesce(d.units, 0)) as units,
                   sum(f.units_rows - coalesce(d.units_rows, 0)) as units_rows,
                   min(f.day) filter (where f.n > 0) as first_day, max(f.day) filter (where f.n > 0) as last_day,
                   bool_or(f.irregular) as irregular
              from ad_search_term_fresh f
              left join ad_search_term_line_days d on d.account_id = f.account_id and d.line_id = f.line_id
                   and d.day = f.day
             group by f.account_id, f.line_id) x
     where l.account_id = x.account_id and l.line_id = x.line_id;

    insert into ad_search_term_line_days (account_id, line_id, day, impressions, clicks, spend, sales, sales_rows,
            orders, orders_rows, units, units_rows)
    select account_id, line_id, day, impressions, clicks, spend, sales, sales_rows, orders, orders_rows, units,
           units_rows
      from ad_search_term_fresh
     where n > 0
    on conflict (account_id, line_id, day) do update
       set impressions = excluded.impressions, clicks = excluded.clicks, spend = excluded.spend,
           sales = excluded.sales, sales_rows = excluded.sales_rows, orders = excluded.orders,
           orders_rows = excluded.orders_rows, units = excluded.units, units_rows = excluded.units_rows;

    if exists (select 1 from ad_search_term_fresh where n = 0) then
        delete from ad_search_term_line_days d
         using ad_search_term_fresh f
         where f.n = 0 and d.account_id = f.account_id and d.line_id = f.line_id and d.day = f.day;
        -- a line that lost a day may have lost its first or last one
        update ad_search_term_lines l
           set first_day = (select min(d.day) from ad_search_term_line_days d
                             where d.account_id = l.account_id and d.line_id = l.line_id),
               last_day = (select max(d.day) from ad_search_term_line_days d
                            where d.account_id = l.account_id and d.line_id = l.line_id)
         where (l.account_id, l.line_id) in (select account_id, line_id from ad_search_term_fresh where n = 0);
    end if;

    -- the running totals of each touched line, from its first touched day on
    update ad_search_term_line_days d
       set run_days = r.run_days, run_impressions = r.run_impressions, run_clicks = r.run_clicks,
           run_spend = r.run_spend, run_sales = r.run_sales, run_sales_rows = r.run_sales_rows,
           run_orders = r.run_orders, run_orders_rows = r.run_orders_rows, run_units = r.run_units,
           run_units_rows = r.run_units_rows
      from (select e.account_id, e.line_id, e.day,
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
              from (select account_id, line_id, min(day) as since from ad_search_term_fresh
                     group by account_id, line_id) a
              join ad_search_term_line_days e on e.account_id = a.account_id and e.line_id = a.line_id
                   and e.day >= a.since
              left join lateral (select q.* from ad_search_term_line_days q
                                  where q.account_id = a.account_id and q.line_id = a.line_id and q.day < a.since
                                  order by q.day desc limit 1) p on true
            window w as (partition by e.account_id, e.line_id order by e.day rows unbounded preceding)) r
     where d.account_id = r.account_id and d.line_id = r.line_id and d.day = r.day;

    drop table ad_search_term_fresh;
    drop table ad_search_term_touched;
end
$fn$;
-- [jooq ignore stop]
