-- Profit per seller account, marketplace, day and SKU: a rollup Bosun computes from the order lines, settlement
-- lines, fee estimates, returns, ad spend, unit costs and exchange rates, so that a year of a large store is summed
-- in one indexed scan. It is a cache: every row can be computed again from those sources, and it is (see
-- finance_profit_state). sku '' holds what belongs to the marketplace and day but to no SKU (storage or
-- subscription fees without a SKU, ad spend on a day without sales).
--
-- Amounts are signed as they count towards profit (sales positive; fees, refunds and costs negative), unrounded,
-- in the marketplace currency (currency) and in the organisation's reporting currency (columns ending in _rep;
-- null where no exchange rate was found, rep_missing then true).

create table finance_profit_days (
    account_id               bigint not null references seller_accounts (id) on delete cascade,
    marketplace              varchar(2) not null,
    day                      date not null,
    sku                      varchar(200) not null,
    asin                     varchar(20),
    currency                 varchar(3) not null,
    orders                   integer not null,
    units                    integer not null,
    units_refunded           integer not null,
    units_returned_sellable  integer not null,
    units_estimated          integer not null,
    units_cost_unknown       integer not null,
    sales                    numeric(20, 6) not null,
    promotions               numeric(20, 6) not null,
    refunds                  numeric(20, 6) not null,
    referral_fees            numeric(20, 6) not null,
    fba_fees                 numeric(20, 6) not null,
    other_fees               numeric(20, 6) not null,
    storage_fees             numeric(20, 6) not null,
    reimbursements           numeric(20, 6) not null,
    ad_spend                 numeric(20, 6) not null,
    cogs                     numeric(20, 6) not null,
    freight                  numeric(20, 6) not null,
    duties                   numeric(20, 6) not null,
    pick_pack                numeric(20, 6) not null,
    estimated_fees           numeric(20, 6) not null,
    sales_rep                numeric(20, 6),
    promotions_rep           numeric(20, 6),
    refunds_rep              numeric(20, 6),
    referral_fees_rep        numeric(20, 6),
    fba_fees_rep             numeric(20, 6),
    other_fees_rep           numeric(20, 6),
    storage_fees_rep         numeric(20, 6),
    reimbursements_rep       numeric(20, 6),
    ad_spend_rep             numeric(20, 6),
    cogs_rep                 numeric(20, 6),
    freight_rep              numeric(20, 6),
    duties_rep               numeric(20, 6),
    pick_pack_rep            numeric(20, 6),
    estimated_fees_rep       numeric(20, 6),
    rep_missing              boolean not null,
    primary key (account_id, day, marketplace, sku)
);

-- The same figures added up per calendar month (month = its first day), so that a year is twelve rows per SKU.
create table finance_profit_months (
    account_id               bigint not null references seller_accounts (id) on delete cascade,
    marketplace              varchar(2) not null,
    day                      date not null,
    sku                      varchar(200) not null,
    asin                     varchar(20),
    currency                 varchar(3) not null,
    orders                   integer not null,
    units                    integer not null,
    units_refunded           integer not null,
    units_returned_sellable  integer not null,
    units_estimated          integer not null,
    units_cost_unknown       integer not null,
    sales                    numeric(20, 6) not null,
    promotions               numeric(20, 6) not null,
    refunds                  numeric(20, 6) not null,
    referral_fees            numeric(20, 6) not null,
    fba_fees                 numeric(20, 6) not null,
    other_fees               numeric(20, 6) not null,
    storage_fees             numeric(20, 6) not null,
    reimbursements           numeric(20, 6) not null,
    ad_spend                 numeric(20, 6) not null,
    cogs                     numeric(20, 6) not null,
    freight                  numeric(20, 6) not null,
    duties                   numeric(20, 6) not null,
    pick_pack                numeric(20, 6) not null,
    estimated_fees           numeric(20, 6) not null,
    sales_rep                numeric(20, 6),
    promotions_rep           numeric(20, 6),
    refunds_rep              numeric(20, 6),
    referral_fees_rep        numeric(20, 6),
    fba_fees_rep             numeric(20, 6),
    other_fees_rep           numeric(20, 6),
    storage_fees_rep         numeric(20, 6),
    reimbursements_rep       numeric(20, 6),
    ad_spend_rep             numeric(20, 6),
    cogs_rep                 numeric(20, 6),
    freight_rep              numeric(20, 6),
    duties_rep               numeric(20, 6),
    pick_pack_rep            numeric(20, 6),
    estimated_fees_rep       numeric(20, 6),
    rep_missing              boolean not null,
    primary key (account_id, day, marketplace, sku)
);

-- What the rollup of an account was computed from: a fingerprint of its import batches, unit costs, exchange rates
-- and reporting currency. A different fingerprint means the rollup is recomputed before it is read.
create table finance_profit_state (
    account_id         bigint primary key references seller_accounts (id) on delete cascade,
    fingerprint        varchar(64) not null,
    reporting_currency varchar(3) not null,
    computed_at        timestamp with time zone not null,
    duration_millis    bigint not null,
    rows_written       bigint not null,
    missing_rates      varchar(2000) not null default ''
);
