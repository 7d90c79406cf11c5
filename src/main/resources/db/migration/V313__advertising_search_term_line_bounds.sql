-- The search-term table's candidate lines (AdAnalytics.searchTerms) are found in an index alone: the lines that may
-- reach a spend in the period, by their lifetime spend or by their costliest day (V312) times the period's days,
-- with every column the filters test (period, marketplace, clicks and orders for "wasted" and "converting", first day
-- for "new") included, so that only the lines kept are read from the table.
-- [jooq ignore start]
drop index if exists ad_search_term_lines_spend_ix;
drop index if exists ad_search_term_lines_day_spend_ix;
create index ad_search_term_lines_spend_ix on ad_search_term_lines (account_id, spend desc)
    include (line_id, first_day, last_day, days, max_day_spend, clicks, orders, marketplace);
create index ad_search_term_lines_day_spend_ix on ad_search_term_lines
    (account_id, (coalesce(max_day_spend, spend)) desc)
    include (line_id, spend, max_day_spend, first_day, last_day, days, clicks, orders, marketplace);
analyze ad_search_term_lines;
-- [jooq ignore stop]
