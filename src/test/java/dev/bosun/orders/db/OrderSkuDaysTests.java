package dev.bosun.orders.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.orders.OrderLine;
import dev.bosun.orders.SkuSales;
import dev.bosun.orders.TimeWindow;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order lines' day sums (order_sku_days, V311): kept exact by the triggers through every kind of write, and the
 * sales read through them equal to the plain sums of the lines for windows that start and end anywhere.
 */
@BosunTest
class OrderSkuDaysTests {

    /** Lines over the days around both daylight-saving changes of March 2026 (US on the 8th, Europe on the 29th). */
    static final Instant FIRST = Instant.parse("2026-03-05T00:00:00Z");

    static final int DAYS = 28;

    /** Marketplaces of the lines; null stands for lines without one. */
    static final Marketplace[] MARKETS = {Marketplace.US, Marketplace.DE, Marketplace.UK, Marketplace.JP, null};

    @Autowired
    OrderItems items;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    long account;
    final Random random = new Random(11);

    @BeforeEach
    void account() {
        account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Day sums"), List.of(Marketplace.US), null)
                .id();
    }

    @Test
    void eachMarketplaceCountsItsDaysInTheZoneBosunGivesIt() {
        for (Marketplace m : Marketplace.values()) {
            assertThat(jdbc.queryForObject("select order_marketplace_zone(?)", String.class, m.code()))
                    .as(m.code())
                    .isEqualTo(m.zone().getId());
        }
        assertThat(jdbc.queryForObject("select order_marketplace_zone('gb')", String.class))
                .isEqualTo("Europe/London");
        assertThat(jdbc.queryForObject("select order_marketplace_zone(null)", String.class))
                .isEqualTo("UTC");
        assertThat(jdbc.queryForObject("select order_marketplace_zone('XX')", String.class))
                .isEqualTo("UTC");
    }

    @Test
    void theDaySumsFollowInsertsReplacementsUpdatesAndDeletes() {
        long first = batch();
        write(first, lines(400, "A", Instant.parse("2026-01-01T00:00:00Z")));
        assertDaySumsMatchTheLines();

        // the same orders again, newer: quantities, prices and statuses change, some days lose every line
        long second = batch();
        write(second, lines(400, "A", Instant.parse("2026-02-01T00:00:00Z")));
        assertDaySumsMatchTheLines();

        // lines moved to other days and marketplaces by hand, a SKU renamed
        jdbc.update(
                "update order_items set purchased_at = purchased_at + interval '13 hours' where account_id = ?"
                        + " and quantity = 2",
                account);
        jdbc.update("update order_items set marketplace = 'DE' where account_id = ? and marketplace = 'JP'", account);
        jdbc.update("update order_items set sku = 'SKU-RENAMED' where account_id = ? and sku = 'SKU-3'", account);
        assertDaySumsMatchTheLines();

        jdbc.update("delete from order_items where account_id = ? and quantity = 3", account);
        assertDaySumsMatchTheLines();

        // an import undone: the lines only it wrote are forgotten
        long third = batch();
        write(third, lines(150, "B", Instant.parse("2026-02-02T00:00:00Z")));
        assertDaySumsMatchTheLines();
        assertThat(items.deleteBatch(account, third)).isEqualTo(150);
        assertThat(jdbc.queryForObject(
                        "select count(*) from order_items where account_id = ? and batch_id = ?",
                        Long.class,
                        account,
                        third))
                .isZero();
        assertDaySumsMatchTheLines();
        assertThat(jdbc.queryForObject("select count(*) from order_sku_days where account_id = ?", Long.class, account))
                .isPositive();
    }

    @Test
    void salesInAnyWindowsEqualThePlainSumsOfTheLines() {
        long batch = batch();
        write(batch, lines(1_500, "A", Instant.parse("2026-01-01T00:00:00Z")));
        // Amazon's own code for the UK marketplace, written by hand: its days are London's too
        jdbc.update(
                "update order_items set marketplace = 'GB' where account_id = ? and marketplace = 'UK'"
                        + " and quantity = 1",
                account);
        Instant end = FIRST.plus(Duration.ofDays(DAYS));
        List<TimeWindow> windows = new ArrayList<>();
        // local days of the marketplaces (so most days come from the sums), across the clock changes
        windows.add(new TimeWindow(
                LocalDate.parse("2026-03-06")
                        .atStartOfDay(Marketplace.US.zone())
                        .toInstant(),
                LocalDate.parse("2026-03-20")
                        .atStartOfDay(Marketplace.US.zone())
                        .toInstant()));
        windows.add(new TimeWindow(
                LocalDate.parse("2026-03-20")
                        .atStartOfDay(Marketplace.DE.zone())
                        .toInstant(),
                LocalDate.parse("2026-04-01")
                        .atStartOfDay(Marketplace.DE.zone())
                        .toInstant()));
        windows.add(new TimeWindow(FIRST.minus(Duration.ofDays(3)), end.plus(Duration.ofDays(3))));
        windows.add(new TimeWindow(FIRST.plusSeconds(3_600 * 30), FIRST.plusSeconds(3_600 * 31)));
        windows.add(new TimeWindow(FIRST.plusSeconds(1_000), FIRST.plusSeconds(1_000)));
        for (int i = 0; i < 12; i++) {
            Instant from = FIRST.plusSeconds(random.nextInt(DAYS * 86_400));
            Instant to = from.plusSeconds(random.nextInt(12 * 86_400));
            windows.add(new TimeWindow(from, to));
        }
        List<List<SkuSales>> together = items.salesBySku(account, windows);
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow w = windows.get(i);
            List<SkuSales> alone = items.salesBySku(account, w.from(), w.to());
            List<SkuSales> plain = plainSums(w, w);
            assertThat(alone).as("window %s alone", w).isEqualTo(plain);
            assertThat(together.get(i))
                    .as("window %s among others", w)
                    .isEqualTo(plainSums(
                            w, new TimeWindow(FIRST.minus(Duration.ofDays(3)), end.plus(Duration.ofDays(3)))));
            assertThat(plain.isEmpty()).isEqualTo(w.from().equals(w.to()));
        }
    }

    @Test
    void dailyUnitsAreTheLinesOfEachLocalDay() {
        write(batch(), lines(800, "A", Instant.parse("2026-01-01T00:00:00Z")));
        for (Marketplace m : List.of(Marketplace.US, Marketplace.DE, Marketplace.JP)) {
            LocalDate from = LocalDate.parse("2026-03-07");
            LocalDate to = LocalDate.parse("2026-03-30");
            List<String> plain = jdbc.queryForList(
                    "select sku || ' ' || day || ' ' || sum(quantity) from (select sku, quantity,"
                            + " (purchased_at at time zone ?)::date as day from order_items where account_id = ?"
                            + " and marketplace = ? and item_status is distinct from 'Cancelled') o"
                            + " where day between ? and ? group by sku, day order by sku, day",
                    String.class,
                    m.zone().getId(),
                    account,
                    m.code(),
                    from,
                    to);
            assertThat(items.dailyUnits(account, m, from, to).stream()
                            .map(d -> d.sku() + " " + d.day() + " " + d.units())
                            .toList())
                    .as(m.code())
                    .isEqualTo(plain)
                    .isNotEmpty();
        }
    }

    private long batch() {
        Long id = jdbc.queryForObject("select nextval('import_batch_ids')", Long.class);
        jdbc.update(
                "insert into import_batches (account_id, id, file_name, sha256, status, imported_by)"
                        + " values (?, ?, 'orders.txt', ?, 'IMPORTED', 'test')",
                account,
                id,
                "0".repeat(63) + (id % 10));
        return id;
    }

    private void write(long batch, List<OrderLine> lines) {
        tx.executeWithoutResult(status -> {
            OrderItems.Writer writer = items.writer(account, batch);
            lines.forEach(writer::add);
            writer.finish();
        });
    }

    /** {@code count} lines of orders PREFIX-0.., spread over the days from FIRST, on 6 SKUs and 5 marketplaces. */
    private List<OrderLine> lines(int count, String prefix, Instant updated) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Marketplace m = MARKETS[random.nextInt(MARKETS.length)];
            Instant purchased = FIRST.plusSeconds(random.nextInt(DAYS * 86_400));
            int status = random.nextInt(10);
            lines.add(new OrderLine(
                    prefix + "-" + i,
                    "SKU-" + random.nextInt(6),
                    null,
                    m,
                    null,
                    null,
                    purchased,
                    updated,
                    "Shipped",
                    "Amazon",
                    null,
                    null,
                    "B0" + random.nextInt(3),
                    status == 0 ? "Cancelled" : status == 1 ? null : "Shipped",
                    1 + random.nextInt(3),
                    m == null ? null : m.currency().getCurrencyCode(),
                    status == 2 ? null : BigDecimal.valueOf(100 + random.nextInt(5_000), 2),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return lines;
    }

    private void assertDaySumsMatchTheLines() {
        String recount = "select coalesce(marketplace, '') as mp, sku, day,"
                + " day::timestamp at time zone order_marketplace_zone(marketplace) as day_start,"
                + " (day + 1)::timestamp at time zone order_marketplace_zone(marketplace) as day_end, count(*) as lines,"
                + " sum(quantity) as units, sum(item_price) as sales, max(asin) as asin, max(currency) as currency"
                + " from (select *, (purchased_at at time zone order_marketplace_zone(marketplace))::date as day"
                + " from order_items where account_id = ? and item_status is distinct from 'Cancelled') o"
                + " group by coalesce(marketplace, ''), order_marketplace_zone(marketplace), sku, day";
        String kept = "select marketplace as mp, sku, day, day_start, day_end, lines, units, sales, asin, currency"
                + " from order_sku_days where account_id = ?";
        List<String> expected = rows("(" + recount + ") except all (" + kept + ")");
        List<String> stray = rows("(" + kept + ") except all (" + recount + ")");
        assertThat(expected).as("day sums missing or wrong").isEmpty();
        assertThat(stray).as("day sums that no line explains").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from order_sku_days where account_id = ?", Long.class, account))
                .isEqualTo(jdbc.queryForObject("select count(*) from (" + recount + ") r", Long.class, account));
    }

    private List<String> rows(String sql) {
        return jdbc.queryForList("select cast(row(x.*) as text) from (" + sql + ") x", String.class, account, account);
    }

    /** The plain sums of the window's lines; ASIN and currency from the lines of {@code span}, as one read gives. */
    private List<SkuSales> plainSums(TimeWindow w, TimeWindow span) {
        return jdbc.query(
                "select s.marketplace, s.sku, a.asin, s.units, s.sales, a.currency from (select marketplace, sku,"
                        + " sum(quantity) as units, coalesce(sum(item_price), 0) as sales from order_items"
                        + " where account_id = ? and purchased_at >= ? and purchased_at < ?"
                        + " and item_status is distinct from 'Cancelled' group by marketplace, sku) s"
                        + " join (select marketplace, sku, max(asin) as asin, max(currency) as currency"
                        + " from order_items where account_id = ? and purchased_at >= ? and purchased_at < ?"
                        + " and item_status is distinct from 'Cancelled' group by marketplace, sku) a"
                        + " on a.marketplace is not distinct from s.marketplace and a.sku = s.sku"
                        + " order by s.marketplace, s.sku",
                (rs, n) -> new SkuSales(
                        rs.getString(1) == null
                                ? null
                                : Marketplace.find(rs.getString(1)).orElseThrow(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5),
                        rs.getString(6)),
                account,
                java.sql.Timestamp.from(w.from()),
                java.sql.Timestamp.from(w.to()),
                account,
                java.sql.Timestamp.from(span.from()),
                java.sql.Timestamp.from(span.to()));
    }
}
