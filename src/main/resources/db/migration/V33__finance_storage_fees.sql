-- Monthly FBA storage fees per ASIN/FNSKU and fulfilment centre, from the Monthly Storage Fees report. The month
-- is stored as its first day.

create table finance_storage_fees (
    account_id                        bigint not null references seller_accounts (id) on delete cascade,
    charge_month                      date not null,
    fnsku                             varchar(20) not null,
    fulfillment_center                varchar(20) not null,
    asin                              varchar(20),
    product_name                      varchar(1000),
    country_code                      varchar(2),
    marketplace                       varchar(2),
    longest_side                      numeric(12, 2),
    median_side                       numeric(12, 2),
    shortest_side                     numeric(12, 2),
    measurement_units                 varchar(20),
    weight                            numeric(12, 4),
    weight_units                      varchar(20),
    item_volume                       numeric(18, 6),
    volume_units                      varchar(20),
    product_size_tier                 varchar(80),
    average_quantity_on_hand          numeric(14, 4),
    average_quantity_pending_removal  numeric(14, 4),
    estimated_total_item_volume       numeric(18, 6),
    storage_rate                      numeric(18, 4),
    currency                          varchar(3) not null,
    estimated_monthly_storage_fee     numeric(18, 4) not null,
    dangerous_goods_storage_type      varchar(80),
    eligible_for_inventory_discount   boolean,
    qualifies_for_inventory_discount  boolean,
    total_incentive_fee_amount        numeric(18, 4),
    breakdown_incentive_fee_amount    varchar(500),
    average_quantity_customer_orders  numeric(14, 4),
    batch_id                          bigint not null,
    primary key (account_id, charge_month, fnsku, fulfillment_center)
);

create index finance_storage_fees_asin_ix on finance_storage_fees (account_id, asin, charge_month);
