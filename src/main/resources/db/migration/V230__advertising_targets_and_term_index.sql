-- Target ACoS the operator set for the whole account, for a product category or for one ASIN (with the ASIN's
-- category, so that the category's default applies to it). Without a row Bosun uses the category benchmarks of
-- issue 8 (home 25 %, electronics accessories 20 %, anything else the industry's 30 %).
create table ad_acos_targets (
    account_id   bigint not null references seller_accounts (id) on delete cascade,
    scope        varchar(10) not null,
    scope_key    varchar(100) not null,
    category     varchar(40),
    target_acos  numeric(7, 4),
    primary key (account_id, scope, scope_key),
    constraint ad_acos_targets_scope_ck check (scope in ('ACCOUNT', 'CATEGORY', 'ASIN')),
    constraint ad_acos_targets_value_ck check (target_acos is null or (target_acos > 0 and target_acos < 5))
);

-- The search-term page's "new" filter asks whether a term was seen before the period: one index probe per term.
-- [jooq ignore start]
create index ad_search_term_metrics_term_ix on ad_search_term_metrics (account_id, marketplace, search_term, period_start);
-- [jooq ignore stop]
