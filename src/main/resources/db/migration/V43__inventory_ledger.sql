-- The inventory ledger. Detail rows (GET_LEDGER_DETAIL_VIEW_DATA) carry no id of their own: a row is known by
-- all its identifying values, and identical rows within one file are told apart by their occurrence (1, 2, …),
-- so downloading the same days again changes nothing. Absent identifying values are stored as ''.
-- Summary rows (GET_LEDGER_SUMMARY_VIEW_DATA) are balances per day, FNSKU, disposition and location.

create table inventory_ledger_events (
    account_id             bigint not null references seller_accounts (id) on delete cascade,
    event_date             date not null,
    fnsku                  varchar(40) not null,
    event_type             varchar(80) not null,
    reference_id           varchar(120) not null,
    fulfillment_center     varchar(40) not null,
    disposition            varchar(60) not null,
    quantity               integer not null,
    reason                 varchar(80) not null,
    country                varchar(10) not null,
    occurrence             integer not null,
    asin                   varchar(20),
    msku                   varchar(200),
    title                  varchar(1000),
    reconciled_quantity    integer,
    unreconciled_quantity  integer,
    batch_id               bigint not null,
    primary key (account_id, event_date, fnsku, event_type, reference_id, fulfillment_center, disposition,
                 quantity, reason, country, occurrence)
);

create index inventory_ledger_events_msku_ix on inventory_ledger_events (account_id, msku, event_date);

create table inventory_ledger_balances (
    account_id                      bigint not null references seller_accounts (id) on delete cascade,
    balance_date                    date not null,
    fnsku                           varchar(40) not null,
    disposition                     varchar(60) not null,
    location                        varchar(40) not null,
    asin                            varchar(20),
    msku                            varchar(200),
    title                           varchar(1000),
    starting_warehouse_balance      integer,
    in_transit_between_warehouses   integer,
    receipts                        integer,
    customer_shipments              integer,
    customer_returns                integer,
    vendor_returns                  integer,
    warehouse_transfer_in_out       integer,
    found                           integer,
    lost                            integer,
    damaged                         integer,
    disposed                        integer,
    other_events                    integer,
    ending_warehouse_balance        integer,
    unknown_events                  integer,
    batch_id                        bigint not null,
    primary key (account_id, balance_date, fnsku, disposition, location)
);

create index inventory_ledger_balances_msku_ix on inventory_ledger_balances (account_id, msku, balance_date);
