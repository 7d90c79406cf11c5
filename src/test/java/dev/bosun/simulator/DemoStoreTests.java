package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.FirstAdminCreated;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportUpload;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.amazon.ReportImports;
import dev.bosun.platform.BosunSettings;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo store of a new, empty organisation, small (6 SKUs over 30 days ending yesterday, US and DE) so that it
 * runs in seconds: created with its demo accounts, simulated and imported through the report importer by the same
 * code the first start's background job runs, every file accepted without a rejected row, the figures those of
 * the simulation's {@code truth.json}; then the first-start rule, and removal.
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStoreTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);

    @Autowired
    DemoStore demo;

    @Autowired
    DemoFirstStart firstStart;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ReportImports imports;

    @Autowired
    ImportUploads uploads;

    @Autowired
    BosunSettings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Fixtures fixtures;
    private long organisation;
    private DemoPlan plan;
    private DemoStatus created;
    private DemoStatus finished;
    private JsonNode truth;
    private JsonNode manifest;
    private final Map<Marketplace, SellerAccount> accounts = new HashMap<>();

    @BeforeAll
    void createAndRunADemoStore() throws Exception {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        plan = DemoPlan.endingYesterday(clock, 3, 6, 30, MARKETPLACES).withIncidents(true);
        created = demo.create(organisation, plan);
        for (SellerAccount account : directory.ofOrganisation(organisation)) {
            account.marketplaces().forEach(m -> accounts.put(m, account));
        }
        finished = demo.run(organisation);
        JsonMapper json = JsonMapper.builder().build();
        truth = json.readTree(finished.folder().resolve("truth.json").toFile());
        manifest = json.readTree(finished.folder().resolve("manifest.json").toFile());
    }

    @Test
    void theDemoLivesInOneDemoAccountPerRegion() {
        assertThat(created.phase()).isEqualTo(DemoStatus.Phase.QUEUED);
        assertThat(directory.ofOrganisation(organisation))
                .extracting(
                        SellerAccount::name, SellerAccount::region, SellerAccount::marketplaces, SellerAccount::demo)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Demo EU", Region.EU, List.of(Marketplace.DE), true),
                        org.assertj.core.groups.Tuple.tuple("Demo US", Region.NA, List.of(Marketplace.US), true));
        assertThat(finished.folder()).startsWith(settings.dataDirectory().resolve("demo"));
    }

    @Test
    void everyFileIsImportedWithoutARejectedRow() {
        assertThat(finished.phase()).as(finished.message()).isEqualTo(DemoStatus.Phase.DONE);
        assertThat(finished.message()).contains("0 refused, 0 rows rejected");
        int files = manifest.get("files").size();
        assertThat(finished.filesTotal()).isEqualTo(files).isGreaterThan(100);
        assertThat(finished.filesDone()).isEqualTo(files);
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(LocalDate.parse(manifest.get("end").asString())).isEqualTo(plan.lastDay());

        long uploadsSeen = 0;
        for (Marketplace marketplace : MARKETPLACES) {
            SellerAccount account = accounts.get(marketplace);
            List<String> expected = new ArrayList<>();
            manifest.get("files").forEach(f -> {
                if (f.get("marketplace").asString().equals(marketplace.code())) {
                    expected.add(f.get("report").asString());
                }
            });
            List<Long> uploadIds = jdbc.queryForList(
                    "select upload_id from demo_store_uploads where organisation_id = ? and account_id = ?",
                    Long.class,
                    organisation,
                    account.id());
            assertThat(uploadIds).hasSize(1);
            ImportUpload upload = uploads.upload(account.id(), uploadIds.get(0)).orElseThrow();
            assertThat(upload.status()).isEqualTo("DONE");
            assertThat(upload.filesTotal()).isEqualTo(expected.size());
            assertThat(upload.createdBy()).isEqualTo(DemoStore.IMPORTED_BY);
            List<ImportBatch> batches = imports.batchesOfUpload(account.id(), upload.id());
            assertThat(batches).extracting(ImportBatch::layoutId).containsExactlyElementsOf(expected);
            for (ImportBatch batch : batches) {
                assertThat(batch.status()).as(batch.fileName()).isEqualTo("IMPORTED");
                assertThat(batch.rejected()).as(batch.fileName()).isZero();
                assertThat(batch.problemCount()).as(batch.fileName()).isZero();
            }
            List<ImportBatch> snapshots = batches.stream()
                    .filter(b -> "inventory.manage-inventory".equals(b.layoutId()))
                    .toList();
            assertThat(snapshots).as("one Manage FBA Inventory a week").hasSize((plan.days() - 1) / 7 + 1);
            for (int i = 0; i < snapshots.size(); i++) {
                ImportBatch b = snapshots.get(i);
                assertThat(b.fileName()).endsWith("-" + b.snapshotDay() + ".txt");
                if (i > 0) {
                    assertThat(snapshots.get(i - 1).snapshotDay().plusDays(7)).isEqualTo(b.snapshotDay());
                }
            }
            assertThat(snapshots.get(snapshots.size() - 1).snapshotDay()).isEqualTo(plan.lastDay());
            uploadsSeen++;
        }
        assertThat(uploadsSeen).isEqualTo(2);
        try (var left = Files.list(finished.folder())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("the report files moved into the uploads")
                    .containsExactlyInAnyOrder("truth.json", "manifest.json", "answer-key.json", "US", "DE");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theImportedFiguresAreThoseOfTheSimulation() {
        for (Marketplace marketplace : MARKETPLACES) {
            long account = accounts.get(marketplace).id();
            JsonNode totals = truth.at("/byMarketplace/" + marketplace.code() + "/totals");
            Map<String, Map<String, Object>> orders = bySku(
                    "select sku, count(*) as items,"
                            + " coalesce(sum(quantity) filter (where item_status <> 'Cancelled'), 0) as units,"
                            + " coalesce(sum(item_price) filter (where item_status <> 'Cancelled'), 0) as sales"
                            + " from order_items where account_id = ? and marketplace = ? group by sku",
                    account,
                    marketplace);
            Map<String, Map<String, Object>> traffic = bySku(
                    "select sku, sum(sessions) as sessions from asin_traffic"
                            + " where account_id = ? and marketplace = ? and period_from = period_to group by sku",
                    account,
                    marketplace);
            Map<String, Map<String, Object>> ads = bySku(
                    "select advertised_sku as sku, sum(spend) as spend from ad_product_metrics"
                            + " where account_id = ? and marketplace = ? and ad_product = 'SP' group by advertised_sku",
                    account,
                    marketplace);
            Map<String, Map<String, Object>> stock = bySku(
                    "select sku, afn_fulfillable_quantity as fulfillable from inventory_stock_snapshots"
                            + " where account_id = ? and marketplace = ? and snapshot_date = '" + plan.lastDay() + "'",
                    account,
                    marketplace);
            int skus = 0;
            for (JsonNode sku : truth.at("/byMarketplace/" + marketplace.code() + "/skus")) {
                String code = sku.get("sku").asString();
                assertThat(number(orders.getOrDefault(code, Map.of()).get("items")))
                        .as(code + " order items")
                        .isEqualTo(sku.get("orderItems").asLong());
                assertThat(number(orders.getOrDefault(code, Map.of()).get("units")))
                        .as(code + " units")
                        .isEqualTo(sku.get("unitsOrdered").asLong());
                assertThat(decimal(orders.getOrDefault(code, Map.of()).get("sales")))
                        .as(code + " sales")
                        .isEqualByComparingTo(sku.get("sales").decimalValue());
                assertThat(number(traffic.getOrDefault(code, Map.of()).get("sessions")))
                        .as(code + " sessions")
                        .isEqualTo(sku.get("sessions").asLong());
                assertThat(decimal(ads.getOrDefault(code, Map.of()).get("spend")))
                        .as(code + " ad spend")
                        .isEqualByComparingTo(sku.get("adSpend").decimalValue());
                if (sku.get("fulfilledByAmazon").asBoolean()) {
                    assertThat(number(stock.getOrDefault(code, Map.of()).get("fulfillable")))
                            .as(code + " fulfillable on the last day")
                            .isEqualTo(sku.get("endFulfillable").asLong());
                }
                skus++;
            }
            assertThat(skus).isPositive();
            assertThat(totals.get("orderItems").asLong()).isPositive();
            assertThat(jdbc.queryForObject(
                            "select sum(total_amount) from finance_settlements where account_id = ? and currency = ?",
                            BigDecimal.class,
                            account,
                            marketplace.currency().getCurrencyCode()))
                    .isEqualByComparingTo(truth.at("/byMarketplace/" + marketplace.code() + "/settled/total")
                            .decimalValue());
        }
    }

    @Test
    void theLastWeeksIncidentsArePlantedAndReachTheImportedData() throws Exception {
        assertThat(finished.plan().incidents()).isTrue();
        JsonNode key = JsonMapper.builder()
                .build()
                .readTree(finished.folder().resolve("answer-key.json").toFile());
        List<String> types = new ArrayList<>();
        LocalDate weekAgo = plan.lastDay().minusDays(7);
        for (JsonNode incident : key.get("incidents")) {
            types.add(incident.get("type").asString() + "@"
                    + incident.get("marketplace").asString());
            assertThat(LocalDate.parse(incident.get("start").asString()))
                    .as(incident.get("id").asString() + " starts in the last week")
                    .isBetween(weekAgo, plan.lastDay());
            if (incident.get("type").asString().equals("traffic-loss")
                    && incident.get("visibleFrom").isNull()) {
                // A small store's week of sales may not fall beyond chance; the key then says why.
                assertThat(incident.get("note").asString()).contains("no drop beyond chance");
                continue;
            }
            assertThat(incident.get("visibleFrom").isNull())
                    .as(incident.get("id").asString() + " shows in the reports")
                    .isFalse();
            assertThat(LocalDate.parse(incident.get("visibleFrom").asString())).isBeforeOrEqualTo(plan.lastDay());
        }
        assertThat(types).containsExactly("stock-out-risk@US", "traffic-loss@US", "return-spike@DE", "odr-breach@US");

        JsonNode odr = key.get("incidents").get(3).get("figures");
        List<BigDecimal> imported = jdbc.queryForList(
                "select rate from health_account_metrics where account_id = ? and marketplace = 'US' and metric = ?",
                BigDecimal.class,
                accounts.get(Marketplace.US).id(),
                odr.get("metric").asString());
        // The report gives the rate to four decimals (1.80 %); the key keeps three of the percentage (1.802).
        assertThat(imported)
                .as("the breaching order defect rate, as imported from the seller performance report")
                .anySatisfy(rate -> assertThat(rate.doubleValue() * 100)
                        .isCloseTo(
                                odr.get("ratePercentageWhenVisible").asDouble(),
                                org.assertj.core.api.Assertions.within(0.01))
                        .isGreaterThan(1.0));
    }

    @Test
    void aDemoStoreRunsOnceAndCannotBeCreatedTwice() {
        assertThatThrownBy(() -> demo.run(organisation))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting to be run (it is DONE)");
        assertThatThrownBy(() -> demo.create(organisation, plan))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has a demo store already");
    }

    @Test
    void theFirstStartLeavesADatabaseWithAccountsAlone() {
        long fresh = fixtures.otherOrganisation();
        fixtures.account(fresh, Marketplace.US);
        int before = accountCount();

        assertThat(firstStart.consider(fresh, true, smallPlan())).isEqualTo(FirstStartDecision.HAS_ACCOUNTS);
        assertThat(firstStart.consider(organisation, true, smallPlan())).isEqualTo(FirstStartDecision.ALREADY_CREATED);

        assertThat(demo.status(fresh)).isEmpty();
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void theFirstStartDoesNothingWhenTheDemoIsTurnedOff() {
        long fresh = fixtures.otherOrganisation();
        int before = accountCount();

        assertThat(firstStart.consider(fresh, false, smallPlan())).isEqualTo(FirstStartDecision.DISABLED);
        // The event the first start publishes reaches the listener, which (tests run with bosun.demo.enabled=false)
        // creates nothing.
        events.publishEvent(new FirstAdminCreated(fresh, 0));

        assertThat(demo.status(fresh)).isEmpty();
        assertThat(directory.ofOrganisation(fresh)).isEmpty();
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void removingTheDemoStoreDeletesItsAccountsAndAllTheirDataButNothingElse() throws Exception {
        long org = fixtures.otherOrganisation();
        SellerAccount real = fixtures.account(org, Marketplace.US);
        Path orders = Files.createTempFile("real-orders", ".txt");
        Files.writeString(orders, dev.bosun.orders.importing.AllOrdersImportTestRows.file(3));
        imports.importFile(
                real.id(), orders, "real-orders.txt", new ImportOptions(false, Marketplace.US, null, null, "t"));
        Files.delete(orders);
        long realRows = rowsOf(List.of(real.id()));
        assertThat(realRows).isPositive();

        DemoStatus queued = demo.create(org, DemoPlan.endingYesterday(clock, 5, 2, 10, MARKETPLACES));
        assertThatThrownBy(() -> demo.remove(org))
                .as("not while it waits to be imported")
                .isInstanceOf(IllegalStateException.class);
        DemoStatus done = demo.run(org);
        assertThat(done.phase()).as(done.message()).isEqualTo(DemoStatus.Phase.DONE);
        List<Long> demoIds = directory.ofOrganisation(org).stream()
                .filter(SellerAccount::demo)
                .map(SellerAccount::id)
                .toList();
        assertThat(demoIds).hasSize(2);
        assertThat(rowsOf(demoIds)).isGreaterThan(1000);
        assertThat(settings.dataDirectory()
                        .resolve("uploads")
                        .resolve(demoIds.get(0).toString()))
                .isDirectory();

        DemoStore.Removal removal = demo.remove(org);

        assertThat(removal.accounts()).containsExactlyInAnyOrder("Demo US", "Demo EU");
        assertThat(removal.rows()).isPositive();
        assertThat(rowsOf(demoIds))
                .as("rows left in any table with an account_id")
                .isZero();
        assertThat(directory.ofOrganisation(org)).extracting(SellerAccount::id).containsExactly(real.id());
        assertThat(rowsOf(List.of(real.id()))).isEqualTo(realRows);
        assertThat(demo.status(org)).isEmpty();
        assertThat(queued.folder()).doesNotExist();
        for (long id : demoIds) {
            assertThat(settings.dataDirectory().resolve("uploads").resolve(Long.toString(id)))
                    .doesNotExist();
        }
    }

    @Test
    void onlyDemoAccountsCanBeDeletedThisWay() {
        SellerAccount real = fixtures.account(organisation, Marketplace.US);
        assertThatThrownBy(() -> directory.deleteDemo(organisation, real.id()))
                .hasMessageContaining("only demo accounts can be removed");
        assertThat(directory.account(real.id())).isPresent();
    }

    private DemoPlan smallPlan() {
        return DemoPlan.endingYesterday(clock, 1, 2, 7, List.of(Marketplace.US));
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from seller_accounts", Integer.class);
    }

    /** Rows of these accounts in every table of the database that has an account_id column. */
    private long rowsOf(List<Long> accountIds) {
        List<String> tables = jdbc.queryForList(
                "select c.table_name from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where c.table_schema = 'public' and c.column_name = 'account_id'"
                        + " and t.table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("order_items", "import_batches", "asin_traffic", "finance_settlement_lines");
        String ids = String.join(",", accountIds.stream().map(String::valueOf).toList());
        long rows = 0;
        for (String table : tables) {
            rows += jdbc.queryForObject(
                    "select count(*) from \"" + table + "\" where account_id in (" + ids + ")", Long.class);
        }
        return rows;
    }

    private Map<String, Map<String, Object>> bySku(String sql, long account, Marketplace marketplace) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, account, marketplace.code())) {
            rows.put((String) row.get("sku"), row);
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
