-- Brand Analytics search terms (GET_BRAND_ANALYTICS_SEARCH_TERMS_REPORT): for each period, department and search
-- term, the top clicked ASINs by click share rank (1-3), with the term's search frequency rank. Shares are
-- fractions (0.0771 = 7.71 %).

create table brand_search_terms (
    account_id             bigint not null references seller_accounts (id) on delete cascade,
    marketplace            varchar(2) not null,
    period_start           date not null,
    period_end             date not null,
    department             varchar(200) not null,
    search_term            varchar(400) not null,
    click_share_rank       integer not null,
    report_period          varchar(10),
    search_frequency_rank  integer not null,
    clicked_asin           varchar(20) not null,
    click_share            numeric(9, 6),
    conversion_share       numeric(9, 6),
    batch_id               bigint not null,
    primary key (account_id, marketplace, period_start, period_end, department, search_term, click_share_rank)
);

create index brand_search_terms_asin_ix on brand_search_terms (account_id, clicked_asin, period_start);
