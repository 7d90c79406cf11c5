-- The search-term lines' stale entries (V312) go with their account, as the lines and their days do.
-- [jooq ignore start]
delete from ad_search_term_stale_days s where not exists (select 1 from seller_accounts a where a.id = s.account_id);
delete from ad_search_term_stale_lines s where not exists (select 1 from seller_accounts a where a.id = s.account_id);
alter table ad_search_term_stale_days add constraint ad_search_term_stale_days_account_fk
    foreign key (account_id) references seller_accounts (id) on delete cascade;
alter table ad_search_term_stale_lines add constraint ad_search_term_stale_lines_account_fk
    foreign key (account_id) references seller_accounts (id) on delete cascade;
-- [jooq ignore stop]
