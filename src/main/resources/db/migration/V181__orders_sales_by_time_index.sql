-- The daily review sums units and sales per SKU over recent windows (stock-out risk: 14 days; return spike: the
-- last 81 days in one pass). On a store with millions of order lines a scan of the table costs seconds; with the
-- columns those sums need carried in the index on purchase time, PostgreSQL answers from the index alone (an
-- index-only scan of the window). It replaces the plain index on (account_id, purchased_at), which it serves too.
-- Measured in docs/benchmarks.md (review of a 5,000-SKU store).
-- [jooq ignore start]
create index order_items_sales_ix on order_items (account_id, purchased_at)
    include (marketplace, sku, asin, currency, quantity, item_price, item_status);
drop index order_items_purchased_ix;
-- [jooq ignore stop]
