-- Seller accounts of the simulated demo store: their data is invented, every page and output marks them, and an
-- admin can remove them with all their data. Real accounts are never demo accounts.

alter table seller_accounts add column demo boolean not null default false;
