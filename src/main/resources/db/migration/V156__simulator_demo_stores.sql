-- The demo store of an organisation: a simulated store created on the first start of an empty installation and
-- imported through the report importer by a background job. One per organisation; its accounts are the
-- organisation's seller accounts marked demo.

create table demo_stores (
    organisation_id  bigint primary key references organisations (id) on delete cascade,
    status           varchar(12) not null,
    seed             bigint not null,
    first_day        date not null,
    days             int not null,
    skus             int not null,
    marketplaces     varchar(100) not null,
    incidents        boolean not null,
    folder           varchar(1000) not null,
    job_id           varchar(36),
    message          varchar(2000),
    created_at       timestamp with time zone not null default current_timestamp,
    finished_at      timestamp with time zone,
    constraint demo_stores_status_ck check (status in ('QUEUED', 'SIMULATING', 'IMPORTING', 'DONE', 'FAILED'))
);

-- The uploads the demo job imports, one per marketplace, whose progress the banner adds up.
create table demo_store_uploads (
    organisation_id  bigint not null references demo_stores (organisation_id) on delete cascade,
    account_id       bigint not null references seller_accounts (id) on delete cascade,
    upload_id        bigint not null,
    marketplace      varchar(2) not null,
    primary key (organisation_id, account_id, upload_id)
);
