-- Transactions of the Seller Central Date Range report (Payments > Reports Repository > Transaction). The report
-- has no transaction id and the same transaction appears in every download whose range covers it, so a row is
-- keyed by a digest of its identifying fields (settlement id, posted time, type, order id, sku, description,
-- total) and by its occurrence among identical rows of one file (a true duplicate is counted, not merged).

create table finance_transactions (
    account_id             bigint not null references seller_accounts (id) on delete cascade,
    transaction_key        varchar(64) not null,
    occurrence             integer not null,
    posted_at              timestamp with time zone not null,
    settlement_id          varchar(40) not null,
    transaction_type       varchar(100) not null,
    order_id               varchar(60) not null,
    sku                    varchar(200) not null,
    description            varchar(2000) not null,
    quantity               integer,
    marketplace            varchar(2),
    marketplace_name       varchar(100),
    account_type           varchar(100),
    fulfillment            varchar(40),
    order_city             varchar(200),
    order_state            varchar(100),
    order_postal           varchar(40),
    tax_collection_model   varchar(100),
    currency               varchar(3) not null,
    product_sales          numeric(14, 2),
    product_sales_tax      numeric(14, 2),
    shipping_credits       numeric(14, 2),
    shipping_credits_tax   numeric(14, 2),
    gift_wrap_credits      numeric(14, 2),
    gift_wrap_credits_tax  numeric(14, 2),
    regulatory_fee         numeric(14, 2),
    regulatory_fee_tax     numeric(14, 2),
    promotional_rebates    numeric(14, 2),
    promotional_rebates_tax numeric(14, 2),
    marketplace_withheld_tax numeric(14, 2),
    selling_fees           numeric(14, 2),
    fba_fees               numeric(14, 2),
    other_transaction_fees numeric(14, 2),
    other                  numeric(14, 2),
    total                  numeric(14, 2) not null,
    batch_id               bigint not null,
    primary key (account_id, transaction_key, occurrence)
);

create index finance_transactions_posted_ix on finance_transactions (account_id, posted_at);
create index finance_transactions_order_ix on finance_transactions (account_id, order_id);
create index finance_transactions_settlement_ix on finance_transactions (account_id, settlement_id);
