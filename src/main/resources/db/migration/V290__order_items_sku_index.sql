-- Order lines of one SKU over a few weeks: the review's sales-drop and ACoS-runaway causes read the promotion
-- discounts of each SKU they diagnose (PromotionEnded), the SKU pages read a SKU's recent lines. Without this index
-- PostgreSQL walks every line of the account in the window (the index on purchase time) for each SKU: on the
-- 5,000-SKU review benchmark that made the sales-drop rule 4.3 s instead of 1.4 s (docs/benchmarks.md).
-- [jooq ignore start]
create index order_items_sku_ix on order_items (account_id, sku, purchased_at);
-- [jooq ignore stop]
