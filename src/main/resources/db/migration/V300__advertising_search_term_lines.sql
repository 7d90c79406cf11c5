-- Summaries of the search-term table for an agency-sized account (issue 8): every line (marketplace, currency,
-- campaign, ad group, targeting, match type, search term) gets an id, its lifetime figures and its first and last
-- day, and one compact row a day with the day's figures summed over the ad products. The reads of AdAnalytics
-- answer from them (a line wholly inside a period is its lifetime; lines whose lifetime cannot reach a threshold
-- are never summed) and give exactly the plain sums of the daily rows (period_start = period_end) of
-- ad_search_term_metrics. Triggers on that table (V301) keep both exact on every insert, update (a restated day) and
-- delete (a batch removed), so the importer, a re-import and COPY all keep them.
-- Nullable report figures (sales, orders, units) are kept as the sum of the values given plus the count of rows
-- that gave one, so that a sum over rows that all lacked the value stays null as the plain sum is.
-- [jooq ignore start]
create table ad_search_term_lines (
    account_id     bigint not null references seller_accounts (id) on delete cascade,
    line_id        bigint generated always as identity,
    marketplace    varchar(2) not null,
    currency       varchar(3) not null,
    campaign_name  varchar(400) not null,
    ad_group_name  varchar(400) not null,
    targeting      varchar(1000) not null,
    match_type     varchar(40) not null,
    search_term    varchar(1000) not null,
    first_day      date,
    last_day       date,
    days           integer not null default 0,
    impressions    bigint not null default 0,
    clicks         bigint not null default 0,
    spend          numeric(18, 4) not null default 0,
    sales          numeric(18, 4) not null default 0,
    sales_rows     integer not null default 0,
    orders         bigint not null default 0,
    orders_rows    integer not null default 0,
    units          bigint not null default 0,
    units_rows     integer not null default 0,
    -- a day with a negative figure: lifetime totals are then no upper bound of a period's, and reads sum plainly
    irregular      boolean not null default false,
    primary key (account_id, line_id)
);

create table ad_search_term_line_days (
    account_id   bigint not null,
    line_id      bigint not null,
    day          date not null,
    impressions  bigint not null,
    clicks       bigint not null,
    spend        numeric(18, 4) not null,
    sales        numeric(18, 4) not null,
    sales_rows   integer not null,
    orders       bigint not null,
    orders_rows  integer not null,
    units        bigint not null,
    units_rows   integer not null
);

-- Filling from the rows already stored: one pass for the lines, one for their days (about 10 to 15 minutes for
-- 18 M rows on 2 cores; nothing to do on an empty database).
set local work_mem = '1GB';

insert into ad_search_term_lines (account_id, marketplace, currency, campaign_name, ad_group_name, targeting,
        match_type, search_term, first_day, last_day, days, impressions, clicks, spend, sales, sales_rows, orders,
        orders_rows, units, units_rows, irregular)
select account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term,
       min(period_start), max(period_start), count(distinct period_start), sum(impressions), sum(clicks),
       sum(spend), coalesce(sum(sales), 0), count(sales), coalesce(sum(orders), 0), count(orders),
       coalesce(sum(units), 0), count(units),
       bool_or(impressions < 0 or clicks < 0 or spend < 0 or sales < 0 or orders < 0 or units < 0)
  from ad_search_term_metrics
 where period_start = period_end
 group by account_id, marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term;

create unique index ad_search_term_lines_key_ux on ad_search_term_lines (account_id, marketplace, search_term,
    campaign_name, ad_group_name, targeting, match_type, currency);

insert into ad_search_term_line_days
select l.account_id, l.line_id, t.period_start, sum(t.impressions), sum(t.clicks), sum(t.spend),
       coalesce(sum(t.sales), 0), count(t.sales), coalesce(sum(t.orders), 0), count(t.orders),
       coalesce(sum(t.units), 0), count(t.units)
  from ad_search_term_metrics t
  join ad_search_term_lines l on l.account_id = t.account_id and l.marketplace = t.marketplace
       and l.search_term = t.search_term and l.campaign_name = t.campaign_name
       and l.ad_group_name = t.ad_group_name and l.targeting = t.targeting and l.match_type = t.match_type
       and l.currency = t.currency
 where t.period_start = t.period_end
 group by l.account_id, l.line_id, t.period_start
 order by l.account_id, l.line_id, t.period_start;

alter table ad_search_term_line_days add primary key (account_id, line_id, day);
alter table ad_search_term_line_days add constraint ad_search_term_line_days_account_fk
    foreign key (account_id) references seller_accounts (id) on delete cascade;

-- the search-term table's order (most spend first), its drill-down to a campaign, and the "new" filter
create index ad_search_term_lines_spend_ix on ad_search_term_lines (account_id, spend desc)
    include (first_day, last_day, clicks, orders, campaign_name);
create index ad_search_term_lines_campaign_ix on ad_search_term_lines (account_id, campaign_name, spend desc)
    include (first_day, last_day);
create index ad_search_term_lines_first_ix on ad_search_term_lines (account_id, first_day)
    include (spend, last_day);
create index ad_search_term_lines_irregular_ix on ad_search_term_lines (account_id) where irregular;

analyze ad_search_term_lines;
analyze ad_search_term_line_days;
-- [jooq ignore stop]
