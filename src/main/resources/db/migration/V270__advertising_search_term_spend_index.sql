-- The search-term table of an agency's period (millions of rows, most of them terms seen once for a click or two)
-- sums only the terms with a row costing at least a threshold (AdAnalytics.searchTerms): this index finds the
-- costliest rows of a period, and the terms of the rows above a threshold, without reading the table.
-- [jooq ignore start]
create index ad_search_term_metrics_spend_ix on ad_search_term_metrics (account_id, spend desc, period_start)
    include (period_end, marketplace, search_term, campaign_name);
-- [jooq ignore stop]
