-- FBA customer returns (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA): one row per returned unit, identified by its
-- license plate number (LPN), the label Amazon's fulfilment centre sticks on the returned unit. A later report
-- on the same unit (same order, SKU, LPN and return date) replaces the row, e.g. when its status or disposition
-- changes. Rows without an LPN (older reports) are stored with an empty license_plate_number.
-- reason keeps Amazon's code as given (an open set); labels and groups come from the orders domain.

create table fba_customer_returns (
    account_id             bigint not null references seller_accounts (id) on delete cascade,
    order_id               varchar(40) not null,
    sku                    varchar(200) not null,
    license_plate_number   varchar(60) not null,
    returned_at            timestamp with time zone not null,
    marketplace            varchar(2),
    asin                   varchar(20),
    fnsku                  varchar(20),
    product_name           varchar(1000),
    quantity               integer not null,
    fulfillment_center_id  varchar(20),
    detailed_disposition   varchar(60),
    reason                 varchar(80),
    status                 varchar(200),
    customer_comments      text,
    batch_id               bigint not null,
    primary key (account_id, order_id, sku, license_plate_number, returned_at)
);

create index fba_customer_returns_returned_ix on fba_customer_returns (account_id, returned_at);
create index fba_customer_returns_sku_ix on fba_customer_returns (account_id, sku, returned_at);
