-- Returns of merchant-fulfilled orders (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE): one row per return request
-- (Amazon RMA id) and SKU of an order. A later report replaces the row as the request moves on (authorised,
-- delivered back, refunded, SafeT claim). A request without an RMA id is stored with an empty amazon_rma_id.

create table merchant_returns (
    account_id                  bigint not null references seller_accounts (id) on delete cascade,
    order_id                    varchar(40) not null,
    amazon_rma_id               varchar(60) not null,
    merchant_sku                varchar(200) not null,
    marketplace                 varchar(2),
    order_date                  date,
    return_requested_on         date not null,
    return_request_status       varchar(60),
    merchant_rma_id             varchar(60),
    label_type                  varchar(60),
    label_cost                  numeric(14, 2),
    currency                    varchar(3),
    return_carrier              varchar(80),
    tracking_id                 varchar(120),
    label_paid_by               varchar(40),
    a_to_z_claim                boolean,
    prime                       boolean,
    asin                        varchar(20),
    item_name                   varchar(1000),
    return_quantity             integer not null,
    return_reason               varchar(80),
    in_policy                   boolean,
    return_type                 varchar(60),
    resolution                  varchar(60),
    invoice_number              varchar(80),
    return_delivered_on         date,
    order_amount                numeric(14, 2),
    order_quantity              integer,
    safet_action_reason         varchar(200),
    safet_claim_id              varchar(60),
    safet_claim_state           varchar(60),
    safet_claim_created_at      timestamp with time zone,
    safet_reimbursement_amount  numeric(14, 2),
    refunded_amount             numeric(14, 2),
    batch_id                    bigint not null,
    primary key (account_id, order_id, amazon_rma_id, merchant_sku)
);

create index merchant_returns_requested_ix on merchant_returns (account_id, return_requested_on);
