package dev.bosun.inventory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentSheet;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inventory pages of a 5,000-SKU store (issue 7): the replenishment sheet computed once in the background, then
 * the stock page, the plans page, the xlsx and the REST API reading the stored sheet. The store is generated in SQL
 * (182 days of US orders, SKU i selling about 6.5 / (1 + i / 50) lines a day, a long tail, every SKU selling on some
 * days; today's FBA snapshot with
 * stock and inbound for every SKU). Prints the figures; asserts nothing about time. Run by hand with {@code
 * bench/run-inventory-page-benchmark.sh}.
 */
@BosunTest
@Tag("bench")
class InventoryPageBenchmark {

    private static final int SKUS = Integer.getInteger("bench.skus", 5_000);

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Replenishment replenishment;

    @Autowired
    MockMvc mvc;

    @Test
    void theInventoryPagesOfA5000SkuStoreReadTheStoredSheet() throws Exception {
        long organisation = new Fixtures(directory, team, jdbc).otherOrganisation();
        SellerAccount account =
                directory.create(organisation, TestDatabase.unique("Bench stock"), List.of(Marketplace.US), null);
        CurrentUser manager = new Fixtures(directory, team, jdbc).user(organisation, Role.STORE_MANAGER, account);
        long id = account.id();
        LocalDate today = replenishment.today(Marketplace.US);
        long started = System.nanoTime();
        generate(id, today);
        System.out.printf(
                "bench: generated in %,d ms: %,d order lines, %,d snapshot rows%n",
                ms(started), count("order_items", id), count("inventory_stock_snapshots", id));
        jdbc.execute("analyze");

        started = System.nanoTime();
        ReplenishmentSheet sheet = replenishment.current(id, Marketplace.US);
        System.out.printf(
                "bench: sheet computed and stored (the background job) in %,d ms (%,d ms computing), %,d SKUs, "
                        + "%,d with a proposal%n",
                ms(started),
                sheet.tookMillis(),
                sheet.lines().size(),
                sheet.lines().stream().filter(l -> l.proposal() != null).count());
        System.out.printf(
                "bench: SKUs with a forecast method %,d; with an order now %,d; first without a proposal: %s%n",
                sheet.lines().stream().filter(l -> l.method() != null).count(),
                sheet.lines().stream()
                        .filter(l -> l.proposal() != null && l.proposal().orderQuantity() > 0)
                        .count(),
                sheet.lines().stream()
                        .filter(l -> l.proposal() == null)
                        .map(l -> l.position().sku())
                        .findFirst()
                        .orElse("none"));

        for (String path : List.of(
                "/a/{id}/inventory/stock",
                "/a/{id}/inventory/stock?page=10",
                "/a/{id}/inventory/stock?filter=warning",
                "/a/{id}/inventory/plans",
                "/a/{id}/inventory/stock/export.xlsx",
                "/api/v1/accounts/{id}/inventory",
                "/a/{id}/inventory/stock/US/SKU-00001")) {
            List<Long> runs = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 7; i++) {
                started = System.nanoTime();
                bytes = mvc.perform(get(path, id).with(user(new SignedInUser(manager, "x", true))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()
                        .length;
                runs.add(ms(started));
            }
            System.out.printf(
                    "bench: GET %s: first %,d ms, runs %s, median %,d ms, %,d bytes%n",
                    path, runs.get(0), runs, median(runs), bytes);
        }
    }

    private void generate(long id, LocalDate today) {
        String from = "'" + today.minusDays(182) + "'::date";
        jdbc.update(
                "insert into order_items (account_id, amazon_order_id, sku, marketplace, sales_channel, purchased_at, "
                        + "last_updated_at, order_status, fulfillment_channel, asin, item_status, quantity, currency, "
                        + "item_price, item_tax, item_promotion_discount, batch_id) "
                        + "select ?, 'I' || lpad(i::text, 5, '0') || '-' || (d - " + from + ") || '-' || k, "
                        + "'SKU-' || lpad(i::text, 5, '0'), 'US', 'Amazon.com', "
                        + "(d + time '10:00' + (k * interval '7 minutes')) at time zone 'America/Los_Angeles', "
                        + "(d + time '10:00') at time zone 'America/Los_Angeles', 'Shipped', 'AFN', "
                        + "'B0' || lpad(i::text, 8, '0'), 'Shipped', 1, 'USD', 10 + (i % 40), 0, 0, 1 "
                        + "from generate_series(1, ?) i, generate_series(" + from + ", ?::date, interval '1 day') dd, "
                        + "lateral (select dd::date as d) x, "
                        // a hash of SKU and day, not random(): PostgreSQL draws random() here once per SKU
                        + "lateral generate_series(1, floor(6.5 / (1 + i / 50.0) "
                        + "+ ((hashtext(i || ':' || d)::bigint & 65535) / 65536.0))::int) k",
                id,
                SKUS,
                today.minusDays(1));
        jdbc.update(
                "insert into inventory_stock_snapshots (account_id, marketplace, sku, snapshot_date, asin, product_name, "
                        + "currency, your_price, afn_listing_exists, afn_fulfillable_quantity, afn_reserved_quantity, "
                        + "afn_unsellable_quantity, afn_inbound_working_quantity, afn_inbound_shipped_quantity, "
                        + "afn_inbound_receiving_quantity, batch_id) "
                        + "select ?, 'US', 'SKU-' || lpad(i::text, 5, '0'), ?, 'B0' || lpad(i::text, 8, '0'), "
                        + "'Product ' || i, 'USD', 10 + (i % 40), true, (i * 37) % 300, i % 5, 0, "
                        + "case when i % 7 = 0 then 40 else 0 end, case when i % 11 = 0 then 60 else 0 end, "
                        + "case when i % 13 = 0 then 20 else 0 end, 1 from generate_series(1, ?) i",
                id, today, SKUS);
    }

    private long count(String table, long id) {
        Long n = jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Long.class, id);
        return n == null ? 0 : n;
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
