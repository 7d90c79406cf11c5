-- Amazon writes the stranded inventory report for one marketplace, so the reports of two marketplaces on the same
-- day must not overwrite each other: the marketplace joins the key and is required. Rows stored without one (an
-- account selling in several marketplaces, imported without --marketplace) cannot be placed; they are removed, and
-- such a report is imported again with --marketplace.

delete from inventory_stranded_listings where marketplace is null;

alter table inventory_stranded_listings alter column marketplace set not null;
-- jOOQ's code generation simulates migrations in H2, which names the primary key differently; the new key is
-- PostgreSQL's business (the generated classes only read this table).
-- [jooq ignore start]
alter table inventory_stranded_listings drop constraint inventory_stranded_listings_pkey;
-- key columns of import tables compare byte-wise (ADR 0003)
alter table inventory_stranded_listings alter column marketplace type varchar(2) collate "C";
alter table inventory_stranded_listings add primary key (account_id, marketplace, sku, snapshot_date);
-- [jooq ignore stop]
