-- FBA stock as the Manage FBA Inventory report (MYI) shows it: one row per marketplace, SKU and day. The report
-- holds no date, so the day is the one the user gives (--period) or the import day in the marketplace's zone. A
-- second import on the same day replaces that day's figures; earlier days stay as history.

create table inventory_stock_snapshots (
    account_id                      bigint not null references seller_accounts (id) on delete cascade,
    marketplace                     varchar(2) not null,
    sku                             varchar(200) not null,
    snapshot_date                   date not null,
    fnsku                           varchar(40),
    asin                            varchar(20),
    product_name                    varchar(1000),
    item_condition                  varchar(80),
    currency                        varchar(3),
    your_price                      numeric(14, 2),
    mfn_listing_exists              boolean,
    mfn_fulfillable_quantity        integer,
    afn_listing_exists              boolean,
    afn_warehouse_quantity          integer,
    afn_fulfillable_quantity        integer,
    afn_unsellable_quantity         integer,
    afn_reserved_quantity           integer,
    afn_total_quantity              integer,
    per_unit_volume                 numeric(18, 4),
    afn_inbound_working_quantity    integer,
    afn_inbound_shipped_quantity    integer,
    afn_inbound_receiving_quantity  integer,
    afn_researching_quantity        integer,
    afn_reserved_future_supply      integer,
    afn_future_supply_buyable       integer,
    batch_id                        bigint not null,
    primary key (account_id, marketplace, sku, snapshot_date)
);

create index inventory_stock_snapshots_day_ix on inventory_stock_snapshots (account_id, snapshot_date);
