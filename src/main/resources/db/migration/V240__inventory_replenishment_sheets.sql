-- The replenishment sheet (stock, forecast and reorder proposal of every SKU) as last computed in the background,
-- one head row per account and marketplace and one row per SKU. Pages, exports and the REST API read these rows
-- instead of forecasting the whole catalogue per request. The fingerprint names the sources the sheet was computed
-- from (import batches, counts, purchase orders, partners, the day); a different fingerprint now means stale.
-- line holds the sheet row as JSON; outlook the SKU's daily sales history and forecast with intervals (JSON), read
-- only by the SKU's page; inbound the days FBA inbound stock was taken to need until sellable (JSON), learnt or fixed.

create table inventory_replenishment_sheets (
    account_id    bigint not null references seller_accounts (id) on delete cascade,
    marketplace   varchar(2) not null,
    as_of         date not null,
    fingerprint   varchar(64) not null,
    computed_at   timestamp with time zone not null,
    took_ms       bigint not null,
    skus          integer not null,
    inbound       text not null,
    primary key (account_id, marketplace)
);

create table inventory_replenishment_lines (
    account_id    bigint not null,
    marketplace   varchar(2) not null,
    sku           varchar(200) collate "C" not null,
    warning       boolean not null,
    line          text not null,
    outlook       text,
    primary key (account_id, marketplace, sku),
    foreign key (account_id, marketplace) references inventory_replenishment_sheets (account_id, marketplace)
        on delete cascade
);
