-- Stranded inventory (GET_STRANDED_INVENTORY_UI_DATA) per SKU and day of the report (the one the user gives or
-- the import day). The report names no marketplace; the one known for the import is kept when there is one.

create table inventory_stranded_listings (
    account_id                  bigint not null references seller_accounts (id) on delete cascade,
    sku                         varchar(200) not null,
    snapshot_date               date not null,
    marketplace                 varchar(2),
    primary_action              varchar(200),
    date_stranded               date,
    date_to_take_auto_removal   date,
    status_primary              varchar(200),
    status_secondary            varchar(200),
    error_message               varchar(4000),
    stranded_reason             varchar(1000),
    asin                        varchar(20),
    fnsku                       varchar(40),
    product_name                varchar(1000),
    item_condition              varchar(80),
    fulfilled_by                varchar(40),
    currency                    varchar(3),
    your_price                  numeric(14, 2),
    fulfillable_qty             integer,
    unfulfillable_qty           integer,
    reserved_quantity           integer,
    inbound_shipped_qty         integer,
    batch_id                    bigint not null,
    primary key (account_id, sku, snapshot_date)
);
