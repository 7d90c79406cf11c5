-- Ad changes on their way out: a proposal (harvest, negate, bid, budget ...) turned into bulk-sheet rows, sent
-- through approval, written to a bulk sheet and then watched. The rows, the evidence and the expected effect are
-- kept as the requester saw them; the baseline is the watched figures of the 14 days before the export.
create table ad_changes (
    id             bigserial primary key,
    account_id     bigint not null references seller_accounts (id) on delete cascade,
    marketplace    varchar(2) not null,
    currency       varchar(3) not null,
    kind           varchar(40) not null,
    proposal_key   varchar(2000) not null,
    label          varchar(300) not null,
    reason         text not null,
    change_rows    jsonb not null,
    evidence       jsonb not null,
    expected       jsonb not null,
    watch          jsonb not null,
    status         varchar(12) not null,
    approval_id    bigint,
    requested_by   varchar(200) not null,
    requested_at   timestamptz not null,
    decided_by     varchar(200),
    decided_at     timestamptz,
    export_id      bigint,
    exported_on    date,
    baseline       jsonb,
    constraint ad_changes_status_ck check (status in
        ('PROPOSED', 'REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'FAILED', 'EXPORTED'))
);

create index ad_changes_account_ix on ad_changes (account_id, status, id);
create index ad_changes_key_ix on ad_changes (account_id, proposal_key);

-- Each bulk sheet written, as it was downloaded, so that it can be downloaded again.
create table ad_change_exports (
    id            bigserial primary key,
    account_id    bigint not null references seller_accounts (id) on delete cascade,
    marketplace   varchar(2) not null,
    file_name     varchar(200) not null,
    content       bytea not null,
    change_count  integer not null,
    row_count     integer not null,
    created_by    varchar(200) not null,
    created_at    timestamptz not null
);

create index ad_change_exports_account_ix on ad_change_exports (account_id, id);
