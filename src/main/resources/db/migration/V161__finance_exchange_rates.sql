-- Daily exchange rates per organisation: rate = units of quote for one base, as published on that date.
-- source: IMPORTED (template file), ENTERED (a person), ECB (the ECB's eurofxref reference rates file);
-- provider: who published it, as the user says (PBOC, ECB, a bank), or null.

create table finance_exchange_rates (
    organisation_id  bigint not null references organisations (id),
    rate_date        date not null,
    base             varchar(3) collate "C" not null,
    quote            varchar(3) collate "C" not null,
    rate             numeric(24, 10) not null,
    source           varchar(10) not null,
    provider         varchar(60),
    batch_id         bigint,
    entered_by       varchar(200),
    entered_at       timestamp with time zone not null,
    primary key (organisation_id, base, quote, rate_date)
);

-- Finance settings of an organisation: the currency its figures are reported in.
create table finance_organisation_settings (
    organisation_id     bigint primary key references organisations (id),
    reporting_currency  varchar(3) not null,
    changed_by          varchar(200),
    changed_at          timestamp with time zone not null
);
