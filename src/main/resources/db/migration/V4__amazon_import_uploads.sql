-- Uploads from the Imports page and the API: several files imported together, in the background when large,
-- with the progress the page shows. The files are kept so that a batch can be run again.

alter table import_batches add column stored_file varchar(1000);
alter table import_batches add column upload_id bigint;

create sequence import_upload_ids;

create table import_uploads (
    account_id    bigint not null references seller_accounts (id) on delete cascade,
    id            bigint not null,
    status        varchar(10) not null,
    files_total   int not null,
    files_done    int not null default 0,
    bytes_total   bigint not null,
    bytes_done    bigint not null default 0,
    current_file  varchar(500),
    message       varchar(2000),
    created_by    varchar(80) not null,
    created_at    timestamp with time zone not null default current_timestamp,
    finished_at   timestamp with time zone,
    primary key (account_id, id),
    constraint import_uploads_status_ck check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
