-- Tables filled by report imports (those with a batch_id column) hold millions of rows whose keys are codes:
-- order ids, SKUs, ASINs, campaign and search-term texts. Their indexed text columns compare byte-wise
-- (collation "C"): the order of codes needs no language rules, and PostgreSQL's index maintenance is several
-- times faster than with a libc collation, even C.UTF-8. See docs/adr/0003-bulk-import-tables.md.
-- [jooq ignore start]
do $$
declare
    col record;
    fk record;
begin
    for fk in
        select t.relname as table_name, k.conname
        from pg_constraint k
        join pg_class t on t.oid = k.conrelid
        join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
        where k.contype = 'f' and k.confrelid = 'seller_accounts'::regclass
          and exists (select 1 from information_schema.columns b
                      where b.table_schema = n.nspname and b.table_name = t.relname and b.column_name = 'batch_id')
        order by 1, 2
    loop
        execute format('alter table %I drop constraint %I', fk.table_name, fk.conname);
    end loop;
    for col in
        select distinct c.table_name, c.column_name, c.data_type, c.character_maximum_length
        from information_schema.columns c
        join pg_class t on t.relname = c.table_name and t.relkind = 'r'
        join pg_namespace n on n.oid = t.relnamespace and n.nspname = c.table_schema
        join pg_index i on i.indrelid = t.oid
        join pg_attribute a on a.attrelid = t.oid and a.attname = c.column_name and a.attnum = any (i.indkey)
        where c.table_schema = current_schema()
          and c.data_type in ('character varying', 'text')
          and exists (select 1 from information_schema.columns b
                      where b.table_schema = c.table_schema and b.table_name = c.table_name
                        and b.column_name = 'batch_id')
        order by c.table_name, c.column_name
    loop
        execute format('alter table %I alter column %I type %s collate "C"', col.table_name, col.column_name,
            case when col.data_type = 'text' then 'text'
                 when col.character_maximum_length is null then 'varchar'
                 else format('varchar(%s)', col.character_maximum_length) end);
    end loop;
end
$$;
-- [jooq ignore stop]
