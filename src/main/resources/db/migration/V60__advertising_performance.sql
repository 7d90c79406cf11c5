-- Sponsored ads performance as the Ads console reports and the Ads API v3 reports give it, one table per level
-- of detail. A row holds the base figures of one day (period_start = period_end) or of the summary period a
-- report was downloaded for; ratios (CTR, CPC, ACoS, ROAS, conversion rate) are never stored but computed from
-- these figures. Rows are keyed by the names the reports carry (ids are kept when the report has them), so a
-- restated download of the same day replaces the figures instead of adding to them. Key columns hold '' where a
-- report has no value (e.g. a search term export without match type).

create table ad_campaign_metrics (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    marketplace       varchar(2) not null,
    ad_product        varchar(2) not null,
    period_start      date not null,
    period_end        date not null,
    campaign_name     varchar(400) not null,
    campaign_id       varchar(40),
    portfolio         varchar(400),
    campaign_status   varchar(40),
    budget            numeric(18, 4),
    targeting_type    varchar(20),
    bidding_strategy  varchar(120),
    currency          varchar(3) not null,
    attribution_days  smallint not null,
    impressions       bigint not null,
    clicks            bigint not null,
    spend             numeric(18, 4) not null,
    sales             numeric(18, 4),
    orders            bigint,
    units             bigint,
    advertised_sales  numeric(18, 4),
    advertised_units  bigint,
    other_sales       numeric(18, 4),
    other_units       bigint,
    batch_id          bigint not null,
    primary key (account_id, marketplace, ad_product, period_start, period_end, campaign_name),
    constraint ad_campaign_metrics_period_ck check (period_end >= period_start)
);

create index ad_campaign_metrics_day_ix on ad_campaign_metrics (account_id, period_start);

create table ad_target_metrics (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    marketplace       varchar(2) not null,
    ad_product        varchar(2) not null,
    period_start      date not null,
    period_end        date not null,
    campaign_name     varchar(400) not null,
    ad_group_name     varchar(400) not null,
    targeting         varchar(1000) not null,
    match_type        varchar(40) not null,
    campaign_id       varchar(40),
    ad_group_id       varchar(40),
    keyword_id        varchar(40),
    portfolio         varchar(400),
    top_of_search_share numeric(9, 6),
    currency          varchar(3) not null,
    attribution_days  smallint not null,
    impressions       bigint not null,
    clicks            bigint not null,
    spend             numeric(18, 4) not null,
    sales             numeric(18, 4),
    orders            bigint,
    units             bigint,
    advertised_sales  numeric(18, 4),
    advertised_units  bigint,
    other_sales       numeric(18, 4),
    other_units       bigint,
    batch_id          bigint not null,
    primary key (account_id, marketplace, ad_product, period_start, period_end, campaign_name, ad_group_name,
                 targeting, match_type),
    constraint ad_target_metrics_period_ck check (period_end >= period_start)
);

create index ad_target_metrics_day_ix on ad_target_metrics (account_id, period_start);

create table ad_search_term_metrics (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    marketplace       varchar(2) not null,
    ad_product        varchar(2) not null,
    period_start      date not null,
    period_end        date not null,
    campaign_name     varchar(400) not null,
    ad_group_name     varchar(400) not null,
    targeting         varchar(1000) not null,
    match_type        varchar(40) not null,
    search_term       varchar(1000) not null,
    campaign_id       varchar(40),
    ad_group_id       varchar(40),
    keyword_id        varchar(40),
    portfolio         varchar(400),
    currency          varchar(3) not null,
    attribution_days  smallint not null,
    impressions       bigint not null,
    clicks            bigint not null,
    spend             numeric(18, 4) not null,
    sales             numeric(18, 4),
    orders            bigint,
    units             bigint,
    advertised_sales  numeric(18, 4),
    advertised_units  bigint,
    other_sales       numeric(18, 4),
    other_units       bigint,
    batch_id          bigint not null,
    primary key (account_id, marketplace, ad_product, period_start, period_end, campaign_name, ad_group_name,
                 targeting, match_type, search_term),
    constraint ad_search_term_metrics_period_ck check (period_end >= period_start)
);

create index ad_search_term_metrics_day_ix on ad_search_term_metrics (account_id, period_start);

create table ad_product_metrics (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    marketplace       varchar(2) not null,
    ad_product        varchar(2) not null,
    period_start      date not null,
    period_end        date not null,
    campaign_name     varchar(400) not null,
    ad_group_name     varchar(400) not null,
    advertised_asin   varchar(20) not null,
    advertised_sku    varchar(200) not null,
    campaign_id       varchar(40),
    ad_group_id       varchar(40),
    ad_id             varchar(40),
    portfolio         varchar(400),
    currency          varchar(3) not null,
    attribution_days  smallint not null,
    impressions       bigint not null,
    clicks            bigint not null,
    spend             numeric(18, 4) not null,
    sales             numeric(18, 4),
    orders            bigint,
    units             bigint,
    advertised_sales  numeric(18, 4),
    advertised_units  bigint,
    other_sales       numeric(18, 4),
    other_units       bigint,
    batch_id          bigint not null,
    primary key (account_id, marketplace, ad_product, period_start, period_end, campaign_name, ad_group_name,
                 advertised_asin, advertised_sku),
    constraint ad_product_metrics_period_ck check (period_end >= period_start)
);

create index ad_product_metrics_day_ix on ad_product_metrics (account_id, period_start);

create table ad_placement_metrics (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    marketplace       varchar(2) not null,
    ad_product        varchar(2) not null,
    period_start      date not null,
    period_end        date not null,
    campaign_name     varchar(400) not null,
    placement         varchar(120) not null,
    campaign_id       varchar(40),
    portfolio         varchar(400),
    bidding_strategy  varchar(120),
    currency          varchar(3) not null,
    attribution_days  smallint not null,
    impressions       bigint not null,
    clicks            bigint not null,
    spend             numeric(18, 4) not null,
    sales             numeric(18, 4),
    orders            bigint,
    units             bigint,
    advertised_sales  numeric(18, 4),
    advertised_units  bigint,
    other_sales       numeric(18, 4),
    other_units       bigint,
    batch_id          bigint not null,
    primary key (account_id, marketplace, ad_product, period_start, period_end, campaign_name, placement),
    constraint ad_placement_metrics_period_ck check (period_end >= period_start)
);

create index ad_placement_metrics_day_ix on ad_placement_metrics (account_id, period_start);
