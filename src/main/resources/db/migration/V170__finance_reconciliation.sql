-- Settlement reconciliation: every fee line of every settlement next to what the rate card, the fee preview's
-- package and the monthly storage report say it should have been, and per settlement whether its lines add up to
-- its total and the reserve carried over from the settlement before. A read model, rebuilt from the imported data
-- whenever that data changed (fingerprint); one row per checked line, keyed like the settlement line it checks.

create table finance_settlement_checks (
    account_id        bigint not null references seller_accounts (id) on delete cascade,
    settlement_id     varchar(40) not null,
    status            varchar(20) not null,
    reason            varchar(80),
    currency          varchar(3) not null,
    stated_total      numeric(14, 2) not null,
    lines_total       numeric(14, 2) not null,
    reserve_released  numeric(14, 2),
    reserve_held      numeric(14, 2),
    reserve_expected  numeric(14, 2),
    fee_lines         integer not null,
    checked_lines     integer not null,
    discrepant_lines  integer not null,
    unchecked_lines   integer not null,
    overcharged       numeric(14, 2) not null,
    undercharged      numeric(14, 2) not null,
    fingerprint       varchar(200) not null,
    checked_at        timestamp with time zone not null,
    primary key (account_id, settlement_id),
    constraint finance_settlement_checks_status_ck check (status in ('RECONCILED', 'DISCREPANCIES', 'NOT_CHECKABLE'))
);

create table finance_settlement_line_checks (
    account_id      bigint not null references seller_accounts (id) on delete cascade,
    settlement_id   varchar(40) not null,
    line_no         integer not null,
    part            integer not null,
    kind            varchar(20) not null,
    status          varchar(20) not null,
    reason          varchar(80),
    marketplace     varchar(2),
    order_id        varchar(60),
    sku             varchar(200),
    fnsku           varchar(40),
    asin            varchar(20),
    quantity        integer,
    posted_date     date,
    order_date      date,
    charge_month    date,
    currency        varchar(3) not null,
    charged         numeric(14, 2) not null,
    expected        numeric(14, 2),
    difference      numeric(14, 2),
    unit_price      numeric(14, 2),
    category        varchar(80),
    size_tier       varchar(80),
    charged_tier    varchar(80),
    charged_weight  varchar(80),
    rate_card       varchar(40),
    package         varchar(200),
    primary key (account_id, settlement_id, line_no, part),
    constraint finance_settlement_line_checks_kind_ck check (kind in ('REFERRAL', 'FBA_FEE', 'STORAGE')),
    constraint finance_settlement_line_checks_status_ck
        check (status in ('OK', 'OVERCHARGED', 'UNDERCHARGED', 'NOT_CHECKABLE'))
);

create index finance_settlement_line_checks_sku_ix on finance_settlement_line_checks (account_id, sku, kind);
create index finance_settlement_line_checks_status_ix on finance_settlement_line_checks (account_id, status);
