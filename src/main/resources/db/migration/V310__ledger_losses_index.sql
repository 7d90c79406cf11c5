-- The unreimbursed-loss review rule reads the ledger summary lines with units lost, damaged or found: a few thousand
-- among millions of daily balances. A partial index holds only those lines, so the rule no longer scans the table.
-- [jooq ignore start]
create index inventory_ledger_balances_losses_ix on inventory_ledger_balances (account_id, balance_date)
    where lost <> 0 or damaged <> 0 or found <> 0;
-- [jooq ignore stop]
