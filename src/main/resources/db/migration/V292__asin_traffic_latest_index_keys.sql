-- V291's index had asin_level among its keys, a column compared with the database's locale collation; key columns
-- of import tables compare byte-wise (collation "C", BulkUpsertTests). The level is filtered on the rows instead:
-- the recent periods are few.
-- [jooq ignore start]
drop index asin_traffic_latest_ix;
create index asin_traffic_latest_ix on asin_traffic (account_id, marketplace, period_to);
-- [jooq ignore stop]
