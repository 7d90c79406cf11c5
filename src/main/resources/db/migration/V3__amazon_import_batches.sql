-- Every report file imported (or refused), with its provenance and counts; rows written by importers carry
-- the batch id. Problems of a refused or partly imported file are kept for the Imports page.

create sequence import_batch_ids;

create table import_batches (
    account_id     bigint not null references seller_accounts (id) on delete cascade,
    id             bigint not null,
    file_name      varchar(500) not null,
    sha256         varchar(64) not null,
    layout_id      varchar(80),
    layout_title   varchar(200),
    read_as        varchar(120),
    status         varchar(12) not null,
    marketplaces   varchar(200),
    period_from    date,
    period_to      date,
    rows_read      bigint not null default 0,
    inserted       bigint not null default 0,
    updated        bigint not null default 0,
    unchanged      bigint not null default 0,
    rejected       bigint not null default 0,
    problem_count  bigint not null default 0,
    duration_ms    bigint not null default 0,
    imported_by    varchar(80) not null,
    imported_at    timestamp with time zone not null default current_timestamp,
    primary key (account_id, id),
    constraint import_batches_status_ck check (status in ('IMPORTED', 'PARTIAL', 'REJECTED'))
);

create index import_batches_recent_ix on import_batches (account_id, imported_at desc);
create index import_batches_sha_ix on import_batches (account_id, sha256);

create table import_problems (
    account_id   bigint not null,
    batch_id     bigint not null,
    seq          int not null,
    line         bigint not null,
    col          int not null,
    column_name  varchar(200),
    message      varchar(1000) not null,
    primary key (account_id, batch_id, seq),
    foreign key (account_id, batch_id) references import_batches (account_id, id) on delete cascade
);
