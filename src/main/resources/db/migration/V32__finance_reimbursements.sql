-- FBA reimbursements (lost, damaged, customer-return and other reimbursements Amazon approved). One
-- reimbursement id can span several rows (SKUs, conditions), so rows are keyed by their ordinal within the
-- reimbursement in the report, which lists them together under one approval date.

create table finance_reimbursements (
    account_id                  bigint not null references seller_accounts (id) on delete cascade,
    reimbursement_id            varchar(40) not null,
    line_no                     integer not null,
    approved_at                 timestamp with time zone not null,
    case_id                     varchar(40),
    amazon_order_id             varchar(40),
    reason                      varchar(80),
    sku                         varchar(200),
    fnsku                       varchar(20),
    asin                        varchar(20),
    product_name                varchar(1000),
    item_condition              varchar(60),
    currency                    varchar(3) not null,
    amount_per_unit             numeric(14, 2),
    amount_total                numeric(14, 2) not null,
    quantity_cash               integer,
    quantity_inventory          integer,
    quantity_total              integer,
    original_reimbursement_id   varchar(40),
    original_reimbursement_type varchar(80),
    marketplace                 varchar(2),
    batch_id                    bigint not null,
    primary key (account_id, reimbursement_id, line_no)
);

create index finance_reimbursements_approved_ix on finance_reimbursements (account_id, approved_at);
create index finance_reimbursements_sku_ix on finance_reimbursements (account_id, sku);
