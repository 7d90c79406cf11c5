package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Profit by ASIN for a year of a 5,000-SKU store (issue 6: ≤ 1 s). The store is generated in SQL straight into the
 * module tables, because the simulator stops at 2,000 SKUs: 365 US days; SKU i sells on average 6.5 / (1 + i / 50)
 * order lines a day (a long tail: about 1,500 order lines a day, 550,000 a year); every order line older than 14 days
 * is settled (principal, tax, commission, FBA fee), 3 % are refunded; the 2,000 best sellers have Sponsored Products
 * spend every day, ten Sponsored Brands campaigns spend without product rows; 4,900 SKUs have a COGS in CNY, rates
 * USD→CNY once a month. Prints the figures; asserts nothing about time. Run by hand with
 * {@code bench/run-profit-benchmark.sh}.
 */
@BosunTest
@Tag("bench")
class ProfitBenchmark {

    private static final int SKUS = Integer.getInteger("bench.skus", 5_000);
    private static final int DAYS = Integer.getInteger("bench.days", 365);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProfitLedger ledger;

    @Test
    void profitByAsinForAYearOfA5000SkuStore() {
        long organisation = jdbc.queryForObject(
                "insert into organisations (name) values (?) returning id", Long.class, TestDatabase.unique("Bench"));
        SellerAccount account =
                directory.create(organisation, TestDatabase.unique("Bench 5000"), List.of(Marketplace.US), null);
        long id = account.id();
        LocalDate first = LAST.minusDays(DAYS - 1);
        long started = System.nanoTime();
        generate(id, organisation, first);
        System.out.printf(
                "bench: generated in %,d ms: %,d order lines, %,d settlement lines, %,d ad product rows%n",
                ms(started),
                count("order_items", id),
                count("finance_settlement_lines", id),
                count("ad_product_metrics", id));
        jdbc.execute("analyze");

        started = System.nanoTime();
        long computed = ledger.recompute(id);
        System.out.printf(
                "bench: rollup computed in %,d ms (%,d ms inside), %,d day rows, %,d month rows%n",
                ms(started), computed, count("finance_profit_days", id), count("finance_profit_months", id));
        jdbc.execute("analyze finance_profit_days");
        jdbc.execute("analyze finance_profit_months");

        List<Long> runs = new ArrayList<>();
        ProfitReport report = null;
        for (int i = 0; i < 7; i++) {
            started = System.nanoTime();
            report = ledger.report(id, first, LAST, ProfitGrouping.ASIN);
            runs.add(ms(started));
        }
        System.out.printf(
                "bench: profit by ASIN, %s – %s, %,d rows: first %,d ms, runs %s, median %,d ms%n",
                first, LAST, report.rows().size(), runs.get(0), runs, median(runs));
        runs.clear();
        for (int i = 0; i < 5; i++) {
            started = System.nanoTime();
            report = ledger.report(id, first.plusDays(10), LAST.minusDays(10), ProfitGrouping.ASIN);
            runs.add(ms(started));
        }
        System.out.printf(
                "bench: profit by ASIN, ragged year (days at both ends): runs %s, median %,d ms%n", runs, median(runs));
        System.out.printf(
                "bench: year total sales %s, gross profit %s, SKUs without cost %d%n",
                report.total().rounded().sales(), report.total().rounded().grossProfit(), report.skusWithoutCost());
        explain(id, first);
    }

    private void explain(long id, LocalDate first) {
        String sql = "explain (analyze, buffers) select marketplace, asin, sum(units), sum(sales), sum(sales_rep), "
                + "sum(cogs), sum(ad_spend) from finance_profit_months where account_id = " + id
                + " and day between '" + first.withDayOfMonth(1) + "' and '" + LAST.withDayOfMonth(1)
                + "' and sku <> '' group by marketplace, asin";
        jdbc.queryForList(sql, String.class).forEach(line -> System.out.println("bench: explain " + line));
        String days = "explain (analyze, buffers) select marketplace, asin, sum(units), sum(sales), sum(sales_rep), "
                + "sum(cogs), sum(ad_spend) from finance_profit_days where account_id = " + id
                + " and day between '" + first.plusDays(10) + "' and '"
                + first.withDayOfMonth(1).plusMonths(1).minusDays(1)
                + "' and sku <> '' group by marketplace, asin";
        jdbc.queryForList(days, String.class).forEach(line -> System.out.println("bench: explain days " + line));
    }

    private void generate(long id, long organisation, LocalDate first) {
        String from = "'" + first + "'::date";
        jdbc.update(
                "insert into finance_organisation_settings (organisation_id, reporting_currency, changed_at) "
                        + "values (?, 'CNY', now()) on conflict (organisation_id) do update set reporting_currency = 'CNY'",
                organisation);
        jdbc.update(
                "insert into finance_exchange_rates (organisation_id, rate_date, base, quote, rate, source, entered_at) "
                        + "select ?, d::date, 'USD', 'CNY', 7.1 + (extract(month from d) / 100.0), 'ENTERED', now() "
                        + "from generate_series(" + from + " - 31, ?::date, interval '1 month') d",
                organisation,
                LAST);
        jdbc.update(
                "insert into finance_sku_costs (account_id, sku, effective_from, amount, currency, entered_at) "
                        + "select ?, 'SKU-' || lpad(i::text, 5, '0'), " + from + " - 365, 20 + (i % 80), 'CNY', now() "
                        + "from generate_series(1, ?) i where i % 50 <> 7",
                id,
                SKUS);
        // One order line per order; n order lines of SKU i on day d, n = floor(rate + random), rate = 6.5 / (1 + i /
        // 50).
        jdbc.update(
                "insert into order_items (account_id, amazon_order_id, sku, marketplace, sales_channel, purchased_at, "
                        + "last_updated_at, order_status, fulfillment_channel, asin, item_status, quantity, currency, item_price, "
                        + "item_tax, item_promotion_discount, batch_id) "
                        + "select ?, 'B' || lpad(i::text, 5, '0') || '-' || (d - " + from + ") || '-' || k, "
                        + "'SKU-' || lpad(i::text, 5, '0'), 'US', 'Amazon.com', "
                        + "(d + time '10:00' + (k * interval '7 minutes')) at time zone 'America/Los_Angeles', "
                        + "(d + time '10:00') at time zone 'America/Los_Angeles', 'Shipped', "
                        + "case when i % 10 = 0 then 'MFN' else 'AFN' end, 'B0' || lpad(i::text, 8, '0'), 'Shipped', 1, 'USD', "
                        + "10 + (i % 40), 0, case when k = 1 and i % 20 = 0 then 1.00 else 0 end, 1 "
                        + "from generate_series(1, ?) i, generate_series(" + from + ", ?::date, interval '1 day') dd, "
                        + "lateral (select dd::date as d) x, "
                        + "lateral generate_series(1, floor(6.5 / (1 + i / 50.0) + random())::int) k",
                id,
                SKUS,
                LAST);
        jdbc.update(
                "insert into finance_settlements (account_id, settlement_id, starts_at, ends_at, deposit_at, total_amount, "
                        + "currency, marketplaces, marketplace_names, line_count, layout_id, batch_id) "
                        + "select ?, 'S' || n, d, d + interval '14 days', d + interval '16 days', 0, 'USD', 'US', 'Amazon.com', 0, "
                        + "'finance.settlement-v2', 1 from (select n, " + from + " + n * 14 as d "
                        + "from generate_series(0, ? / 14 + 1) n) s",
                id,
                DAYS);
        jdbc.update(
                "insert into finance_settlement_lines (account_id, settlement_id, line_no, part, transaction_type, order_id, "
                        + "marketplace_name, marketplace, amount_type, amount_description, amount, currency, fulfillment_id, posted_date, "
                        + "sku, quantity_purchased, batch_id) "
                        + "select o.account_id, 'S' || ((o.purchased_at at time zone 'America/Los_Angeles')::date + 3 - "
                        + from + ") / 14, "
                        + "row_number() over () * 4 + a.n, 1, 'Order', o.amazon_order_id, 'Amazon.com', 'US', a.type, a.description, "
                        + "case a.n when 0 then o.item_price when 1 then round(o.item_price * 0.08, 2) "
                        + "when 2 then -round(o.item_price * 0.15, 2) else -(3.22 + (length(o.sku) % 3)) end, "
                        + "'USD', 'AFN', (o.purchased_at at time zone 'America/Los_Angeles')::date + 3, o.sku, 1, 1 "
                        + "from order_items o, (values (0, 'ItemPrice', 'Principal'), (1, 'ItemPrice', 'Tax'), "
                        + "(2, 'ItemFees', 'Commission'), (3, 'ItemFees', 'FBAPerUnitFulfillmentFee')) a(n, type, description) "
                        + "where o.account_id = ? and o.purchased_at < (?::date - 14)::timestamptz",
                id,
                LAST);
        jdbc.update(
                "insert into finance_settlement_lines (account_id, settlement_id, line_no, part, transaction_type, order_id, "
                        + "marketplace_name, marketplace, amount_type, amount_description, amount, currency, posted_date, sku, "
                        + "quantity_purchased, batch_id) "
                        + "select o.account_id, 'S' || ((o.purchased_at at time zone 'America/Los_Angeles')::date + 10 - "
                        + from + ") / 14, "
                        + "100000000 + row_number() over () * 2 + a.n, 1, 'Refund', o.amazon_order_id, 'Amazon.com', 'US', a.type, "
                        + "a.description, case a.n when 0 then -o.item_price else round(o.item_price * 0.12, 2) end, 'USD', "
                        + "(o.purchased_at at time zone 'America/Los_Angeles')::date + 10, o.sku, 1, 1 "
                        + "from order_items o, (values (0, 'ItemPrice', 'Principal'), (1, 'ItemFees', 'Commission')) a(n, type, description) "
                        + "where o.account_id = ? and o.purchased_at < (?::date - 20)::timestamptz and hashtext(o.amazon_order_id) % 100 in (3, 50, 77)",
                id,
                LAST);
        jdbc.update(
                "insert into ad_product_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name, "
                        + "ad_group_name, advertised_asin, advertised_sku, currency, attribution_days, impressions, clicks, spend, sales, "
                        + "orders, units, batch_id) "
                        + "select ?, 'US', 'SP', d, d, 'SP ' || (i / 10), 'Group', 'B0' || lpad(i::text, 8, '0'), "
                        + "'SKU-' || lpad(i::text, 5, '0'), 'USD', 7, 1000, 10, round((2 + (i % 7))::numeric, 2), 20, 2, 2, 1 "
                        + "from generate_series(1, ?) i, generate_series(" + from + ", ?::date, interval '1 day') d",
                id,
                Math.min(2_000, SKUS),
                LAST);
        jdbc.update(
                "insert into ad_campaign_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name, "
                        + "currency, attribution_days, impressions, clicks, spend, batch_id) "
                        + "select ?, 'US', p, d, d, p || ' ' || c, 'USD', 14, 1000, 10, 15.00, 1 "
                        + "from generate_series(" + from + ", ?::date, interval '1 day') d, "
                        + "(values ('SB', 1), ('SB', 2), ('SB', 3), ('SB', 4), ('SB', 5), ('SD', 1), ('SD', 2), ('SD', 3), ('SD', 4), ('SD', 5)) x(p, c)",
                id,
                LAST);
        jdbc.update(
                "insert into ad_campaign_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name, "
                        + "currency, attribution_days, impressions, clicks, spend, batch_id) "
                        + "select ?, 'US', 'SP', d, d, 'SP ' || c, 'USD', 7, 10000, 100, 50.00, 1 "
                        + "from generate_series(" + from + ", ?::date, interval '1 day') d, generate_series(0, ?) c",
                id,
                LAST,
                Math.min(2_000, SKUS) / 10);
    }

    private long count(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Long.class, id);
    }

    private static long ms(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> runs) {
        List<Long> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
