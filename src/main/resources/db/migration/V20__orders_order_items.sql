-- Order items as the All Orders reports list them (one row per order and SKU). A later report on the same
-- order (its last-updated-date is newer) replaces the row; an older one never overwrites a newer one.

create table order_items (
    account_id               bigint not null references seller_accounts (id) on delete cascade,
    amazon_order_id          varchar(40) not null,
    sku                      varchar(200) not null,
    merchant_order_id        varchar(80),
    marketplace              varchar(2),
    sales_channel            varchar(80),
    order_channel            varchar(80),
    purchased_at             timestamp with time zone not null,
    last_updated_at          timestamp with time zone,
    order_status             varchar(40),
    fulfillment_channel      varchar(20),
    ship_service_level       varchar(60),
    product_name             varchar(1000),
    asin                     varchar(20),
    item_status              varchar(40),
    quantity                 integer not null,
    currency                 varchar(3),
    item_price               numeric(14, 2),
    item_tax                 numeric(14, 2),
    shipping_price           numeric(14, 2),
    shipping_tax             numeric(14, 2),
    gift_wrap_price          numeric(14, 2),
    gift_wrap_tax            numeric(14, 2),
    item_promotion_discount  numeric(14, 2),
    ship_promotion_discount  numeric(14, 2),
    ship_city                varchar(120),
    ship_state               varchar(120),
    ship_postal_code         varchar(40),
    ship_country             varchar(2),
    promotion_ids            varchar(2000),
    is_business_order        boolean,
    purchase_order_number    varchar(80),
    price_designation        varchar(80),
    batch_id                 bigint not null,
    primary key (account_id, amazon_order_id, sku)
);

create index order_items_purchased_ix on order_items (account_id, purchased_at);
create index order_items_asin_ix on order_items (account_id, asin, purchased_at);
