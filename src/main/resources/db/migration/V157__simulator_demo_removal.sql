-- Removing the demo store runs as a background job too: the store is REMOVING while its import batches are deleted
-- one by one, and the banner shows how many are done.

alter table demo_stores drop constraint demo_stores_status_ck;
alter table demo_stores add constraint demo_stores_status_ck
    check (status in ('QUEUED', 'SIMULATING', 'IMPORTING', 'DONE', 'FAILED', 'REMOVING'));
alter table demo_stores add column batches_removed int not null default 0;
alter table demo_stores add column batches_to_remove int not null default 0;
