-- The seller's listings as the merchant listings reports give them (all, active, inactive, cancelled), one row
-- per account, marketplace and seller SKU. A report writes only the columns it has, so a report without a
-- column (the inactive report has no status, the cancelled report no listing id or open date) does not erase
-- what another report said.

create table listings (
    account_id           bigint not null references seller_accounts (id) on delete cascade,
    marketplace          varchar(2) not null,
    sku                  varchar(200) not null,
    listing_id           varchar(40),
    title                varchar(1000),
    description          text,
    price                numeric(14, 2),
    business_price       numeric(14, 2),
    currency             varchar(3),
    quantity             integer,
    pending_quantity     integer,
    opened_at            timestamp with time zone,
    image_url            varchar(2000),
    product_id_type      varchar(20),
    product_id           varchar(40),
    item_condition       varchar(20),
    item_note            varchar(2000),
    asin                 varchar(20),
    fulfillment_channel  varchar(40),
    fulfilled_by         varchar(3),
    shipping_group       varchar(200),
    status               varchar(40),
    batch_id             bigint not null,
    primary key (account_id, marketplace, sku),
    constraint listings_fulfilled_by_ck check (fulfilled_by in ('AFN', 'MFN'))
);

create index listings_asin_ix on listings (account_id, asin);
