-- The triggers that keep the search-term lines and their days (V300) equal to the daily rows of
-- ad_search_term_metrics: each statement's inserted, updated and deleted rows name the (line, day) pairs it touched,
-- and those pairs are summed again from the stored rows (through the term index of V230), their difference added to
-- the lines' lifetime figures. Rows of a summary period (period_start <> period_end) are not summarised.
-- [jooq ignore start]
-- Brings the lines and days of the (line, day) pairs in ad_search_term_touched up to the stored rows.
create function ad_search_term_summaries_refresh() returns void language plpgsql as $fn$
begin
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
              and t.period_start = k.day and t.period_end = k.day and t.campaign_name = k.campaign_name
              and t.ad_group_name = k.ad_group_name and t.targeting = k.targeting
              and t.match_type = k.match_type and t.currency = k.currency) f;

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

    drop table ad_search_term_fresh;
    drop table ad_search_term_touched;
end
$fn$;

create function ad_search_term_inserted() returns trigger language plpgsql as $fn$
begin
    create temp table ad_search_term_touched on commit drop as
    select distinct account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type,
           search_term, period_start as day
      from new_rows where period_start = period_end;
    perform ad_search_term_summaries_refresh();
    return null;
end
$fn$;

create function ad_search_term_updated() returns trigger language plpgsql as $fn$
begin
    create temp table ad_search_term_touched on commit drop as
    select account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,
           period_start as day
      from new_rows where period_start = period_end
    union
    select account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,
           period_start as day
      from old_rows where period_start = period_end;
    perform ad_search_term_summaries_refresh();
    return null;
end
$fn$;

create function ad_search_term_deleted() returns trigger language plpgsql as $fn$
begin
    create temp table ad_search_term_touched on commit drop as
    select distinct account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type,
           search_term, period_start as day
      from old_rows where period_start = period_end;
    perform ad_search_term_summaries_refresh();
    return null;
end
$fn$;

create function ad_search_term_truncated() returns trigger language plpgsql as $fn$
begin
    truncate ad_search_term_line_days, ad_search_term_lines;
    return null;
end
$fn$;

create trigger ad_search_term_metrics_inserted after insert on ad_search_term_metrics
    referencing new table as new_rows for each statement execute function ad_search_term_inserted();
create trigger ad_search_term_metrics_updated after update on ad_search_term_metrics
    referencing old table as old_rows new table as new_rows for each statement
    execute function ad_search_term_updated();
create trigger ad_search_term_metrics_deleted after delete on ad_search_term_metrics
    referencing old table as old_rows for each statement execute function ad_search_term_deleted();
create trigger ad_search_term_metrics_truncated after truncate on ad_search_term_metrics
    for each statement execute function ad_search_term_truncated();
-- [jooq ignore stop]
