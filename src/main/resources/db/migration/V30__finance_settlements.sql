-- Amazon settlements (the payouts Amazon makes every period) and their lines, from the settlement flat files.
-- A settlement is immutable once issued, so its lines are keyed by position: line_no is the ordinal of the row
-- within the settlement in the file (summary row not counted), part the ordinal of the amount within that row
-- (always 1 in the V2 layout; the older wide layout can carry several amounts on one row). Importing the same
-- settlement again therefore matches line for line.

create table finance_settlements (
    account_id         bigint not null references seller_accounts (id) on delete cascade,
    settlement_id      varchar(40) not null,
    starts_at          timestamp with time zone,
    ends_at            timestamp with time zone,
    deposit_at         timestamp with time zone,
    total_amount       numeric(14, 2) not null,
    currency           varchar(3) not null,
    marketplaces       varchar(200),
    marketplace_names  varchar(500),
    line_count         integer not null,
    layout_id          varchar(80) not null,
    batch_id           bigint not null,
    primary key (account_id, settlement_id)
);

create index finance_settlements_deposit_ix on finance_settlements (account_id, deposit_at);

create table finance_settlement_lines (
    account_id                   bigint not null references seller_accounts (id) on delete cascade,
    settlement_id                varchar(40) not null,
    line_no                      integer not null,
    part                         integer not null,
    transaction_type             varchar(120),
    order_id                     varchar(60),
    merchant_order_id            varchar(80),
    adjustment_id                varchar(80),
    shipment_id                  varchar(80),
    marketplace_name             varchar(80),
    marketplace                  varchar(2),
    amount_type                  varchar(120),
    amount_description           varchar(250),
    amount                       numeric(14, 2),
    currency                     varchar(3) not null,
    fulfillment_id               varchar(20),
    posted_date                  date,
    posted_at                    timestamp with time zone,
    order_item_code              varchar(80),
    merchant_order_item_id       varchar(80),
    merchant_adjustment_item_id  varchar(80),
    sku                          varchar(200),
    quantity_purchased           integer,
    promotion_id                 varchar(250),
    batch_id                     bigint not null,
    primary key (account_id, settlement_id, line_no, part)
);

create index finance_settlement_lines_order_ix on finance_settlement_lines (account_id, order_id);
create index finance_settlement_lines_posted_ix on finance_settlement_lines (account_id, posted_date);
