-- Account health as GET_V2_SELLER_PERFORMANCE_REPORT gives it: one row per marketplace, end of the reporting
-- window and metric (e.g. orderDefectRate.mfn, lateShipmentRate, listingPolicyViolations, accountStatus). Rates
-- and targets are fractions; status, target and condition are Amazon's own, as reported.

create table health_account_metrics (
    account_id               bigint not null references seller_accounts (id) on delete cascade,
    marketplace              varchar(2) not null,
    period_end               date not null,
    metric                   varchar(120) not null,
    reporting_from           timestamp with time zone,
    reporting_to             timestamp with time zone,
    status                   varchar(40),
    rate                     numeric(18, 8),
    target_value             numeric(18, 8),
    target_condition         varchar(40),
    metric_count             bigint,
    metric_total             bigint,
    score                    integer,
    claims_count             bigint,
    chargebacks_count        bigint,
    negative_feedback_count  bigint,
    missing_invoice_count    bigint,
    late_invoice_count       bigint,
    batch_id                 bigint not null,
    primary key (account_id, marketplace, period_end, metric)
);
