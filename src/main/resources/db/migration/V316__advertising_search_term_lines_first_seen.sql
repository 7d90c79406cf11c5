-- The "new" filter of the search-term table reads the lines first seen on each day of the period, most spend first
-- (AdAnalytics): one index range a day, where a walk down every line by spend passed half a million older lines of an
-- agency account to find a few hundred new ones. Replaces the index by first day dropped in V314.
-- A daily catch-up rewrites a few per cent of an agency account's lines and adds their days: vacuum follows it (at 2 %
-- of the rows instead of PostgreSQL's 20 %), so that the page's index-only reads do not fall back to the table.
-- [jooq ignore start]
alter table ad_search_term_lines set (autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
alter table ad_search_term_line_days set (autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
create index if not exists ad_search_term_lines_first_spend_ix on ad_search_term_lines (account_id, first_day, spend desc)
    include (line_id, last_day, days, max_day_spend, clicks, orders, marketplace);
-- [jooq ignore stop]
