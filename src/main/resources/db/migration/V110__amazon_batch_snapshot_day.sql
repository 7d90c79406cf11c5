-- Reports that are a snapshot of their download day (Manage FBA Inventory, restock, stranded) hold no date: the
-- batch records the day it stood for and whether the user gave it, the file name held it or the clock decided.

alter table import_batches
    add column snapshot_day date,
    add column snapshot_day_source varchar(12),
    add constraint import_batches_snapshot_source_ck
        check (snapshot_day_source in ('PERIOD', 'FILE_NAME', 'CLOCK'));
