-- The structure of Sponsored Products campaigns as the bulk operations sheet lists it: campaigns, ad groups,
-- keywords (including negative ones), product ads, product targets and placement bid adjustments, keyed by
-- Amazon's ids. A later sheet replaces what an earlier one said about the same id.

create table ad_campaigns (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    campaign_id       varchar(40) not null,
    ad_product        varchar(2) not null,
    marketplace       varchar(2) not null,
    name              varchar(400) not null,
    portfolio_id      varchar(40),
    state             varchar(20),
    targeting_type    varchar(20),
    daily_budget      numeric(18, 4),
    currency          varchar(3) not null,
    bidding_strategy  varchar(120),
    start_date        date,
    end_date          date,
    batch_id          bigint not null,
    primary key (account_id, campaign_id)
);

create table ad_groups (
    account_id   bigint not null references seller_accounts (id) on delete cascade,
    ad_group_id  varchar(40) not null,
    campaign_id  varchar(40) not null,
    name         varchar(400) not null,
    state        varchar(20),
    default_bid  numeric(18, 4),
    currency     varchar(3) not null,
    batch_id     bigint not null,
    primary key (account_id, ad_group_id)
);

create index ad_groups_campaign_ix on ad_groups (account_id, campaign_id);

-- Keywords of ad groups and negative keywords of ad groups or (ad_group_id null) of whole campaigns.
create table ad_keywords (
    account_id    bigint not null references seller_accounts (id) on delete cascade,
    keyword_id    varchar(40) not null,
    campaign_id   varchar(40) not null,
    ad_group_id   varchar(40),
    keyword_text  varchar(1000) not null,
    match_type    varchar(40) not null,
    negative      boolean not null,
    state         varchar(20),
    bid           numeric(18, 4),
    currency      varchar(3) not null,
    batch_id      bigint not null,
    primary key (account_id, keyword_id)
);

create index ad_keywords_campaign_ix on ad_keywords (account_id, campaign_id);

create table ad_product_ads (
    account_id   bigint not null references seller_accounts (id) on delete cascade,
    ad_id        varchar(40) not null,
    campaign_id  varchar(40) not null,
    ad_group_id  varchar(40) not null,
    sku          varchar(200),
    asin         varchar(20),
    state        varchar(20),
    batch_id     bigint not null,
    primary key (account_id, ad_id)
);

create index ad_product_ads_campaign_ix on ad_product_ads (account_id, campaign_id);

-- Product targeting clauses (and negative ones) of ad groups or (ad_group_id null) of whole campaigns.
create table ad_targets (
    account_id           bigint not null references seller_accounts (id) on delete cascade,
    target_id            varchar(40) not null,
    campaign_id          varchar(40) not null,
    ad_group_id          varchar(40),
    expression           varchar(1000) not null,
    resolved_expression  varchar(1000),
    negative             boolean not null,
    state                varchar(20),
    bid                  numeric(18, 4),
    currency             varchar(3) not null,
    batch_id             bigint not null,
    primary key (account_id, target_id)
);

create index ad_targets_campaign_ix on ad_targets (account_id, campaign_id);

create table ad_placement_adjustments (
    account_id   bigint not null references seller_accounts (id) on delete cascade,
    campaign_id  varchar(40) not null,
    placement    varchar(120) not null,
    percentage   numeric(9, 2) not null,
    batch_id     bigint not null,
    primary key (account_id, campaign_id, placement)
);
