-- Order lines summed per SKU and purchase day, the day taken in the marketplace's own time zone (the day a seller
-- sees in Seller Central). Windows of whole days then read one row per SKU and day instead of every line: the daily
-- review's return-spike rule sums about 2.5 million lines of 80 days on a 5,000-SKU store, 390,000 SKU days.
-- Kept by triggers on order_items (below), so every writer (importers, API sync, tests) keeps it exact; cancelled
-- lines are left out, as every sales sum leaves them out. day_start and day_end are the instants the local day
-- begins and ends: a window that does not start or end at a local midnight takes its partial days from the lines.
create table order_sku_days (
    account_id   bigint not null,
    marketplace  varchar(2) collate "C" not null, -- '' for lines without a marketplace
    sku          varchar(200) collate "C" not null,
    day          date not null,
    day_start    timestamp with time zone not null,
    day_end      timestamp with time zone not null,
    lines        integer not null,
    units        bigint not null,
    sales        numeric(18, 2),
    asin         varchar(20) collate "C",
    currency     varchar(3),
    primary key (account_id, marketplace, sku, day)
);

-- [jooq ignore start]
create index order_sku_days_start_ix on order_sku_days (account_id, day_start)
    include (marketplace, sku, day_end, lines, units, sales, asin, currency);

-- The time zone Bosun gives each marketplace (dev.bosun.shared.Marketplace; OrderSkuDaysTests keeps the two equal);
-- lines without a known marketplace count in UTC days.
create function order_marketplace_zone(code text) returns text language sql immutable parallel safe as $$
    select case upper(coalesce(code, ''))
        when 'US' then 'America/Los_Angeles' when 'CA' then 'America/Los_Angeles'
        when 'MX' then 'America/Los_Angeles' when 'BR' then 'America/Sao_Paulo'
        when 'UK' then 'Europe/London' when 'GB' then 'Europe/London' when 'DE' then 'Europe/Berlin'
        when 'FR' then 'Europe/Paris' when 'IT' then 'Europe/Rome' when 'ES' then 'Europe/Madrid'
        when 'NL' then 'Europe/Amsterdam' when 'SE' then 'Europe/Stockholm' when 'PL' then 'Europe/Warsaw'
        when 'BE' then 'Europe/Brussels' when 'IE' then 'Europe/Dublin' when 'TR' then 'Europe/Istanbul'
        when 'AE' then 'Asia/Dubai' when 'SA' then 'Asia/Riyadh' when 'EG' then 'Africa/Cairo'
        when 'IN' then 'Asia/Kolkata' when 'ZA' then 'Africa/Johannesburg' when 'JP' then 'Asia/Tokyo'
        when 'AU' then 'Australia/Sydney' when 'SG' then 'Asia/Singapore'
        else 'UTC' end
$$;

-- Recounts the given SKU days from the lines (keys as four arrays of the same length, duplicates allowed).
create function order_sku_days_recount(accounts bigint[], markets text[], skus text[], days date[])
    returns void language sql as $$
    delete from order_sku_days d
        using (select distinct * from unnest(accounts, markets, skus, days) as k(account_id, marketplace, sku, day)) k
        where d.account_id = k.account_id and d.marketplace = k.marketplace and d.sku = k.sku and d.day = k.day;
    insert into order_sku_days (account_id, marketplace, sku, day, day_start, day_end, lines, units, sales, asin,
                                currency)
    select k.account_id, k.marketplace, k.sku, k.day,
           k.day::timestamp at time zone order_marketplace_zone(k.marketplace),
           (k.day + 1)::timestamp at time zone order_marketplace_zone(k.marketplace),
           count(*), sum(o.quantity), sum(o.item_price), max(o.asin), max(o.currency)
    from (select distinct * from unnest(accounts, markets, skus, days) as k(account_id, marketplace, sku, day)) k
    join order_items o
      on o.account_id = k.account_id and o.sku = k.sku and coalesce(o.marketplace, '') = k.marketplace
     and o.purchased_at >= k.day::timestamp at time zone order_marketplace_zone(k.marketplace)
     and o.purchased_at < (k.day + 1)::timestamp at time zone order_marketplace_zone(k.marketplace)
     and o.item_status is distinct from 'Cancelled'
    group by k.account_id, k.marketplace, k.sku, k.day;
$$;

create function order_sku_days_touched() returns trigger language plpgsql as $$
declare
    a bigint[];
    m text[];
    s text[];
    d date[];
begin
    if TG_OP = 'INSERT' then
        select array_agg(x.account_id), array_agg(x.mp), array_agg(x.sku), array_agg(x.day) into a, m, s, d
        from (select distinct account_id, coalesce(marketplace, '') as mp, sku,
                     (purchased_at at time zone order_marketplace_zone(marketplace))::date as day
              from new_rows) x;
    elsif TG_OP = 'UPDATE' then
        select array_agg(x.account_id), array_agg(x.mp), array_agg(x.sku), array_agg(x.day) into a, m, s, d
        from (select account_id, coalesce(marketplace, '') as mp, sku,
                     (purchased_at at time zone order_marketplace_zone(marketplace))::date as day
              from new_rows
              union
              select account_id, coalesce(marketplace, ''), sku,
                     (purchased_at at time zone order_marketplace_zone(marketplace))::date
              from old_rows) x;
    else
        select array_agg(x.account_id), array_agg(x.mp), array_agg(x.sku), array_agg(x.day) into a, m, s, d
        from (select distinct account_id, coalesce(marketplace, '') as mp, sku,
                     (purchased_at at time zone order_marketplace_zone(marketplace))::date as day
              from old_rows) x;
    end if;
    if a is not null then
        perform order_sku_days_recount(a, m, s, d);
    end if;
    return null;
end
$$;

create trigger order_items_sku_days_insert after insert on order_items
    referencing new table as new_rows for each statement execute function order_sku_days_touched();
create trigger order_items_sku_days_update after update on order_items
    referencing old table as old_rows new table as new_rows for each statement execute function order_sku_days_touched();
create trigger order_items_sku_days_delete after delete on order_items
    referencing old table as old_rows for each statement execute function order_sku_days_touched();

-- the lines imported before this migration
insert into order_sku_days (account_id, marketplace, sku, day, day_start, day_end, lines, units, sales, asin, currency)
select account_id, mp, sku, day,
       day::timestamp at time zone order_marketplace_zone(mp),
       (day + 1)::timestamp at time zone order_marketplace_zone(mp),
       count(*), sum(quantity), sum(item_price), max(asin), max(currency)
from (select o.account_id, coalesce(o.marketplace, '') as mp, o.sku, o.quantity, o.item_price, o.asin, o.currency,
             (o.purchased_at at time zone order_marketplace_zone(o.marketplace))::date as day
      from order_items o where o.item_status is distinct from 'Cancelled') o
group by account_id, mp, sku, day;
-- [jooq ignore stop]
